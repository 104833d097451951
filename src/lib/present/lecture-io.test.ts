import { describe, expect, it } from 'vitest';
import { readGeodata } from '../../../scripts/data/read-geodata';
import { validateGeodata } from '../../../scripts/data/validate';
import { eventsToCsv } from '$lib/export/csv';
import type { AtlasEvent } from '$lib/model/atlas-data';
import { HOME_VIEW } from '$lib/geo/region';
import { carriedEvents, carriedLayer, openLectureFile, storyOfLecture } from './lecture-io';
import { addScene, newLecture, settingsFromView } from './lecture-edit';
import { DEFAULT_VIEW } from '$lib/state/view-params';
import { writeStoryFile, type StoryFile } from './story-file';

const { data } = validateGeodata(readGeodata());

/** Two of the atlas's events as a lecturer's imported layer. */
const mine: AtlasEvent[] = data.events.slice(0, 2).map((e, i) => ({ ...e, id: `mine-${i}` }));

describe('a lecture with carried events', () => {
  it('carries its events through its file and reads them back as they were', () => {
    let file: StoryFile = { ...newLecture('Ours', 'Our events.'), events: eventsToCsv(mine) };
    file = addScene(file, {
      title: 'One',
      settings: { ...settingsFromView(DEFAULT_VIEW, ['mine-1']), fit: ['mine-0'] },
      caption: 'Ours.',
      notes: ''
    });
    const opened = openLectureFile(writeStoryFile(file), 'ours.md', data.domain, HOME_VIEW);
    if (typeof opened === 'string') throw new Error(opened);
    expect(opened.notes).toEqual([]);
    const back = carriedEvents(opened.file.events!, 'ours');
    expect(back.problems).toEqual([]);
    expect(back.events.map((e) => e.id)).toEqual(['mine-0', 'mine-1']);
    expect(eventsToCsv(back.events)).toBe(eventsToCsv(mine));
    expect(carriedLayer(opened.file.events!, 'ours')?.table.length).toBe(2);
    const { story, problems } = storyOfLecture(opened.file, 'local', data);
    expect(problems).toEqual([]);
    expect(story!.scenes[0].bounds).toEqual([mine[0].lon, mine[0].lat, mine[0].lon, mine[0].lat]);
  });

  it('says which carried row cannot be read, and keeps the others', () => {
    const csv = eventsToCsv(mine).replace(/,(gregorian|julian),/, ',old,');
    const { events, problems } = carriedEvents(csv, 'ours');
    expect(events).toHaveLength(1);
    expect(problems).toEqual([
      'ours, carried events row 2, calendar: "old" is not julian or gregorian'
    ]);
  });

  it('refuses a file that is neither a lecture nor a story map, saying why', () => {
    expect(openLectureFile('# Notes', 'n.md', data.domain, HOME_VIEW)).toBe(
      'n.md is not a lecture file: n.md:1 (front matter): must start with --- front matter ---'
    );
    expect(openLectureFile('{"a":', 'x.json', data.domain, HOME_VIEW)).toMatch(
      /^x\.json is not JSON: /
    );
  });
});
