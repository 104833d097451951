/** Summaries the benchmark prints: rounding, and median / p95 / max of a series. */

export interface Stat {
  median: number;
  p95: number;
  max: number;
}

export const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** Median, p95 and max (nearest rank), rounded to `d` decimals. */
export function stat(values: number[], d = 2): Stat {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? 0;
  return { median: round(at(0.5), d), p95: round(at(0.95), d), max: round(s.at(-1) ?? 0, d) };
}

/** Milliseconds as the tables print them: 3 significant figures or so. */
export const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

export const medP95 = (s: Stat) => `${ms(s.median)} / ${ms(s.p95)}`;

/** A Markdown table. */
export function markdownTable(head: string[], rows: string[][]): string {
  const line = (r: string[]) => `| ${r.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
