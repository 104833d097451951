/**
 * The real-page benchmark's import file: the /bench page's synthetic events
 * (`syntheticEvents(n, seed)` in src/routes/bench/synthetic.ts) as a CSV that the atlas's import
 * maps by itself: `date,end_date,lat,lon,type,title`, New Style ISO dates, an empty end date for a
 * one-day event, coordinates to 5 decimals (about a metre), the type's id. The month-precision
 * flag of one event in ten is a drawing detail of the synthetic data and is not written.
 */
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importTable, previewTable, readTable } from '../src/lib/import/run-import';
import { EVENT_TYPES } from '../src/lib/model/event-types';
import { isoFromDay } from '../src/lib/time/days';
import { syntheticEvents } from '../src/routes/bench/synthetic';

export const CSV_HEADER = 'date,end_date,lat,lon,type,title';

/** The CSV's lines for `n` events, header first, in chunks of at most `chunk` lines. */
export function* csvChunks(n: number, seed: number, chunk = 10_000): Generator<string> {
  const { points, lonLat } = syntheticEvents(n, seed);
  let lines = [CSV_HEADER];
  for (let i = 0; i < n; i++) {
    const start = points.time[2 * i];
    const end = points.time[2 * i + 1];
    lines.push(
      [
        isoFromDay(start),
        end === start ? '' : isoFromDay(end),
        lonLat[2 * i + 1].toFixed(5),
        lonLat[2 * i].toFixed(5),
        EVENT_TYPES[points.style[2 * i]].id,
        `Event ${i + 1}`
      ].join(',')
    );
    if (lines.length >= chunk) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length) yield `${lines.join('\n')}\n`;
}

export function csvText(n: number, seed: number): string {
  return [...csvChunks(n, seed)].join('');
}

/** Writes the CSV of `n` events to a new temporary directory; `remove()` deletes it. */
export function writeSyntheticCsv(
  n: number,
  seed: number
): { file: string; bytes: number; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-csv-'));
  const file = path.join(dir, `synthetic-${n}.csv`);
  const fd = openSync(file, 'w');
  try {
    for (const text of csvChunks(n, seed)) writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return {
    file,
    bytes: statSync(file).size,
    remove: () => rmSync(dir, { recursive: true, force: true })
  };
}

/**
 * Runs a small file through the app's own import in Node (`readTable`, `previewTable`,
 * `importTable`) and throws unless the guessed mapping is the intended one and every row comes
 * back as an event with the synthetic start and end days and no problem.
 */
export function checkCsvImports(n = 2_000, seed = 1917): void {
  const bytes = new TextEncoder().encode(csvText(n, seed));
  const name = `synthetic-${n}.csv`;
  const { mapping, rowCount } = previewTable(bytes, name);
  const want = { date: 0, end: 1, lat: 2, lon: 3, type: 4, title: 5 };
  for (const [field, column] of Object.entries(want)) {
    const got = mapping.columns[field as keyof typeof want];
    if (got !== column) throw new Error(`the import maps ${field} to column ${got}, not ${column}`);
  }
  if (rowCount !== n) throw new Error(`the preview counts ${rowCount} rows, not ${n}`);
  const result = importTable(readTable(bytes, name), mapping, [], 'check', name);
  if (result.problems.length)
    throw new Error(`the import reports problems: ${JSON.stringify(result.problems.slice(0, 3))}`);
  if (result.events.length !== n)
    throw new Error(`the import made ${result.events.length} events of ${n} rows`);
  const { points } = syntheticEvents(n, seed);
  const spans = (xs: [number, number][]) =>
    xs
      .map(([s, e]) => `${s}/${e}`)
      .sort()
      .join();
  const synthetic = Array.from({ length: n }, (_, i): [number, number] => [
    points.time[2 * i],
    points.time[2 * i + 1]
  ]);
  if (spans(result.events.map((e) => [e.start, e.end])) !== spans(synthetic))
    throw new Error('the imported start and end days differ from the synthetic ones');
}
