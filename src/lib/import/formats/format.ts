/**
 * What an import format is: how to recognise a file of it from its bytes and name, and how to
 * read one into a table of strings, which the column mapping then turns into events.
 * `formats/index.ts` lists them.
 */
import type { Decoded } from '../decode';
import type { ImportField, RowProblem } from '../mapping';

/** A file read as a table: a header and rows of strings. */
export interface Table {
  header: string[];
  rows: string[][];
  /** Problems the reading found: rows it dropped, or kept with a fallback. */
  problems: RowProblem[];
  /** The file row of each row (header = row 1), where it is not simply its index + 2. */
  rowNumbers?: number[];
  /** Columns whose meaning the format knows whatever their names (a GeoJSON's coordinates). */
  columns?: Partial<Record<ImportField, number>>;
  /** How a text file was decoded (text formats only). */
  encoding?: Decoded['encoding'];
  /** A workbook's sheets, in order; the table is the one asked for, else the first. */
  sheets?: string[];
  /** The sheet the table was read from. */
  sheet?: string;
  /**
   * The workbook's sheet of sites whose coordinates were joined to the rows by place name, as
   * `lat` and `lon` columns (a timemap workbook).
   */
  sites?: string;
  /**
   * The file has no header row: its first row is data, and its columns are named
   * `column 1`, `column 2`, … (the UI says so).
   */
  headerless?: boolean;
}

/** What a read may be given besides the file. */
export interface ReadOptions {
  /** Called with the fraction read; an error it throws (a cancel) passes through. */
  onProgress?: (fraction: number) => void;
  /** The sheet of a workbook to read, by name (the first if not given). */
  sheet?: string;
}

export interface ImportFormat<Id extends string = string> {
  /** As previews name the format (shown in capitals). */
  id: Id;
  /** The format's name for people. */
  label: string;
  /** File name extensions (with the dot) and MIME types, for the file picker. */
  accept: readonly string[];
  /**
   * `binary`: recognised by its bytes alone, before unknown binary files are refused;
   * `text`: a text format, tried on files that are not binary.
   */
  kind: 'binary' | 'text';
  /** True if the file (its bytes, its name) looks like this format. Never throws. */
  sniff(bytes: Uint8Array, name: string): boolean;
  /**
   * Loads what `read` needs (a large library) before it is called; `read` throws if it is not
   * loaded. Formats that need nothing have no `load`.
   */
  load?(): Promise<void>;
  /**
   * The file's table. Throws an Error whose message names the file and says why, for a file that
   * is not a table of this format or is over a limit (`../limits.ts`). An error thrown by
   * `options.onProgress` (a cancel) passes through.
   */
  read(bytes: Uint8Array, name: string, options?: ReadOptions): Table;
}
