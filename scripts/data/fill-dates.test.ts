import { describe, expect, it } from 'vitest';
import { fillDates } from './fill-dates';

describe('fillDates', () => {
  it('derives New Style start/end from an Old Style date and keeps comments', () => {
    const src = `# 1905\n- id: bloody-sunday-1905 # the day\n  date: 1905-01-09\n  calendar: julian\n`;
    const { text, changed, problems } = fillDates(src);
    expect(problems).toEqual([]);
    expect(changed).toBe(2);
    expect(text).toContain('# the day');
    expect(text).toContain('start: 1905-01-22');
    expect(text).toContain('end: 1905-01-22');
  });

  it('corrects a wrong start, spans a month, and reports bad dates', () => {
    const src = `- id: a\n  date: 1917-10\n  calendar: julian\n  start: 1917-10-01\n- id: b\n  date: 1917-02-30\n  calendar: julian\n`;
    const { text, problems } = fillDates(src);
    expect(text).toContain('start: 1917-10-14');
    expect(text).toContain('end: 1917-11-13');
    expect(problems).toEqual(['b: "1917-02-30" does not exist in the julian calendar']);
  });
});
