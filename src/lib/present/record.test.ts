import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { frameTime, planSeconds, rangeFrames } from './record';

describe('rangeFrames', () => {
  it('steps evenly from the first day to the last at the given speed', () => {
    const frames = rangeFrames(100, 130, 10, 4, (day) => ({ date: String(day), credit: '' }));
    expect(frames).toHaveLength(13); // 3 s at 4 fps, both ends
    expect(frames[0].day).toBe(100);
    expect(frames.at(-1)!.day).toBe(130);
    expect(frames[6].overlay.date).toBe('115');
  });
});

describe('frame times', () => {
  it('the month video (31 days at 8 days a second, 12 fps) is 48 frames and lasts 4 s', () => {
    const frames = rangeFrames(1000, 1031, 8, 12, (day) => ({ date: String(day), credit: '' }));
    expect(frames).toHaveLength(48);
    expect(planSeconds({ frames, fps: 12 })).toBe(4);
  });

  it('stamps frames back to back by their place in the plan, ending at the planned length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 60 }), (n, fps) => {
        let end = 0;
        for (let k = 0; k < n; k++) {
          const { timestamp, duration } = frameTime(k, fps);
          expect(timestamp).toBeCloseTo(end, 9);
          end = timestamp + duration;
        }
        expect(end).toBeCloseTo(n / fps, 9);
      })
    );
  });
});
