import { describe, expect, it } from 'vitest';
import { dayFromYmd } from './days';
import {
  dateFromDay,
  dayFromDate,
  dayFromJulian,
  julianFromDay,
  julianLag,
  isOldStyleEra,
  RUSSIAN_SWITCH_DAY
} from './calendar';

const ns = (y: number, m: number, d: number) => dayFromYmd(y, m, d);

describe('Old Style ↔ New Style', () => {
  it('dates the landmarks of the period in both calendars', () => {
    expect(dayFromJulian(1905, 1, 9)).toBe(ns(1905, 1, 22)); // Bloody Sunday
    expect(dayFromJulian(1905, 10, 13)).toBe(ns(1905, 10, 26)); // St Petersburg soviet
    expect(dayFromJulian(1917, 2, 23)).toBe(ns(1917, 3, 8)); // February revolution
    expect(dayFromJulian(1917, 10, 25)).toBe(ns(1917, 11, 7)); // October revolution
    expect(dayFromJulian(1917, 12, 7)).toBe(ns(1917, 12, 20)); // Cheka
    expect(dayFromJulian(1918, 1, 31)).toBe(ns(1918, 2, 13)); // last Julian day in Russia
    expect(RUSSIAN_SWITCH_DAY).toBe(dayFromJulian(1918, 2, 1));
  });

  it('lags 12 days before 1 March 1900 OS and 13 from then', () => {
    expect(dayFromJulian(1900, 2, 28)).toBe(ns(1900, 3, 12));
    expect(dayFromJulian(1900, 2, 29)).toBe(ns(1900, 3, 13)); // exists in Julian only
    expect(dayFromJulian(1900, 3, 1)).toBe(ns(1900, 3, 14));
    expect(julianLag(dayFromJulian(1899, 12, 31))).toBe(12);
    expect(julianLag(dayFromJulian(1900, 2, 28))).toBe(12);
    expect(julianLag(dayFromJulian(1900, 3, 1))).toBe(13);
    expect(julianLag(dayFromJulian(1855, 6, 1))).toBe(12);
    expect(julianLag(ns(1921, 3, 18))).toBe(13);
  });

  it('refuses dates that exist in neither calendar', () => {
    expect(dayFromDate('julian', 1900, 2, 29)).toBe(ns(1900, 3, 13));
    expect(dayFromDate('gregorian', 1900, 2, 29)).toBeNull();
    expect(dayFromDate('julian', 1917, 2, 30)).toBeNull();
  });

  it('round-trips Julian dates 1850–1950', () => {
    for (let d = ns(1850, 1, 1); d <= ns(1950, 12, 31); d += 7) {
      const j = julianFromDay(d);
      expect(dayFromJulian(j.year, j.month, j.day)).toBe(d);
    }
    expect(dateFromDay('julian', ns(1917, 11, 7))).toEqual({ year: 1917, month: 10, day: 25 });
  });

  it('knows when Russia dated in Old Style', () => {
    expect(isOldStyleEra(ns(1918, 2, 13))).toBe(true);
    expect(isOldStyleEra(ns(1918, 2, 14))).toBe(false);
  });
});
