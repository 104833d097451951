/**
 * The whole import of one file, independent of where it runs (a Web Worker in the app, Node in
 * tests): decode → table (CSV or GeoJSON) → events, with progress and cancellation.
 */
import type { AtlasEvent, AtlasPlace } from '$lib/model/atlas-data';
import { decodeBytes, type Decoded } from './decode';
import { CsvError, parseCsv, type CsvResult } from './csv';
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

/** A size for messages: bytes below a megabyte, else megabytes (MiB, as the limit is set) rounded up. */
function size(bytes: number): string {
  return bytes < 2 ** 20 ? `${bytes} bytes` : `${Math.ceil((bytes * 10) / 2 ** 20) / 10} MB`;
}

/**
 * Bytes of a file → its table. Throws an Error whose message names the file and says why for a
 * file that is not a table: too large (over `limit` bytes), not JSON or GeoJSON, too many
 * columns, fewer than two columns. An error thrown by `onProgress` (a cancel) passes through.
 */
export function readTable(
  bytes: Uint8Array,
  name: string,
  onProgress?: (f: number) => void,
  limit = MAX_IMPORT_BYTES
): Table & { format: Preview['format']; encoding: Decoded['encoding'] } {
  if (bytes.byteLength > limit) {
    throw new Error(`${name} is ${size(bytes.byteLength)}; the limit is ${size(limit)}`);
  }
  const { text, encoding } = decodeBytes(bytes);
  if (isGeojson(name, text)) {
    let table: Table;
    try {
      table = geojsonTable(text);
    } catch (e) {
      throw new Error(`${name} ${(e as Error).message}`);
    }
    return { ...table, format: 'geojson', encoding };
  }
  let csv: CsvResult;
  try {
    csv = parseCsv(text, onProgress);
  } catch (e) {
    if (e instanceof CsvError) throw new Error(`${name}: ${e.message}`);
    throw e;
  }
  const { header, rows, rowNumbers, unclosedQuote } = csv;
  if (header.length < 2)
    throw new Error(
      `${name} has ${header.length} column${header.length === 1 ? '' : 's'}; a CSV needs at least a date and a place`
    );
  const problems: RowProblem[] = unclosedQuote
    ? [
        {
          row: unclosedQuote.row,
          field: header[unclosedQuote.column] || `column ${unclosedQuote.column + 1}`,
          message:
            'opens a quote that is never closed; the rest of the file is read as if unquoted',
          dropped: false
        }
      ]
    : [];
  return { header, rows, problems, rowNumbers, format: 'csv', encoding };
}

export function previewTable(bytes: Uint8Array, name: string): Preview {
  const t = readTable(bytes, name);
  const mapping = guessMapping(t.header);
  if (t.format === 'geojson') {
    // The coordinates are the geometry's, whatever the properties are called ("x", "latitude").
    mapping.columns.lat = t.header.length - 2;
    mapping.columns.lon = t.header.length - 1;
  }
  return {
    format: t.format,
    encoding: t.encoding,
    header: t.header,
    sample: t.rows.slice(0, 5),
    rowCount: t.rows.length,
    mapping
  };
}

/**
 * Reads every row with `mapping`. `onProgress(fraction)` may throw to cancel; nothing else
 * throws: a row that cannot be read becomes a problem naming its row and field. Problems keep
 * their file row numbers (header = row 1).
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
    const { event, problems: p } = readRow(table.rows[i], table.rowNumbers?.[i] ?? i + 2, ctx);
    if (event) events.push(event);
    if (p.length) problems.push(...p);
    if (onProgress && i % 5000 === 4999) onProgress((i + 1) / n);
  }
  events.sort((a, b) => a.start - b.start || a.end - b.end);
  // Rows the table dropped (features that are not points) were read too.
  return { events, problems, rows: n + table.problems.filter((p) => p.dropped).length };
}
