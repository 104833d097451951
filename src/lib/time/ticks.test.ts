import { describe, expect, it } from 'vitest';
import { dayFromYmd } from './days';
import { dayFromJulian } from './calendar';
import { tickUnit, ticks } from './ticks';

const ns = (y: number, m: number, d: number) => dayFromYmd(y, m, d);

describe('ticks', () => {
  it('uses years, months or days by span', () => {
    expect(tickUnit(6000)).toBe('year');
    expect(tickUnit(200)).toBe('month');
    expect(tickUnit(20)).toBe('day');
  });

  it('puts year ticks on 1 January NS, or OS before 1918 in Old Style', () => {
    const t = ticks(ns(1905, 1, 1), ns(1921, 12, 31), 'ns');
    expect(t[0].day).toBe(ns(1905, 1, 1));
    expect(t.at(-1)!.day).toBe(ns(1921, 1, 1));
    const os = ticks(ns(1905, 1, 1), ns(1912, 12, 31), 'os');
    expect(os[0].day).toBe(dayFromJulian(1905, 1, 1));
  });

  it('puts month ticks on the first of each month', () => {
    const t = ticks(ns(1917, 2, 15), ns(1917, 6, 15), 'ns');
    expect(t.map((x) => x.day)).toEqual([
      ns(1917, 3, 1),
      ns(1917, 4, 1),
      ns(1917, 5, 1),
      ns(1917, 6, 1)
    ]);
  });
});
