/**
 * A CSV reader (RFC 4180: quoted fields, doubled quotes, CR/LF inside quotes) that guesses the
 * delimiter (comma, semicolon or tab) and reports progress. Rows are arrays of strings; row
 * numbers in messages are 1-based lines of the file's records, header = row 1.
 */

export interface CsvResult {
  header: string[];
  rows: string[][];
  delimiter: string;
}

/** The delimiter that splits the first line into the most fields. */
export function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n/) === -1 ? text.length : text.search(/\r?\n/));
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t']) {
    const n = firstLine.split(d).length;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Parses CSV text. `onProgress(fraction)` is called every `every` records; throwing from it (a
 * cancel) stops the parse.
 */
export function parseCsv(
  text: string,
  onProgress?: (fraction: number) => void,
  every = 5000
): CsvResult {
  const delimiter = guessDelimiter(text);
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let inQuotes = false;
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const d = delimiter.charCodeAt(0);
  while (i < n) {
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
    if (c === 34 && field === '') {
      inQuotes = true;
      i++;
    } else if (c === d) {
      record.push(field);
      field = '';
      i++;
    } else if (c === 10 || c === 13) {
      record.push(field);
      field = '';
      if (!(record.length === 1 && record[0] === '')) records.push(record);
      record = [];
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      if (onProgress && records.length % every === 0) onProgress(i / n);
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
    record.push(field);
    records.push(record);
  }
  const [header = [], ...rows] = records;
  return { header: header.map((h) => h.trim()), rows, delimiter };
}

/** Quotes a value for CSV output when it needs it. */
export function csvField(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
