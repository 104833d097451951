import { describe, expect, it } from 'vitest';
import { FLAG_IMPRECISE, FLAG_INFERRED, MARK_HIDDEN, MARK_HIGHLIGHT } from './event-bits';
import { mercatorX, mercatorY, packEvents } from './event-points';

describe('packEvents', () => {
  it('packs positions, offsets, spans and styles per event', () => {
    const p = packEvents([
      { lon: 0, lat: 0, start: 10, end: 12, type: 'strike', precision: 'day' },
      {
        lon: 30.3,
        lat: 59.9,
        dx: 4,
        dy: -2,
        start: 20,
        end: 20,
        type: 'rising',
        precision: 'month'
      }
    ]);
    expect(p.count).toBe(2);
    expect([...p.pos.slice(0, 2)]).toEqual([0.5, 0.5]);
    expect([...p.offset.slice(2)]).toEqual([4, -2]);
    expect([...p.time]).toEqual([10, 12, 20, 20]);
    expect(p.style[0]).toBe(1); // strike is the second type
    expect(p.style[3]).toBe(FLAG_IMPRECISE);
    expect(
      packEvents([{ lon: 0, lat: 0, start: 0, end: 0, type: 'strike', placeInferred: true }])
        .style[1]
    ).toBe(FLAG_INFERRED);
  });

  it('projects to Web Mercator with north at 0', () => {
    expect(mercatorX(180)).toBe(1);
    expect(mercatorY(85.0511287798)).toBeCloseTo(0, 6);
    expect(mercatorY(59.9)).toBeLessThan(0.5);
  });
});

import { buildMarks } from './event-layer';

describe('buildMarks', () => {
  it('marks highlighted and filtered-out events', () => {
    const marks = buildMarks(4, [1, 3, 9], (i) => i !== 3);
    expect([...marks]).toEqual([0, MARK_HIGHLIGHT, 0, MARK_HIDDEN + MARK_HIGHLIGHT]);
    expect([...buildMarks(2, [], null)]).toEqual([0, 0]);
  });
});
