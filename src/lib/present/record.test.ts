import { describe, expect, it } from 'vitest';
import { rangeFrames } from './record';

describe('rangeFrames', () => {
  it('steps evenly from the first day to the last at the given speed', () => {
    const frames = rangeFrames(100, 130, 10, 4, (day) => ({ date: String(day), credit: '' }));
    expect(frames).toHaveLength(13); // 3 s at 4 fps, both ends
    expect(frames[0].day).toBe(100);
    expect(frames.at(-1)!.day).toBe(130);
    expect(frames[6].overlay.date).toBe('115');
  });
});
