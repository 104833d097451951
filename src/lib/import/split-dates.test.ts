import { describe, expect, it } from 'vitest';
import { TIMELINE_COLUMNS } from './formats/timelinejs';
import { joinSplitDates } from './split-dates';

// TimelineJS's spreadsheet template, as its Google Sheet exports it to CSV.
const TIMELINE_HEADER = [...TIMELINE_COLUMNS];

describe('joinSplitDates', () => {
  it('joins Year/Month/Day and End Year/… into two hinted columns', () => {
    const t = joinSplitDates({
      header: TIMELINE_HEADER,
      rows: [
        ['1917', '3', '8', '', '1917', '3', '12', '', '', 'February days'],
        ['1918', '', '', '', '', '', '', '', '', 'A year'],
        ['', '', '', '', '', '', '', '', '', 'Title slide', '', '', '', '', '', 'title']
      ],
      problems: []
    });
    expect(t.header.slice(-2)).toEqual(['Year + Month + Day', 'End Year + End Month + End Day']);
    expect(t.columns).toEqual({ date: 18, end: 19 });
    expect(t.rows.map((r) => r.slice(-2))).toEqual([
      ['1917-03-08', '1917-03-12'],
      ['1918', ''],
      ['', '']
    ]);
  });

  it('leaves a table with a year column alone and no month or day as it is', () => {
    const table = { header: ['event_date', 'year'], rows: [['18/04/2001', '2001']], problems: [] };
    expect(joinSplitDates(table)).toBe(table);
  });
});
