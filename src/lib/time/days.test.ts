import { describe, expect, it } from 'vitest';
import { dayFromIso, dayFromYmd, isoFromDay, ymdFromDay, daysInMonth } from './days';

describe('day numbers', () => {
  it('counts from 1900-01-01 NS', () => {
    expect(dayFromYmd(1900, 1, 1)).toBe(0);
    expect(dayFromYmd(1900, 3, 1)).toBe(59); // 1900 is not a Gregorian leap year
    expect(dayFromYmd(1917, 11, 7)).toBe(6519);
    expect(dayFromYmd(1899, 12, 31)).toBe(-1);
  });

  it('round-trips every day from 1850 to 1950', () => {
    for (let d = dayFromYmd(1850, 1, 1); d <= dayFromYmd(1950, 12, 31); d++) {
      const { year, month, day } = ymdFromDay(d);
      expect(dayFromYmd(year, month, day)).toBe(d);
    }
  });

  it('parses ISO dates and refuses impossible ones', () => {
    expect(dayFromIso('1921-03-18')).toBe(dayFromYmd(1921, 3, 18));
    expect(dayFromIso('1900-02-29')).toBeNull();
    expect(dayFromIso('1916-02-29')).not.toBeNull();
    expect(dayFromIso('1917-13-01')).toBeNull();
    expect(dayFromIso('1917-1-1')).toBeNull();
    expect(isoFromDay(dayFromYmd(1905, 1, 22))).toBe('1905-01-22');
  });

  it('knows Julian and Gregorian month lengths', () => {
    expect(daysInMonth(1900, 2, 'julian')).toBe(29);
    expect(daysInMonth(1900, 2, 'gregorian')).toBe(28);
    expect(daysInMonth(2000, 2, 'gregorian')).toBe(29);
  });
});
