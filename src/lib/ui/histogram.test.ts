import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '$lib/time/days';
import { monthBins } from './histogram';

const ns = (y: number, m: number, d: number) => dayFromYmd(y, m, d);

describe('monthBins', () => {
  it('makes one bin per month and counts each event by type in its starting month', () => {
    const bins = monthBins(
      [
        { start: ns(1917, 3, 8), type: 'strike' },
        { start: ns(1917, 3, 31), type: 'rising' },
        { start: ns(1917, 4, 1), type: 'strike' },
        { start: ns(1930, 1, 1), type: 'strike' }
      ],
      ns(1917, 1, 1),
      ns(1917, 12, 31)
    );
    expect(bins).toHaveLength(12);
    expect(bins[2].total).toBe(2);
    expect(bins[2].counts[0]).toBe(1); // rising
    expect(bins[2].counts[1]).toBe(1); // strike
    expect(bins[3].total).toBe(1);
    expect(bins.reduce((s, b) => s + b.total, 0)).toBe(3);
  });
});
