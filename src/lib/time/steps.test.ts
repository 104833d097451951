import { describe, expect, it } from 'vitest';
import { dayFromYmd } from './days';
import {
  addMonths,
  clampDay,
  mergedStartDays,
  nextEventDay,
  previousEventDay,
  uniqueSorted
} from './steps';

const ns = (y: number, m: number, d: number) => dayFromYmd(y, m, d);

describe('steps', () => {
  it('adds calendar months, clamping the day of month', () => {
    expect(addMonths(ns(1917, 1, 31), 1)).toBe(ns(1917, 2, 28));
    expect(addMonths(ns(1917, 12, 15), 1)).toBe(ns(1918, 1, 15));
    expect(addMonths(ns(1918, 1, 15), -1)).toBe(ns(1917, 12, 15));
  });

  it('finds the next and previous event dates', () => {
    const days = uniqueSorted([30, 10, 20, 20]);
    expect(days).toEqual([10, 20, 30]);
    expect(nextEventDay(days, 5)).toBe(10);
    expect(nextEventDay(days, 10)).toBe(20);
    expect(nextEventDay(days, 30)).toBeNull();
    expect(previousEventDay(days, 20)).toBe(10);
    expect(previousEventDay(days, 10)).toBeNull();
    expect(previousEventDay(days, 31)).toBe(30);
    expect(clampDay(50, 0, 40)).toBe(40);
  });
});

describe('mergedStartDays', () => {
  it('merges sorted lists into distinct sorted days', () => {
    const a = [1, 3, 3, 7].map((start) => ({ start }));
    const b = [2, 3, 9].map((start) => ({ start }));
    expect(mergedStartDays(a, b)).toEqual([1, 2, 3, 7, 9]);
    expect(mergedStartDays([], [])).toEqual([]);
  });
});
