import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isShown, TIME_MODES } from './modes';
import { lengthGroup, partsTransferables, TimeIndex, upperBound } from './time-index';

/** Spans sorted by start, as the tables hold them. */
const spans = (list: { start: number; end: number }[]) => {
  const sorted = [...list].sort((a, b) => a.start - b.start);
  return {
    length: sorted.length,
    start: (i: number) => sorted[i].start,
    end: (i: number) => sorted[i].end
  };
};

const span = fc
  .record({ start: fc.integer({ min: 0, max: 400 }), days: fc.nat({ max: 300 }) })
  .map(({ start, days }) => ({ start, end: start + Math.max(0, days - 1) }));

describe('TimeIndex', () => {
  it('finds exactly the events isShown shows, oldest first, in every mode', () => {
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 300 }),
        fc.integer({ min: -10, max: 800 }),
        fc.constantFrom(...TIME_MODES),
        fc.integer({ min: 0, max: 120 }),
        fc.func(fc.boolean()),
        (list, t, mode, windowDays, keep) => {
          const s = spans(list);
          const include = (i: number) => keep(i);
          const index = new TimeIndex(s, include);
          const expected: number[] = [];
          for (let i = 0; i < s.length; i++)
            if (include(i) && isShown(s.start(i), s.end(i), t, mode, windowDays)) expected.push(i);
          expect([...index.shownAt(t, mode, windowDays)]).toEqual(expected);
        }
      ),
      { numRuns: 400 }
    );
  });

  it('looks at few events beyond those it shows (a short day among 100,000 long years)', () => {
    // 100,000 one-day events spread over 20 years, and one event lasting those 20 years.
    const list = Array.from({ length: 100_000 }, (_, i) => ({ start: i % 7300, end: i % 7300 }));
    list.push({ start: 0, end: 7300 });
    const s = spans(list);
    let reads = 0;
    const counted = { ...s, end: (i: number) => (reads++, s.end(i)) };
    const index = new TimeIndex(counted);
    reads = 0;
    const shown = index.shownAt(5000, 'instant', 0);
    expect(shown.length).toBe(Math.ceil(100_000 / 7300) + 1);
    expect(reads).toBeLessThan(4 * shown.length);
  });

  it('puts each length in the smallest power of two that holds it', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2 ** 40, noNaN: true }), (days) => {
        const g = lengthGroup(days);
        if (g < 31) expect(days).toBeLessThanOrEqual(2 ** g);
        if (g > 0) expect(days).toBeGreaterThan(2 ** (g - 1));
      })
    );
    expect([1, 2, 3, 4, 5, 366].map(lengthGroup)).toEqual([0, 1, 2, 2, 3, 9]);
    // Longer than any group: the last, which has no bound, finds it.
    const index = new TimeIndex({ length: 1, start: () => 0, end: () => 2 ** 35 });
    expect([...index.shownAt(2 ** 34, 'instant', 0)]).toEqual([0]);
  });

  it('answers the same when made of parts sent from another thread (cloned, buffers moved)', () => {
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 200 }),
        fc.integer({ min: -10, max: 800 }),
        fc.constantFrom(...TIME_MODES),
        fc.integer({ min: 0, max: 60 }),
        (list, t, mode, windowDays) => {
          const s = spans(list);
          const built = new TimeIndex(s);
          const parts = structuredClone(built.parts, { transfer: partsTransferables(built.parts) });
          // The sender's arrays are gone: the receiver has the only copy.
          expect(built.parts.members.length === 0 || list.length === 0).toBe(true);
          const received = new TimeIndex(s, parts);
          expect(received.size).toBe(s.length);
          expect([...received.shownAt(t, mode, windowDays)]).toEqual([
            ...new TimeIndex(s).shownAt(t, mode, windowDays)
          ]);
        }
      ),
      { numRuns: 300 }
    );
  });

  it('upperBound counts the values at most x', () => {
    expect(upperBound([1, 2, 2, 5], 2)).toBe(3);
    expect(upperBound([1, 2, 2, 5], 0)).toBe(0);
    expect(upperBound([], 3)).toBe(0);
  });
});
