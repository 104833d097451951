import { describe, expect, it } from 'vitest';
import type { AtlasScene } from '$lib/model/story-schema';
import { sceneFrames, storyFrames } from './story-video';

const scene = (day: number, animate?: AtlasScene['animate']): AtlasScene => ({
  title: `S${day}`,
  day,
  mode: 'window',
  windowDays: 10,
  view: { center: [30, 60], zoom: 6 },
  highlight: [],
  animate,
  caption: 'c',
  notes: ''
});

describe('lecture video frames', () => {
  it('plays a scene animation and applies the scene on its first frame', () => {
    const applied: number[] = [];
    const frames = sceneFrames(scene(100, { from: 90, speed: 5 }), 10, () => applied.push(1));
    expect(frames[0].day).toBe(90);
    expect(frames.at(-1)!.day).toBe(100);
    expect(frames).toHaveLength(21);
    frames.forEach((f) => f.camera?.());
    expect(applied).toEqual([1]);
  });

  it('runs every scene in order, holding each on its date', () => {
    const order: number[] = [];
    const frames = storyFrames(
      { id: 's', title: 't', summary: 's', scenes: [scene(100), scene(200)] },
      5,
      (i) => order.push(i),
      1
    );
    frames.forEach((f) => f.camera?.());
    expect(order).toEqual([0, 1]);
    expect(frames.at(-1)).toMatchObject({ day: 200 });
    expect(frames.filter((f) => f.day === 200).length).toBeGreaterThanOrEqual(5);
  });
});
