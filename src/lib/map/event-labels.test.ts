import { describe, expect, it } from 'vitest';
import { atlasData } from '$lib/testing/atlas-data';
import {
  shortTitle,
  stackFeatures,
  stacksOnScreen,
  STACK_RADIUS,
  type ScreenEvent
} from './event-labels';

const at = (id: string, x: number, y: number, emphasis = false): ScreenEvent => ({
  id,
  lon: x / 10,
  lat: y / 10,
  x,
  y,
  title: `Event ${id}`,
  emphasis
});

describe('shortTitle', () => {
  it('keeps a short title and cuts a long one at a word, with an ellipsis', () => {
    expect(shortTitle('Ministers arrested')).toBe('Ministers arrested');
    const cut = shortTitle('Seat of the Provisional Government occupied');
    expect(cut).toBe('Seat of the Provisional…');
    expect(cut.length).toBeLessThanOrEqual(28);
  });

  it('cuts a single long word inside it', () => {
    const cut = shortTitle('Антикоммунистическийпереворотвкронштадте', 12);
    expect(cut).toBe('Антикоммуни…');
  });

  it('cuts every real title to at most the limit, at a word where it has spaces', () => {
    const data = atlasData();
    for (const e of data.events) {
      for (const title of [e.title, e.titleRu ?? e.title]) {
        const s = shortTitle(title);
        expect(s.length).toBeLessThanOrEqual(28);
        if (s !== title) expect(title.startsWith(s.slice(0, -1))).toBe(true);
      }
    }
  });
});

describe('stacksOnScreen', () => {
  it('puts events on one spot in one stack and keeps the rest apart', () => {
    const stacks = stacksOnScreen([at('a', 100, 100), at('b', 103, 102), at('c', 140, 100)]);
    expect(stacks.map((s) => s.events.map((e) => e.id))).toEqual([['a', 'b'], ['c']]);
  });

  it('joins within the radius across grid cells and not beyond it', () => {
    const r = STACK_RADIUS;
    const stacks = stacksOnScreen([at('a', r - 1, 0), at('b', r + 1, 0), at('c', 3 * r, 0)]);
    expect(stacks.map((s) => s.events.length)).toEqual([2, 1]);
  });

  it('lets an emphasised event lead its stack', () => {
    const stacks = stacksOnScreen([at('a', 50, 50), at('b', 51, 50, true)]);
    expect(stacks).toHaveLength(1);
    expect(stacks[0].lead.id).toBe('b');
    const fc = stackFeatures(stacks);
    expect(fc.features[0].properties).toMatchObject({ id: 'b', count: 2, emphasis: true, rank: 0 });
    expect(fc.features[0].geometry.coordinates).toEqual([5.1, 5]);
  });

  it('counts every event once, however many share a spot', () => {
    const many = Array.from({ length: 50 }, (_, i) => at(String(i), (i % 7) * 3, i % 5));
    const stacks = stacksOnScreen(many);
    expect(stacks.reduce((n, s) => n + s.events.length, 0)).toBe(50);
    for (const s of stacks)
      for (const e of s.events)
        expect(Math.hypot(e.x - s.lead.x, e.y - s.lead.y)).toBeLessThanOrEqual(STACK_RADIUS);
  });
});
