/**
 * The whole import of one file, independent of where it runs (a Web Worker in the app, Node in
 * tests): bytes → table (in the format that claims the file, `formats/`) → events, with
 * progress and cancellation. A format that needs a library loaded (a workbook's) is loaded by
 * `loadFormat(bytes, name)` first.
 */
import type { AtlasEvent, AtlasPlace } from '$lib/model/atlas-data';
import { EventTableWriter, type EventTableData } from '$lib/model/event-table';
import type { Decoded } from './decode';
import { formatOf, type FormatId } from './formats';
import type { Table } from './formats/format';
import { refuseOversized, MAX_IMPORT_BYTES } from './limits';
import { guessMapping, type ColumnMapping, type RowProblem } from './mapping';
import { readRow, rowContext } from './read-row';
import { joinSplitDates } from './split-dates';
import { countRows, type RowCounts } from './row-counts';

/** Rows the mapping form tries the current mapping on, spread over the file. */
const CHECK_ROWS = 1000;

export { loadFormat } from './formats';

export interface Preview {
  format: FormatId;
  /** The format's name for people ("Excel (.xlsx)", "TimelineJS JSON"). */
  formatLabel: string;
  /** How the text was decoded; a workbook's XML is UTF-8. */
  encoding: Decoded['encoding'];
  header: string[];
  /** The first rows, as the form shows them. */
  sample: string[][];
  /** Up to CHECK_ROWS rows spread evenly over the file, with their file row numbers. */
  check: { rows: string[][]; rowNumbers: number[] };
  rowCount: number;
  mapping: ColumnMapping;
  /** A workbook's sheets, and the one read. */
  sheets?: string[];
  sheet?: string;
  /** The sheet of sites whose coordinates were joined to the rows (a timemap workbook). */
  sites?: string;
  /** The file had no header row: its columns are numbered. */
  headerless: boolean;
  /**
   * Problems the reading found before any mapping: rows that are not events at all (a
   * timeline's title slide, a feature without a geometry) or kept with a fallback.
   */
  problems: RowProblem[];
}

export interface ReadTableOptions {
  /** Called with the fraction read; may throw to cancel. */
  onProgress?: (f: number) => void;
  /** The sheet of a workbook to read (the first if not given). */
  sheet?: string;
  /** Files larger than this (bytes) are refused. */
  limit?: number;
}

/** A file's table, with the format that read it. */
export type FileTable = Table & {
  format: FormatId;
  formatLabel: string;
  encoding: Decoded['encoding'];
};

export interface ImportResult {
  events: AtlasEvent[];
  problems: RowProblem[];
  rows: number;
  counts: RowCounts;
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
): FileTable {
  const { onProgress, sheet, limit = MAX_IMPORT_BYTES } = options;
  refuseOversized(name, bytes.byteLength, limit);
  const format = formatOf(bytes, name);
  const table = joinSplitDates(format.read(bytes, name, { onProgress, sheet }));
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
  return previewOf(readTable(bytes, name, options));
}

/** What the mapping form shows of a table read by `readTable`. */
export function previewOf(t: FileTable): Preview {
  const n = t.rows.length;
  const step = Math.max(1, n / CHECK_ROWS);
  const indices = Array.from({ length: Math.min(n, CHECK_ROWS) }, (_, k) => Math.floor(k * step));
  const check = {
    rows: indices.map((i) => t.rows[i]),
    rowNumbers: indices.map((i) => t.rowNumbers?.[i] ?? i + 2)
  };
  const mapping = guessMapping(t.header, check.rows);
  // Columns the format knows (a GeoJSON's coordinates) whatever they are called ("x", "latitude").
  Object.assign(mapping.columns, t.columns);
  return {
    format: t.format,
    formatLabel: t.formatLabel,
    encoding: t.encoding,
    header: t.header,
    sample: t.rows.slice(0, 5),
    check,
    rowCount: n,
    mapping,
    headerless: !!t.headerless,
    problems: t.problems,
    ...(t.sheets && { sheets: t.sheets, sheet: t.sheet }),
    ...(t.sites && { sites: t.sites })
  };
}

/**
 * Reads every row with `mapping`, handing each event to `onEvent` in file order. `onProgress`
 * (fraction) may throw to cancel; nothing else throws: a row that cannot be read becomes a
 * problem naming its row and field. Problems keep their file row numbers (header = row 1).
 */
function readRows(
  table: Table,
  mapping: ColumnMapping,
  places: readonly AtlasPlace[],
  layerId: string,
  fileName: string,
  onEvent: (event: AtlasEvent) => void,
  onProgress?: (f: number) => void
): Omit<ImportResult, 'events'> {
  const ctx = rowContext(mapping, places, layerId, fileName);
  const problems: RowProblem[] = [...table.problems];
  const n = table.rows.length;
  for (let i = 0; i < n; i++) {
    const { event, problems: p } = readRow(table.rows[i], table.rowNumbers?.[i] ?? i + 2, ctx);
    if (event) onEvent(event);
    if (p.length) problems.push(...p);
    if (onProgress && i % 5000 === 4999) onProgress((i + 1) / n);
  }
  // Rows the table dropped (features that are not points) were read too.
  const rows = n + table.problems.filter((p) => p.dropped).length;
  return { problems, rows, counts: countRows(rows, problems) };
}

/**
 * Reads every row with `mapping` into events sorted by start (then end, then row). See
 * `readRows` for progress and problems.
 */
export function importTable(
  table: Table,
  mapping: ColumnMapping,
  places: readonly AtlasPlace[],
  layerId: string,
  fileName: string,
  onProgress?: (f: number) => void
): ImportResult {
  const events: AtlasEvent[] = [];
  const rest = readRows(
    table,
    mapping,
    places,
    layerId,
    fileName,
    (e) => events.push(e),
    onProgress
  );
  events.sort((a, b) => a.start - b.start || a.end - b.end);
  return { events, ...rest };
}

/**
 * `importTable` straight into a table's arrays: each event is written into the columns as it is
 * read and kept as no object, then the columns are put in order by start. The events are those
 * of `importTable`, in the same order. `onPacking` is called before the columns are ordered.
 */
export function importColumns(
  table: Table,
  mapping: ColumnMapping,
  places: readonly AtlasPlace[],
  layerId: string,
  fileName: string,
  onProgress?: (f: number) => void,
  onPacking?: () => void
): Omit<ImportResult, 'events'> & { data: EventTableData } {
  const writer = new EventTableWriter(table.rows.length);
  const rest = readRows(
    table,
    mapping,
    places,
    layerId,
    fileName,
    (e) => writer.add(e),
    onProgress
  );
  onPacking?.();
  return { data: writer.done(true), ...rest };
}
