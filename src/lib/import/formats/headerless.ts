/**
 * Tables whose first row is not a header, and header cells without a name. A column with no name
 * is called `column N` (N from 1) so that it can be chosen in the mapping; a file whose first row
 * is data has every column so named.
 */

/** The name of the column at `index` (from 0) when it has none. */
export const columnName = (index: number) => `column ${index + 1}`;

/** The header with each empty cell named for its position. */
export function nameColumns(header: readonly string[]): string[] {
  return header.map((h, i) => (h.trim() === '' ? columnName(i) : h));
}

/** A header of `width` numbered columns. */
export function numberedHeader(width: number): string[] {
  return Array.from({ length: width }, (_, i) => columnName(i));
}

type Kind = 'empty' | 'number' | 'date' | 'text';

const NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)(e[+-]?\d+)?$/i;
const DATE = [
  /^\d{4}-\d{1,2}(-\d{1,2})?([T ]\d{1,2}:\d{2}(:\d{2})?)?$/,
  /^\d{4}\/\d{1,2}\/\d{1,2}$/,
  /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/
];

function kindOf(cell: string | undefined): Kind {
  const v = (cell ?? '').trim();
  if (!v) return 'empty';
  if (NUMBER.test(v)) return 'number';
  return DATE.some((re) => re.test(v)) ? 'date' : 'text';
}

/** Rows after the first that are looked at. */
const SAMPLE = 50;
/** The share of a column's other cells that must be of one kind for it to count as typed. */
const MOST = 0.8;

/**
 * True if the first row reads as data rather than a header: one of its cells is a number or a
 * date in a column whose other cells mostly are too, and none of its cells is text over a column
 * of numbers or dates (as a header's "date" is over its dates). A table of one row, or one whose
 * columns are all text, is taken to have a header.
 */
export function firstRowIsData(rows: readonly (readonly string[])[]): boolean {
  const sample = rows.slice(1, 1 + SAMPLE);
  if (!rows.length || !sample.length) return false;
  let typed = false;
  for (let c = 0; c < rows[0].length; c++) {
    const first = kindOf(rows[0][c]);
    const counts = { number: 0, date: 0, text: 0 };
    let filled = 0;
    for (const r of sample) {
      const k = kindOf(r[c]);
      if (k !== 'empty') {
        counts[k]++;
        filled++;
      }
    }
    if (!filled) continue;
    const mostly = (k: 'number' | 'date') => counts[k] >= filled * MOST;
    if (first === 'text' && (mostly('number') || mostly('date'))) return false;
    if ((first === 'number' || first === 'date') && mostly(first)) typed = true;
  }
  return typed;
}
