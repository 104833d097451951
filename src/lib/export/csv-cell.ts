/**
 * Writing CSV cells (RFC 4180): text neutralised against formula injection (`./neutralise.ts`)
 * and quoted when it holds a comma, a semicolon, a quote, a tab or a line break or was
 * neutralised; numbers as JavaScript writes them, shortest form that reads back exactly.
 */
import { neutralise } from './neutralise';

/** A cell's value: text (neutralised), a number, a yes/no, or nothing (an empty cell). */
export type CellValue = string | number | boolean | null | undefined;

/** One cell as CSV. A non-finite number is refused: it has no CSV form that reads back. */
export function csvCell(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${value} cannot be written to CSV`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutralise(value);
  return text !== value || /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record (line without its line break). */
export function csvRecord(values: readonly CellValue[]): string {
  return values.map(csvCell).join(',');
}

/** A whole file: UTF-8 byte order mark (so that spreadsheets read Cyrillic right), CRLF lines. */
export function csvFile(header: readonly string[], rows: Iterable<readonly CellValue[]>): string {
  const lines = [csvRecord(header)];
  for (const r of rows) lines.push(csvRecord(r));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
