import { describe, expect, it } from 'vitest';
import { csvField, parseCsv } from './formats/csv';
import { countRows, problemsCsv } from './row-counts';
import type { RowProblem } from './mapping';

const p = (row: number, dropped: boolean, field = 'date', value = 'x'): RowProblem => ({
  row,
  field,
  message: `m${row}`,
  dropped,
  value
});

describe('countRows', () => {
  it('counts each row once: dropped wins over its warnings', () => {
    const problems = [p(2, false), p(2, false, 'type'), p(3, true), p(3, false), p(5, false)];
    expect(countRows(10, problems)).toEqual({ rows: 10, clean: 7, warned: 2, dropped: 1 });
  });
});

describe('problemsCsv', () => {
  it('lists every problem, however many, with row, field, value, outcome and reason', () => {
    const many = Array.from({ length: 5000 }, (_, i) => p(i + 2, i % 2 === 0, 'date', `a,"b"${i}`));
    const csv = parseCsv(problemsCsv(many, csvField));
    expect(csv.header).toEqual(['row', 'field', 'value', 'outcome', 'reason']);
    expect(csv.rows).toHaveLength(5000);
    expect(csv.rows[1]).toEqual(['3', 'date', 'a,"b"1', 'kept', 'm3']);
  });
});
