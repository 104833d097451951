import { describe, expect, it } from 'vitest';
import { startOrder } from './start-order';

/** The order a stable sort by start, then end gives. */
const sorted = (start: number[], end: number[]) =>
  start.map((_, i) => i).sort((a, b) => start[a] - start[b] || end[a] - end[b]);

describe('startOrder', () => {
  it('orders by start, then end, then position, as a stable sort does', () => {
    const start = [5, 3, 5, 3, -2, 5, 3];
    const end = [9, 3, 5, 4, 1, 5, 3];
    expect([...startOrder(start, end, start.length)]).toEqual([4, 1, 6, 3, 2, 5, 0]);
    expect([...startOrder(start, end, start.length)]).toEqual(sorted(start, end));
  });

  it('agrees with a stable sort on many days spread over centuries, with ties', () => {
    const n = 20_000;
    const start: number[] = [];
    const end: number[] = [];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 0x7fffffff);
    for (let i = 0; i < n; i++) {
      const s = (next() % 400_000) - 200_000;
      start.push(s);
      end.push(s + (next() % 3 ? 0 : next() % 500));
    }
    expect([...startOrder(start, end, n)]).toEqual(sorted(start, end));
  });

  it('sorts values it cannot count (fractions, spans beyond its range) all the same', () => {
    const start = [2.5, 1, 2.5, 1e9, -1e9];
    const end = [3, 1, 2.5, 1e9, -1e9];
    expect([...startOrder(start, end, 5)]).toEqual([4, 1, 2, 0, 3]);
    expect([...startOrder([], [], 0)]).toEqual([]);
  });
});
