/** What the property-based tests (fast-check) share: how many runs, how long, and the check. */

/** Runs per property: each asserts its 10,000 generated inputs. */
export const RUNS = 10_000;
/** Per property: 10,000 runs take a few seconds here; ten minutes leaves room for a loaded machine. */
export const TIMEOUT = 600_000;

/** A property's check, failing with what went wrong and the input (cut short) that did it. */
export function ok(condition: boolean, what: string, detail?: unknown): asserts condition {
  if (!condition) throw new Error(`${what}: ${JSON.stringify(detail)?.slice(0, 3000)}`);
}
