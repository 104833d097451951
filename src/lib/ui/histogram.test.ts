import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '$lib/time/days';
import { packEvents, type PointInput } from '$lib/map/event-points';
import type { EventPoints } from '$lib/map/event-points';
import { binUnit, histogramBinsInSlices, type Binned } from './histogram';

/** Bins sets of packed points, all of a set in one slice (never aborted, so never null). */
const binPoints = async (sets: EventPoints[], start: number, end: number, slice = Infinity) =>
  (await histogramBinsInSlices(sets, start, end, new AbortController().signal, slice)) as Binned;

/** Bins events given as objects (as packed for the layer). */
const histogramBins = (events: Omit<PointInput, 'lon' | 'lat'>[], start: number, end: number) =>
  binPoints([packEvents(events.map((e) => ({ ...e, lon: 0, lat: 0 })))], start, end);

const ns = (y: number, m: number, d: number) => dayFromYmd(y, m, d);

describe('histogramBins', () => {
  it('bins by month over years, counting a dated event where it starts', async () => {
    const { unit, bins } = await histogramBins(
      [
        { start: ns(1917, 3, 8), end: ns(1917, 3, 8), type: 'strike', precision: 'day' },
        { start: ns(1917, 3, 31), end: ns(1917, 3, 31), type: 'rising', precision: 'day' },
        { start: ns(1930, 1, 1), end: ns(1930, 1, 1), type: 'strike', precision: 'day' }
      ],
      ns(1915, 1, 1),
      ns(1918, 12, 31)
    );
    expect(unit).toBe('month');
    expect(bins).toHaveLength(48);
    const march = bins.find((b) => b.start === ns(1917, 3, 1))!;
    expect(march.counts.slice(0, 2)).toEqual([1, 1]);
    expect(bins.reduce((s, b) => s + b.total, 0)).toBe(2);
  });

  it('spreads an event known only to the year over its months', async () => {
    const { bins } = await histogramBins(
      [{ start: ns(1921, 1, 1), end: ns(1921, 12, 31), type: 'rising', precision: 'year' }],
      ns(1919, 1, 1),
      ns(1921, 12, 31)
    );
    const y1921 = bins.filter((b) => b.start >= ns(1921, 1, 1));
    expect(y1921).toHaveLength(12);
    expect(y1921[0].vague[0]).toBeCloseTo(31 / 365);
    expect(bins.reduce((s, b) => s + b.vague[0], 0)).toBeCloseTo(1);
    expect(y1921.every((b) => b.counts[0] === 0)).toBe(true);
  });

  it('re-bins to weeks, days and hours as the span shrinks', async () => {
    expect(binUnit(365)).toBe('week');
    expect(binUnit(30)).toBe('day');
    const { unit, bins } = await histogramBins(
      [{ start: ns(1917, 11, 7), end: ns(1917, 11, 7), type: 'seizure', precision: 'day' }],
      ns(1917, 11, 6),
      ns(1917, 11, 8)
    );
    expect(unit).toBe('hour');
    expect(bins.filter((b) => b.total > 0)).toHaveLength(24);
  });

  it('bins events in any order as it bins them sorted by start', async () => {
    const types = ['strike', 'rising', 'battle'];
    let seed = 11;
    const next = () => (seed = (seed * 48271) % 0x7fffffff);
    const events = Array.from({ length: 3000 }, (_, i) => {
      const start = ns(1914, 1, 1) + (next() % 3000);
      const vague = i % 7 === 0;
      return {
        start,
        end: start + (vague ? 30 + (next() % 300) : next() % 3 ? 0 : next() % 20),
        type: types[i % 3],
        precision: vague ? 'month' : 'day'
      };
    });
    const sorted = [...events].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const [from, to] of [
      [ns(1905, 1, 1), ns(1921, 12, 31)],
      [ns(1917, 1, 1), ns(1917, 6, 30)],
      [ns(1917, 3, 1), ns(1917, 3, 9)]
    ]) {
      const a = await histogramBins(events, from, to);
      const b = await histogramBins(sorted, from, to);
      expect(a.unit).toBe(b.unit);
      const numbers = (bins: typeof a.bins) =>
        bins.flatMap((x) => [x.total, ...x.counts, ...x.vague]);
      expect(numbers(a.bins)).toEqual(numbers(b.bins).map((v) => expect.closeTo(v, 9)));
      expect(a.bins.reduce((s, x) => s + x.total, 0)).toBeGreaterThan(5);
    }
  });

  it('gives the same bins a slice of events at a time, and gives up when aborted', async () => {
    const events = Array.from({ length: 50 }, (_, i) => ({
      start: ns(1917, 1, 1) + i * 9,
      end: ns(1917, 1, 1) + i * 9 + (i % 3 ? 0 : 40),
      type: i % 2 ? 'strike' : 'rising',
      precision: i % 5 ? 'day' : 'month'
    })) as Omit<PointInput, 'lon' | 'lat'>[];
    const sets = [packEvents(events.map((e) => ({ ...e, lon: 0, lat: 0 })))];
    const whole = await binPoints(sets, ns(1916, 6, 1), ns(1918, 6, 1));
    expect(whole.bins.reduce((s, b) => s + b.total, 0)).toBeCloseTo(50);
    for (const slice of [1, 7, 50, 1000])
      expect(await binPoints(sets, ns(1916, 6, 1), ns(1918, 6, 1), slice)).toEqual(whole);
    const ac = new AbortController();
    const sliced = histogramBinsInSlices(sets, ns(1916, 6, 1), ns(1918, 6, 1), ac.signal, 5);
    ac.abort();
    expect(await sliced).toBeNull();
  });
});
