/** What the property-based tests (fast-check) share: how many runs, how long, and the check. */

/**
 * Runs per property: 1,000 generated inputs each in `npm test` (fixed seeds, so every run checks
 * the same inputs); `ATLAS_RUNS=100000 npx vitest run` searches deeper.
 */
export const RUNS = Number(process.env.ATLAS_RUNS) || 1_000;
/** Per property: 1,000 runs take about a second here; ten minutes leaves room for deep runs. */
export const TIMEOUT = 600_000;

/** A property's check, failing with what went wrong and the input (cut short) that did it. */
export function ok(condition: boolean, what: string, detail?: unknown): asserts condition {
  if (!condition) throw new Error(`${what}: ${JSON.stringify(detail)?.slice(0, 3000)}`);
}
