/**
 * The whole import of one file, independent of where it runs (a Web Worker in the app, Node in
 * tests): decode → table (CSV or GeoJSON) → events, with progress and cancellation.
 */
import type { AtlasEvent, AtlasPlace } from '$lib/model/atlas-data';
import { decodeBytes, type Decoded } from './decode';
import { parseCsv } from './csv';
import { geojsonTable, type Table } from './geojson';
import { guessMapping, placeIndex, readRow, type ColumnMapping, type RowProblem } from './mapping';

/** Files larger than this are refused before reading. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export interface Preview {
  format: 'csv' | 'geojson';
  encoding: Decoded['encoding'];
  header: string[];
  sample: string[][];
  rowCount: number;
  mapping: ColumnMapping;
}

export interface ImportResult {
  events: AtlasEvent[];
  problems: RowProblem[];
  rows: number;
}

function isGeojson(name: string, text: string): boolean {
  return /\.(geo)?json$/i.test(name) || /^\s*\{/.test(text.slice(0, 200));
}

export function readTable(
  bytes: Uint8Array,
  name: string,
  onProgress?: (f: number) => void
): Table & { format: Preview['format']; encoding: Decoded['encoding'] } {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new Error(
      `${name} is ${(bytes.byteLength / 1e6).toFixed(0)} MB; the limit is ${MAX_IMPORT_BYTES / 1e6} MB`
    );
  }
  const { text, encoding } = decodeBytes(bytes);
  if (isGeojson(name, text)) return { ...geojsonTable(text), format: 'geojson', encoding };
  const { header, rows } = parseCsv(text, onProgress);
  if (header.length < 2)
    throw new Error(`${name} has ${header.length} column; a CSV needs at least a date and a place`);
  return { header, rows, problems: [], format: 'csv', encoding };
}

export function previewTable(bytes: Uint8Array, name: string): Preview {
  const t = readTable(bytes, name);
  return {
    format: t.format,
    encoding: t.encoding,
    header: t.header,
    sample: t.rows.slice(0, 5),
    rowCount: t.rows.length,
    mapping: guessMapping(t.header)
  };
}

/**
 * Reads every row with `mapping`. `onProgress(fraction)` may throw to cancel. Problems keep their
 * file row numbers (header = row 1).
 */
export function importTable(
  table: Table,
  mapping: ColumnMapping,
  places: readonly AtlasPlace[],
  layerId: string,
  fileName: string,
  onProgress?: (f: number) => void
): ImportResult {
  const ctx = { mapping, places: placeIndex(places), layerId, fileName };
  const events: AtlasEvent[] = [];
  const problems: RowProblem[] = [...table.problems];
  const n = table.rows.length;
  for (let i = 0; i < n; i++) {
    const { event, problems: p } = readRow(table.rows[i], i + 2, ctx);
    if (event) events.push(event);
    if (p.length) problems.push(...p);
    if (onProgress && i % 5000 === 4999) onProgress((i + 1) / n);
  }
  events.sort((a, b) => a.start - b.start || a.end - b.end);
  return { events, problems, rows: n + table.problems.length };
}
