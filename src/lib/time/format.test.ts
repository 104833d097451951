import { describe, expect, it } from 'vitest';
import { dayFromYmd } from './days';
import { formatDay, formatHour, formatSpan, formatTick } from './format';

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
    expect(formatTick(ns(1917, 11, 7), 'day', 'en', 'os')).toBe('25 Oct');
  });

  it('writes Russian dates, month in the genitive after a day', () => {
    expect(formatDay(ns(1917, 11, 7), 'both', 'day', 'ru')).toBe('25 октября (7 ноября) 1917');
    expect(formatDay(ns(1917, 11, 7), 'os', 'day', 'ru')).toBe('25 октября 1917 ст. ст.');
    expect(formatDay(ns(1921, 3, 1), 'ns', 'month', 'ru')).toBe('март 1921');
    expect(formatHour(ns(1917, 11, 7) + 14 / 24)).toBe('14:00');
  });
});
