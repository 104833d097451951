/**
 * `npm run bench:inputs` (and the first part of `npm run bench`): how the parsers cope with hostile
 * input, which the property tests check for behaviour only. Each case is timed at full size and at
 * a quarter of it, beside a baseline in the same run that reads the same text once (split into
 * lines, every character visited). Linear work shows as about ×4 between the sizes and a steady
 * ratio to the baseline; a quadratic one as ×16. It measures; it asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { guessDelimiter, parseCsv } from '../src/lib/import/formats/csv';
import { readTable } from '../src/lib/import/run-import';
import { DEFAULT_VIEW, parseUrlState } from '../src/lib/state/view-params';
import { parseStories } from '../scripts/data/stories';
import { readGeodata } from '../scripts/data/read-geodata';
import { validateGeodata } from '../scripts/data/validate';

const REPEAT = 3;

/** A case: the text at a given scale (1 = full size) and the work to do on it. */
interface Case {
  name: string;
  make: (scale: number) => string;
  run: (text: string) => unknown;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median wall time of `REPEAT` runs, after one run to warm the JIT up. */
function time(f: () => unknown): number {
  f();
  const ms: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const t0 = performance.now();
    f();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** The baseline: one pass over the text, as any reader of it must make. */
function readOnce(text: string): number {
  let sum = text.split('\n').length;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i) & 1;
  return sum;
}

const enc = (s: string) => new TextEncoder().encode(s);
const csvCases = (scale: number): [string, string][] => {
  const n = Math.round(4_000_000 * scale);
  return [
    ['csv: "a;" repeated', 'a;'.repeat(n / 2)],
    ['csv: quotes only', '"'.repeat(n)],
    ['csv: doubled quotes', '"a""'.repeat(n / 4)],
    ['csv: a quote never closed', `"${'x,'.repeat(n / 2)}`],
    ['csv: a quote per line', 'a,"b\n'.repeat(n / 5)],
    ['csv: blank lines', '\n'.repeat(n)]
  ];
};

const data = validateGeodata(readGeodata()).data;
const eventYaml = (i: number) =>
  `- id: e-${i}\n  title: T\n  summary: S\n  type: strike\n  date: 1917-03-08\n  calendar: gregorian\n  precision: day\n  start: 1917-03-08\n  end: 1917-03-08\n  place: moscow\n  sources:\n    - { id: tabor-2017, line: 1 }\n`;
const sceneMd = (i: number) =>
  `## Scene ${i}\n\n\`\`\`scene\ntime: 1921-03-02\nfit: [kronstadt]\n\`\`\`\n\nCaption ${i}.\n\n`;
const sources = readGeodata().sources;
const places = readGeodata().places;

const CASES: Case[] = [
  ...csvCases(1).map(([name], k): Case => ({
    name,
    make: (s) => csvCases(s)[k][1],
    run: (t) => (guessDelimiter(t), parseCsv(t, undefined, 5000, Infinity))
  })),
  {
    name: 'csv: 2 million columns refused',
    make: (s) => `${'a,'.repeat(Math.round(2_000_000 * s))}b\n1,2`,
    run: (t) => {
      try {
        readTable(enc(t), 'wide.csv');
      } catch {
        /* refused, as it should be */
      }
    }
  },
  {
    name: 'url: 100,000 filter values',
    make: (s) =>
      Array.from({ length: Math.round(100_000 * s) }, (_, i) => `<${i}>`).join('|') + '|kronstadt',
    run: (t) => parseUrlState(new URLSearchParams({ place: t }), DEFAULT_VIEW)
  },
  {
    name: 'data: 10,000 events in one file',
    make: (s) => Array.from({ length: Math.round(10_000 * s) }, (_, i) => eventYaml(i)).join(''),
    run: (t) => validateGeodata({ sources, places, events: [{ path: 'big.yaml', text: t }] })
  },
  {
    name: 'lecture: 20,000 scenes',
    make: (s) =>
      `---\nid: big\ntitle: Big\nsummary: Many scenes.\n---\n\n` +
      Array.from({ length: Math.round(20_000 * s) }, (_, i) => sceneMd(i)).join(''),
    run: (t) => parseStories([{ path: 'big.md', text: t }], data)
  }
];

const rows: string[][] = [];
for (const c of CASES) {
  const full = c.make(1);
  const quarter = c.make(0.25);
  const ms = time(() => c.run(full));
  const msQuarter = time(() => c.run(quarter));
  const base = time(() => readOnce(full));
  rows.push([
    c.name,
    (full.length / 1e6).toFixed(1),
    ms.toFixed(0),
    `×${(ms / msQuarter).toFixed(1)}`,
    base.toFixed(1),
    `×${(ms / base).toFixed(0)}`
  ]);
}

const head = [
  'hostile input',
  'MB',
  'ms (median of 3)',
  'full ÷ quarter size',
  'baseline ms',
  '÷ baseline'
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]) => `| ${r.map((x, i) => x.padEnd(widths[i])).join(' | ')} |`;
console.log(`bench:inputs — load average ${(await import('node:os')).loadavg()[0].toFixed(2)}`);
console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
