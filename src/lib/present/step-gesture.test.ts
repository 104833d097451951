import { describe, expect, it } from 'vitest';
import { gestureStep } from './step-gesture';

const at = (x: number, y: number, t: number) => ({ x, y, t });

describe('gestureStep', () => {
  it('steps on at a tap, back at a tap on the left fifth', () => {
    expect(gestureStep(at(600, 300, 0), at(603, 302, 120), 1024)).toBe('next');
    expect(gestureStep(at(100, 300, 0), at(100, 300, 120), 1024)).toBe('previous');
  });

  it('steps on at a swipe to the left and back at a swipe to the right', () => {
    expect(gestureStep(at(800, 400, 0), at(500, 420, 250), 1024)).toBe('next');
    expect(gestureStep(at(300, 400, 0), at(700, 380, 250), 1024)).toBe('previous');
  });

  it('ignores slow touches, short drags and mostly vertical swipes', () => {
    expect(gestureStep(at(600, 300, 0), at(600, 300, 1500), 1024)).toBeNull();
    expect(gestureStep(at(600, 300, 0), at(630, 300, 200), 1024)).toBeNull();
    expect(gestureStep(at(600, 300, 0), at(520, 500, 200), 1024)).toBeNull();
  });
});
