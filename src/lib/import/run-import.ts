/**
 * The whole import of one file, independent of where it runs (a Web Worker in the app, Node in
 * tests): decode → table (in the format that claims the file, `formats/`) → events, with
 * progress and cancellation.
 */
import type { AtlasEvent, AtlasPlace } from '$lib/model/atlas-data';
import { decodeBytes, type Decoded } from './decode';
import { formatOf, type FormatId } from './formats';
import type { Table } from './formats/format';
import { refuseOversized, MAX_IMPORT_BYTES } from './limits';
import { guessMapping, placeIndex, readRow, type ColumnMapping, type RowProblem } from './mapping';

export interface Preview {
  format: FormatId;
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

/**
 * Bytes of a file → its table. Throws an Error whose message names the file and says why for a
 * file that is not a table: too large (over `limit` bytes), or refused by its format (see
 * `ImportFormat.read`). An error thrown by `onProgress` (a cancel) passes through.
 */
export function readTable(
  bytes: Uint8Array,
  name: string,
  onProgress?: (f: number) => void,
  limit = MAX_IMPORT_BYTES
): Table & { format: FormatId; encoding: Decoded['encoding'] } {
  refuseOversized(name, bytes.byteLength, limit);
  const { text, encoding } = decodeBytes(bytes);
  const format = formatOf(text, name);
  return { ...format.read(text, name, onProgress), format: format.id, encoding };
}

export function previewTable(
  bytes: Uint8Array,
  name: string,
  onProgress?: (f: number) => void
): Preview {
  const t = readTable(bytes, name, onProgress);
  const mapping = guessMapping(t.header);
  // Columns the format knows (a GeoJSON's coordinates) whatever they are called ("x", "latitude").
  Object.assign(mapping.columns, t.columns);
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
