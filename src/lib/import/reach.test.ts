import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '$lib/model/atlas-data';
import { dayFromYmd } from '$lib/time/days';
import { reachOf, widenedDomain } from './reach';

const period = { start: dayFromYmd(1905, 1, 1), end: dayFromYmd(1921, 12, 31) };
const ev = (id: string, y: number, lon: number, lat: number) =>
  ({ id, start: dayFromYmd(y, 1, 1), end: dayFromYmd(y, 12, 31), lon, lat }) as AtlasEvent;

describe('reachOf', () => {
  it('finds the span, the events outside the period, and those off the basemap', () => {
    const r = reachOf(
      [
        ev('a', 1917, 30.3, 59.9),
        ev('b', 2016, 30.5, 50.4),
        ev('c', 1919, -0.1, 51.5),
        ev('d', 1899, 37.6, 55.7)
      ],
      period
    );
    expect(r).toEqual({
      span: { start: dayFromYmd(1899, 1, 1), end: dayFromYmd(2016, 12, 31) },
      outsidePeriod: 2,
      offMap: 1,
      offMapIds: ['c']
    });
    expect(reachOf([], period).span).toBeNull();
  });
});

describe('widenedDomain', () => {
  it('widens to the imports and comes back when they go', () => {
    const wide = { start: dayFromYmd(1899, 1, 1), end: dayFromYmd(2016, 12, 31) };
    expect(widenedDomain(period, [null, wide])).toEqual(wide);
    expect(widenedDomain(period, [])).toBe(period);
    expect(widenedDomain(period, [{ start: period.start + 5, end: period.end - 5 }])).toBe(period);
  });
});
