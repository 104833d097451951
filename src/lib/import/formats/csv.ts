/**
 * CSV, the import's fallback format: any file that no other format claims is read as CSV. The
 * reader (RFC 4180: quoted fields, doubled quotes, CR/LF inside quotes) guesses the delimiter
 * (comma, semicolon or tab) and reports progress. Rows are arrays of strings; row numbers are
 * 1-based rows of the file as a spreadsheet shows them: blank lines are skipped but counted, a
 * record with a quoted line break is one row.
 */
import type { RowProblem } from '../mapping';
import { MAX_COLUMNS } from '../limits';
import type { ImportFormat, ReadOptions, Table } from './format';
import { firstRowIsData, nameColumns, numberedHeader } from './headerless';
import { textOf } from './text';

export interface CsvResult {
  header: string[];
  rows: string[][];
  delimiter: string;
  /** The file row (1-based) of each row. */
  rowNumbers: number[];
  /** The file row (1-based) of the header (blank lines before it are counted). */
  headerRow: number;
  /** A quote opened in this row and column and never closed: it and the rest were read as text. */
  unclosedQuote?: { row: number; column: number };
}

/** Thrown for files parseCsv refuses; the message is meant to follow the file's name. */
export class CsvError extends Error {}

/** The delimiter that splits the first non-blank record (quotes respected) into the most fields. */
export function guessDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (c === '\n' || c === '\r') {
      if (started) break;
      continue;
    } else if (c in counts) counts[c]++;
    started = true;
  }
  return [',', ';', '\t'].reduce((best, d) => (counts[d] > counts[best] ? d : best));
}

/**
 * Parses CSV text. `onProgress(fraction)` is called every `every` records; throwing from it (a
 * cancel) stops the parse. A row of more than `maxColumns` fields throws a CsvError. A quote left
 * open to the end of the file is read as a plain character (and reported in `unclosedQuote`), so
 * the rows after it are kept. Linear in the length of the text.
 */
export function parseCsv(
  text: string,
  onProgress?: (fraction: number) => void,
  every = 5000,
  maxColumns = MAX_COLUMNS
): CsvResult {
  const delimiter = guessDelimiter(text);
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  const records: string[][] = [];
  const rowNumbers: number[] = [];
  let field = '';
  let record: string[] = [];
  let inQuotes = false;
  let row = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Where the current record began, to parse it again if one of its quotes is never closed.
  let recordStart = i;
  let quoteAt = -1;
  // Quotes from here on are plain characters (after a quote that never closes).
  let literalFrom = Infinity;
  let unclosedQuote: CsvResult['unclosedQuote'];

  const endField = () => {
    record.push(field);
    field = '';
  };

  while (i < n || inQuotes) {
    if (inQuotes && i >= n) {
      // The quote at quoteAt never closes: read this record again with it as plain text.
      unclosedQuote = { row, column: record.length };
      literalFrom = quoteAt;
      inQuotes = false;
      i = recordStart;
      record = [];
      field = '';
      continue;
    }
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      const next = text.indexOf('"', i);
      const end = next === -1 ? n : next;
      field += text.slice(i, end);
      i = end;
      continue;
    }
    if (c === 34 && field === '' && i < literalFrom) {
      inQuotes = true;
      quoteAt = i;
      i++;
    } else if (c === d) {
      endField();
      if (record.length >= maxColumns) {
        let count = record.length + 1;
        for (let j = i + 1; j < n && text[j] !== '\n' && text[j] !== '\r'; j++)
          if (text.charCodeAt(j) === d) count++;
        throw new CsvError(`row ${row} has ${count} columns; the limit is ${maxColumns}`);
      }
      i++;
    } else if (c === 10 || c === 13) {
      if (record.length === 0 && field === '') {
        // A blank line: counted, not kept.
      } else {
        endField();
        records.push(record);
        rowNumbers.push(row);
        if (onProgress && records.length % every === 0) onProgress(i / n);
      }
      record = [];
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      row++;
      recordStart = i;
    } else {
      let j = i;
      while (j < n) {
        const k = text.charCodeAt(j);
        if (k === d || k === 10 || k === 13) break;
        j++;
      }
      field += text.slice(i, j);
      i = j;
    }
  }
  if (field !== '' || record.length) {
    endField();
    records.push(record);
    rowNumbers.push(row);
  }
  const [header = [], ...rows] = records;
  return {
    header: header.map((h) => h.trim()),
    rows,
    delimiter,
    rowNumbers: rowNumbers.slice(1),
    headerRow: rowNumbers[0] ?? 1,
    unclosedQuote
  };
}

/**
 * A table from a CSV file, refused (naming the file) when it cannot hold a date and a place. A
 * first row that reads as data (`firstRowIsData`) is kept as a row, and the columns numbered.
 */
function read(bytes: Uint8Array, name: string, options: ReadOptions = {}): Table {
  const { text, encoding, replaced } = textOf(bytes);
  let csv: CsvResult;
  try {
    csv = parseCsv(text, options.onProgress);
  } catch (e) {
    if (e instanceof CsvError) throw new Error(`${name}: ${e.message}`);
    throw e;
  }
  const { unclosedQuote } = csv;
  let { header, rows, rowNumbers } = csv;
  const headerless = firstRowIsData([header, ...rows]);
  if (headerless) {
    rows = [csv.header, ...rows];
    rowNumbers = [csv.headerRow, ...rowNumbers];
    header = numberedHeader(rows.reduce((w, r) => Math.max(w, r.length), 0));
  } else header = nameColumns(header);
  if (header.length < 2)
    throw new Error(
      `${name} has ${header.length} column${header.length === 1 ? '' : 's'}; a CSV needs at least a date and a place`
    );
  const problems: RowProblem[] = unclosedQuote
    ? [
        {
          row: unclosedQuote.row,
          field: header[unclosedQuote.column] ?? `column ${unclosedQuote.column + 1}`,
          message:
            'opens a quote that is never closed; the rest of the file is read as if unquoted',
          dropped: false
        }
      ]
    : [];
  if (replaced)
    problems.push(...replacedCells(header, rows, rowNumbers, csv.headerRow, headerless));
  return { header, rows, problems, rowNumbers, encoding, ...(headerless && { headerless }) };
}

/** The cells where bytes that were not UTF-8 were replaced by U+FFFD, one problem each. */
function replacedCells(
  header: string[],
  rows: string[][],
  rowNumbers: number[],
  headerRow: number,
  headerless: boolean
): RowProblem[] {
  const message =
    'holds bytes that are not UTF-8, shown as �; the rest of the file is read as UTF-8';
  const out: RowProblem[] = [];
  if (!headerless)
    header.forEach((h, c) => {
      if (h.includes('\uFFFD'))
        out.push({ row: headerRow, field: `column ${c + 1}`, message, dropped: false, value: h });
    });
  rows.forEach((r, i) =>
    r.forEach((v, c) => {
      if (v.includes('\uFFFD'))
        out.push({
          row: rowNumbers[i],
          field: header[c] ?? `column ${c + 1}`,
          message,
          dropped: false,
          value: v
        });
    })
  );
  return out;
}

export const csv: ImportFormat<'csv'> = {
  id: 'csv',
  label: 'CSV',
  accept: ['.csv', '.tsv', '.txt', 'text/csv'],
  kind: 'text',
  sniff: () => true,
  read
};
