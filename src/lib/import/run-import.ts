/**
 * The whole import of one file, independent of where it runs (a Web Worker in the app, Node in
 * tests): bytes → table (in the format that claims the file, `formats/`) → events, with
 * progress and cancellation. A format that needs a library loaded (a workbook's) is loaded by
 * `loadFormat(bytes, name)` first.
 */
import type { AtlasEvent, AtlasPlace } from '$lib/model/atlas-data';
import type { Decoded } from './decode';
import { formatOf, type FormatId } from './formats';
import type { Table } from './formats/format';
import { refuseOversized, MAX_IMPORT_BYTES } from './limits';
import { guessMapping, placeIndex, readRow, type ColumnMapping, type RowProblem } from './mapping';

export { loadFormat } from './formats';

export interface Preview {
  format: FormatId;
  /** The format's name for people ("Excel (.xlsx)", "TimelineJS JSON"). */
  formatLabel: string;
  /** How the text was decoded; a workbook's XML is UTF-8. */
  encoding: Decoded['encoding'];
  header: string[];
  sample: string[][];
  rowCount: number;
  mapping: ColumnMapping;
  /** A workbook's sheets, and the one read. */
  sheets?: string[];
  sheet?: string;
  /** The sheet of sites whose coordinates were joined to the rows (a timemap workbook). */
  sites?: string;
  /** The file has no header row; its columns are numbered. */
  headerless?: boolean;
  /**
   * The first problems the reading found (rows it dropped, such as a timeline's title slide, or
   * kept with a fallback), and how many there are in all.
   */
  problems: RowProblem[];
  problemCount: number;
}

/** Problems a preview lists; beyond these only the count. */
const PREVIEW_PROBLEMS = 100;

export interface ReadTableOptions {
  /** Called with the fraction read; may throw to cancel. */
  onProgress?: (f: number) => void;
  /** The sheet of a workbook to read (the first if not given). */
  sheet?: string;
  /** Files larger than this (bytes) are refused. */
  limit?: number;
}

export interface ImportResult {
  events: AtlasEvent[];
  problems: RowProblem[];
  rows: number;
}

/**
 * Bytes of a file → its table. Throws an Error whose message names the file and says why for a
 * file that is not a table: too large (over `options.limit` bytes), not text and not a format the
 * import reads (a PDF, an image), or refused by its format (see `ImportFormat.read`). An error
 * thrown by `options.onProgress` (a cancel) passes through. A workbook needs
 * `await loadFormat(bytes, name)` first.
 */
export function readTable(
  bytes: Uint8Array,
  name: string,
  options: ReadTableOptions = {}
): Table & { format: FormatId; formatLabel: string; encoding: Decoded['encoding'] } {
  const { onProgress, sheet, limit = MAX_IMPORT_BYTES } = options;
  refuseOversized(name, bytes.byteLength, limit);
  const format = formatOf(bytes, name);
  const table = format.read(bytes, name, { onProgress, sheet });
  return {
    ...table,
    format: format.id,
    formatLabel: format.label,
    encoding: table.encoding ?? 'utf-8'
  };
}

export function previewTable(
  bytes: Uint8Array,
  name: string,
  options: Omit<ReadTableOptions, 'limit'> = {}
): Preview {
  const t = readTable(bytes, name, options);
  const mapping = guessMapping(t.header);
  // Columns the format knows (a GeoJSON's coordinates) whatever they are called ("x", "latitude").
  Object.assign(mapping.columns, t.columns);
  return {
    format: t.format,
    formatLabel: t.formatLabel,
    encoding: t.encoding,
    header: t.header,
    sample: t.rows.slice(0, 5),
    rowCount: t.rows.length,
    mapping,
    problems: t.problems.slice(0, PREVIEW_PROBLEMS),
    problemCount: t.problems.length,
    ...(t.sheets && { sheets: t.sheets, sheet: t.sheet }),
    ...(t.sites && { sites: t.sites }),
    ...(t.headerless && { headerless: true })
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
