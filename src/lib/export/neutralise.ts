/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet reads a cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return as a formula, and some read the full-width forms `＝ ＋ － ＠` the
 * same way. Of OWASP's two remedies this follows the first: no text cell may begin with one of
 * those characters, so such a cell is written with a single quote `'` before it (which a spreadsheet
 * shows as text), and every cell is quoted as RFC 4180 says (`./csv-cell.ts`), so that a separator
 * or a quote inside a value cannot start a new cell. Numbers the atlas writes (coordinates, row
 * numbers) are not text and are written as they are, so a longitude stays `-3.5`.
 *
 * `restore` undoes `neutralise` exactly. A value that itself begins with apostrophes followed by a
 * formula character (`'=x`) gets one more apostrophe, so a value's own leading apostrophe is never
 * taken for ours; a value like `'x` (an apostrophe not followed by a formula character) is left as
 * it is and comes back as it was.
 */

/** The characters that make a spreadsheet read a cell as a formula. */
export const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'] as const;

const STARTS = '=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20';
/** A formula character, after any number of apostrophes. */
const NEEDS = new RegExp(`^'*[${STARTS}]`);
/** What `neutralise` writes: one apostrophe or more, then a formula character. */
const NEUTRALISED = new RegExp(`^'+[${STARTS}]`);
const FORMULA = new RegExp(`^[${STARTS}]`);

/** Does a spreadsheet read this cell as a formula? */
export function isFormula(cell: string): boolean {
  return FORMULA.test(cell);
}

/** The text as a cell a spreadsheet reads as text: with `'` before it when it needs one. */
export function neutralise(text: string): string {
  return NEEDS.test(text) ? `'${text}` : text;
}

/** The text `neutralise` was given. Any other cell is returned as it is. */
export function restore(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}
