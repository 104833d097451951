import { describe, expect, it } from 'vitest';
import { CUMULATIVE_FLOOR, eventOpacity, isShown } from './modes';

describe('eventOpacity', () => {
  it('instant: only while the event lasts, end day included', () => {
    expect(eventOpacity(10, 12, 9, 'instant', 30)).toBe(0);
    expect(eventOpacity(10, 12, 10, 'instant', 30)).toBe(1);
    expect(eventOpacity(10, 12, 12.5, 'instant', 30)).toBe(1);
    expect(eventOpacity(10, 12, 13, 'instant', 30)).toBe(0);
  });

  it('window: fades over N days after the end', () => {
    expect(eventOpacity(10, 10, 11, 'window', 10)).toBe(1);
    expect(eventOpacity(10, 10, 16, 'window', 10)).toBeCloseTo(0.5);
    expect(isShown(10, 10, 21, 'window', 10)).toBe(false);
  });

  it('cumulative: everything so far, older faded to a floor', () => {
    expect(eventOpacity(10, 10, 9, 'cumulative', 10)).toBe(0);
    expect(eventOpacity(10, 10, 1000, 'cumulative', 10)).toBe(CUMULATIVE_FLOOR);
  });
});
