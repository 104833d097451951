import { describe, expect, it } from 'vitest';
import { dayFromYmd } from './days';
import {
  addMonths,
  clampDay,
  mergedStartDays,
  nextEventDay,
  previousEventDay,
  uniqueSorted,
  MIN_SPAN_DAYS,
  zoomSpan
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
    const spans = (days: number[]) => ({ length: days.length, start: (i: number) => days[i] });
    expect(mergedStartDays(spans([1, 3, 3, 7]), spans([2, 3, 9]))).toEqual([1, 2, 3, 7, 9]);
    expect(mergedStartDays(spans([]), spans([]))).toEqual([]);
  });
});

describe('zoomSpan', () => {
  const domain = { start: ns(1905, 1, 1), end: ns(1921, 12, 31) };

  it('zooms in by four around the day, and back out to the whole period', () => {
    const day = ns(1917, 3, 8);
    const inOnce = zoomSpan(domain, day, 0.25, domain)!;
    expect(inOnce.end - inOnce.start).toBeCloseTo((domain.end - domain.start) / 4);
    expect((inOnce.start + inOnce.end) / 2).toBeCloseTo(day);
    expect(zoomSpan(inOnce, day, 4, domain)).toBeNull();
  });

  it('keeps the span inside the period at its ends', () => {
    const near = zoomSpan(domain, domain.start + 3, 0.25, domain)!;
    expect(near.start).toBe(domain.start);
    const late = zoomSpan(domain, domain.end, 0.25, domain)!;
    expect(late.end).toBe(domain.end);
  });

  it('stops at two days, centred on the day', () => {
    let span: { start: number; end: number } = domain;
    const day = ns(1917, 10, 25) + 0.5;
    for (let i = 0; i < 20; i++) span = zoomSpan(span, day, 0.25, domain)!;
    expect(span.end - span.start).toBe(MIN_SPAN_DAYS);
    expect((span.start + span.end) / 2).toBe(day);
  });
});
