import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '$lib/state/view-params';
import { dayFromYmd } from '$lib/time/days';
import {
  addScene,
  copyOfStory,
  deleteScene,
  duplicateScene,
  moveScene,
  newLecture,
  settingsFromView,
  slugOf,
  toggleHighlight
} from './lecture-edit';
import { readStoryFile, writeStoryFile } from './story-file';
import type { AtlasStory } from '$lib/model/story-schema';

const scene = (title: string) => ({
  title,
  settings: settingsFromView(DEFAULT_VIEW, []),
  caption: `${title}.`,
  notes: ''
});

describe('lecture editing', () => {
  it('adds, moves, duplicates and deletes scenes without changing the lecture it was given', () => {
    let l = newLecture('Февраль 1917: Petrograd', 'Summary.');
    expect(l.front.id).toBe('1917-petrograd');
    for (const t of ['a', 'b', 'c']) l = addScene(l, scene(t));
    const before = l;
    const moved = moveScene(l, 2, 0);
    expect(moved.scenes.map((s) => s.title)).toEqual(['c', 'a', 'b']);
    expect(before.scenes.map((s) => s.title)).toEqual(['a', 'b', 'c']);
    expect(moveScene(l, 0, -1)).toBe(l);
    expect(duplicateScene(l, 1).scenes.map((s) => s.title)).toEqual(['a', 'b', 'b', 'c']);
    expect(deleteScene(l, 1).scenes.map((s) => s.title)).toEqual(['a', 'c']);
    expect(addScene(l, scene('x'), 0).scenes.map((s) => s.title)).toEqual(['a', 'x', 'b', 'c']);
    const on = toggleHighlight(l, 0, 'bloody-sunday-1905');
    expect(on.scenes[0].settings.highlight).toEqual(['bloody-sunday-1905']);
    expect(toggleHighlight(on, 0, 'bloody-sunday-1905').scenes[0].settings).not.toHaveProperty(
      'highlight'
    );
  });

  it('takes a scene from the atlas view: date, mode, camera, types, and the rest as its link says', () => {
    const s = settingsFromView(
      {
        ...DEFAULT_VIEW,
        day: dayFromYmd(1917, 3, 8) + 0.6,
        mode: 'cumulative',
        zoom: 17,
        center: [30.123456, 59.987654],
        hiddenTypes: ['battle'],
        selectedId: 'x-1',
        dateStyle: 'ns'
      },
      ['x-1']
    );
    expect(s).toMatchObject({
      time: '1917-03-08',
      mode: 'cumulative',
      view: { center: [30.1235, 59.9877], zoom: 15 },
      highlight: ['x-1'],
      atlas: 'e=x-1&cal=ns'
    });
    expect(s.types).not.toContain('battle');
    expect(settingsFromView(DEFAULT_VIEW, [])).not.toHaveProperty('atlas');
  });

  it('copies a built-in lecture back into its file form', () => {
    const story: AtlasStory = {
      id: 'k',
      title: 'K',
      summary: 'S',
      scenes: [
        {
          title: 'One',
          day: dayFromYmd(1921, 3, 2),
          mode: 'window',
          windowDays: 14,
          fit: ['kronstadt'],
          bounds: [29, 59, 30, 60],
          highlight: [],
          animate: { from: dayFromYmd(1921, 2, 24), speed: 2 },
          caption: 'C',
          notes: 'N'
        }
      ]
    };
    const copy = copyOfStory(story);
    expect(copy.front.id).toBe('k-copy');
    expect(copy.scenes[0].settings).toEqual({
      time: '1921-03-02',
      mode: 'window',
      window: 14,
      fit: ['kronstadt'],
      animate: { from: '1921-02-24', speed: 2 }
    });
    expect(readStoryFile(writeStoryFile(copy), 'k.md').problems).toEqual([]);
    expect(slugOf('***')).toBe('lecture');
  });
});
