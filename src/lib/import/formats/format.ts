/**
 * What an import format is: how to recognise a file of it and how to read one into a table of
 * strings, which the column mapping then turns into events. `formats/index.ts` lists them.
 */
import type { ImportField, RowProblem } from '../mapping';

/** A file read as a table: a header and rows of strings. */
export interface Table {
  header: string[];
  rows: string[][];
  /** Problems the reading found: rows it dropped, or kept with a fallback. */
  problems: RowProblem[];
  /** The file row of each row (header = row 1), where it is not simply its index + 2. */
  rowNumbers?: number[];
  /** The file had no header row: its columns are numbered ("column 1", …). */
  headerless?: boolean;
  /** Columns whose meaning the format knows whatever their names (a GeoJSON's coordinates). */
  columns?: Partial<Record<ImportField, number>>;
}

export interface ImportFormat<Id extends string = string> {
  /** As previews name the format (shown in capitals). */
  id: Id;
  /** The format's name for people. */
  label: string;
  /** File name extensions (with the dot) and MIME types, for the file picker. */
  accept: readonly string[];
  /** True if the file (its name, its decoded text) looks like this format. */
  sniff(text: string, name: string): boolean;
  /**
   * The file's table. Throws an Error whose message names the file and says why, for a file that
   * is not a table of this format or is over a limit (`../limits.ts`). An error thrown by
   * `onProgress(fraction)` (a cancel) passes through.
   */
  read(text: string, name: string, onProgress?: (fraction: number) => void): Table;
}
