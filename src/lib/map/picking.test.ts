import { describe, expect, it } from 'vitest';
import { nearestWithin } from './picking';

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
