import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isInside, largestUncovered, offsetFor, overlaps, paddingFor, type Box } from './uncovered';

const map: Box = { left: 0, top: 0, right: 1024, bottom: 768 };
/** A lecture at 1024×768 as the page lays it out: date, caption, legend, mark, zoom buttons. */
const lecture: Box[] = [
  { left: 16, top: 13, right: 372, bottom: 62 },
  { left: 16, top: 538, right: 758, bottom: 752 },
  { left: 822, top: 88, right: 1008, bottom: 358 },
  { left: 946, top: 706, right: 1008, bottom: 730 },
  { left: 984, top: 10, right: 1014, bottom: 70 }
];

describe('largestUncovered', () => {
  it('is the whole map when nothing covers it', () => {
    expect(largestUncovered(map, [])).toEqual(map);
    expect(largestUncovered(map, [{ left: 2000, top: 0, right: 2100, bottom: 50 }])).toEqual(map);
  });

  it('leaves out a lecture’s date, caption and legend', () => {
    const free = largestUncovered(map, lecture);
    expect(free).toEqual({ left: 0, top: 62, right: 822, bottom: 538 });
    for (const c of lecture) expect(overlaps(free, c)).toBe(false);
  });

  it('takes the part above a phone’s bottom sheet', () => {
    const phone: Box = { left: 0, top: 0, right: 390, bottom: 844 };
    const sheet = { left: 0, top: 700, right: 390, bottom: 844 };
    expect(largestUncovered(phone, [sheet])).toEqual({ left: 0, top: 0, right: 390, bottom: 700 });
  });

  it('gives the area back when everything is covered', () => {
    expect(largestUncovered(map, [{ left: -5, top: -5, right: 2000, bottom: 2000 }])).toEqual(map);
  });

  it('overlaps no cover and is at least as large as any free box tried at random', () => {
    const cover = fc
      .record({
        x: fc.integer({ min: -50, max: 1000 }),
        y: fc.integer({ min: -50, max: 750 }),
        w: fc.integer({ min: 1, max: 500 }),
        h: fc.integer({ min: 1, max: 400 })
      })
      .map(({ x, y, w, h }) => ({ left: x, top: y, right: x + w, bottom: y + h }));
    const probe = fc
      .record({
        x: fc.integer({ min: 0, max: 1000 }),
        y: fc.integer({ min: 0, max: 750 }),
        w: fc.integer({ min: 1, max: 1024 }),
        h: fc.integer({ min: 1, max: 768 })
      })
      .map(({ x, y, w, h }) => ({
        left: x,
        top: y,
        right: Math.min(1024, x + w),
        bottom: Math.min(768, y + h)
      }));
    fc.assert(
      fc.property(fc.array(cover, { maxLength: 8 }), probe, (covers, p) => {
        const free = largestUncovered(map, covers);
        const area = (b: Box) => (b.right - b.left) * (b.bottom - b.top);
        const anyFree = !covers.some((c) => overlaps(map, c) && overlaps(p, c));
        if (covers.every((c) => !overlaps(map, c))) expect(free).toEqual(map);
        else if (anyFree) {
          expect(covers.some((c) => overlaps(free, c))).toBe(false);
          expect(area(free)).toBeGreaterThanOrEqual(area(p));
        }
      })
    );
  });
});

describe('paddingFor and offsetFor', () => {
  it('pad the map to the free box, a margin in', () => {
    const free = { left: 0, top: 62, right: 822, bottom: 538 };
    expect(paddingFor(map, free, 20)).toEqual({ top: 82, right: 222, bottom: 250, left: 20 });
    expect(offsetFor(map, free)).toEqual([-101, -84]);
  });

  it('keep the margin within a quarter of a narrow box', () => {
    const free = { left: 100, top: 100, right: 140, bottom: 500 };
    const p = paddingFor(map, free, 28);
    expect(p.left).toBe(110);
    expect(p.right).toBe(1024 - 140 + 10);
  });
});

describe('isInside', () => {
  const free = { left: 0, top: 62, right: 822, bottom: 538 };
  it('is true well inside and false near or past an edge', () => {
    expect(isInside(free, 400, 300)).toBe(true);
    expect(isInside(free, 400, 530)).toBe(false);
    expect(isInside(free, 900, 300)).toBe(false);
    expect(isInside(free, 10, 300)).toBe(false);
  });
});
