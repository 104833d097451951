import { describe, expect, it } from 'vitest';
import { nearestWithin, stackAt } from './picking';

describe('nearestWithin', () => {
  const pts = [
    { x: 0, y: 0 },
    { x: 10, y: 0 },
    { x: 10, y: 0 }
  ];
  it('finds the nearest point inside the radius, later ones winning ties', () => {
    expect(nearestWithin(pts, { x: 1, y: 1 }, 5)).toBe(0);
    expect(nearestWithin(pts, { x: 9, y: 0 }, 5)).toBe(2);
  });
  it('returns -1 when nothing is close', () => {
    expect(nearestWithin(pts, { x: 50, y: 50 }, 8)).toBe(-1);
    expect(nearestWithin([], { x: 0, y: 0 }, 8)).toBe(-1);
  });
});

describe('stackAt', () => {
  const pts = [
    { x: 0, y: 0 },
    { x: 20, y: 0 },
    { x: 22, y: 1 },
    { x: 20, y: 0 },
    { x: 40, y: 0 }
  ];
  it('returns the stack under the pointer, topmost first, and not its neighbours', () => {
    expect(stackAt(pts, { x: 19, y: 0 }, 11, 8)).toEqual([3, 2, 1]);
    expect(stackAt(pts, { x: 1, y: 0 }, 11, 8)).toEqual([0]);
  });
  it('is empty away from every point', () => {
    expect(stackAt(pts, { x: 30, y: 30 }, 11, 8)).toEqual([]);
  });
});
