import { describe, expect, it } from 'vitest';
import { contrast, deltaE, DEFICIENCIES, simulate } from './colour-vision';
import { EVENT_TYPES, rgb as hexToRgb } from './event-types';

const pairs = EVENT_TYPES.flatMap((a, i) => EVENT_TYPES.slice(i + 1).map((b) => [a, b] as const));

describe('event colours under colour-vision deficiencies', () => {
  it.each(DEFICIENCIES)('%s: every pair stays apart; pairs sharing a shape stay far apart', (d) => {
    for (const [a, b] of pairs) {
      const e = deltaE(simulate(hexToRgb(a.color), d), simulate(hexToRgb(b.color), d));
      expect(e, `${a.id}/${b.id}`).toBeGreaterThanOrEqual(9);
      if (a.shape === b.shape)
        expect(e, `${a.id}/${b.id} share a shape`).toBeGreaterThanOrEqual(30);
    }
  });

  it('simulation and contrast behave as published', () => {
    expect(simulate([1, 1, 1], 'deuteranopia').every((c) => c > 0.99)).toBe(true);
    expect(deltaE(hexToRgb('#ff0000'), hexToRgb('#00ff00'))).toBeGreaterThan(100);
    expect(contrast([0, 0, 0], [1, 1, 1])).toBeCloseTo(21, 5);
  });
});
