import { describe, expect, it } from 'vitest';
import { dayFromYmd } from './days';
import { formatDay, formatSpan, formatTick } from './format';

const ns = (y: number, m: number, d: number) => dayFromYmd(y, m, d);

describe('formatDay', () => {
  it('shows New Style, Old Style or both', () => {
    const october = ns(1917, 11, 7);
    expect(formatDay(october, 'ns')).toBe('7 November 1917');
    expect(formatDay(october, 'os')).toBe('25 October 1917 OS');
    expect(formatDay(october, 'both')).toBe('25 October (7 November) 1917');
    expect(formatDay(ns(1918, 1, 5), 'both')).toBe('23 December 1917 (5 January 1918)');
  });

  it('shows New Style only after the 1918 switch', () => {
    expect(formatDay(ns(1918, 2, 14), 'os')).toBe('14 February 1918');
    expect(formatDay(ns(1918, 2, 13), 'os')).toBe('31 January 1918 OS');
    expect(formatDay(ns(1921, 3, 18), 'both')).toBe('18 March 1921');
  });

  it('respects precision', () => {
    expect(formatDay(ns(1920, 8, 1), 'ns', 'month')).toBe('August 1920');
    expect(formatDay(ns(1920, 8, 1), 'ns', 'year')).toBe('1920');
    expect(formatSpan(ns(1921, 3, 1), ns(1921, 3, 18))).toBe('1 March 1921 – 18 March 1921');
    expect(formatSpan(ns(1921, 3, 1), ns(1921, 3, 31), 'ns', 'month')).toBe('March 1921');
    expect(formatTick(ns(1917, 10, 3), 'month')).toBe('Oct 1917');
  });
});
