/**
 * A lecture made in the editor and exported passes `npm run check:data` when it is copied into
 * geodata/stories/: the check's own function (`loadAll`) runs on a temporary copy of geodata/
 * with the exported file added.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAll } from './load-all';
import { formatProblem } from './problems';
import { eventsToCsv } from '../../src/lib/export/csv';
import { DEFAULT_VIEW } from '../../src/lib/state/view-params';
import { dayFromYmd } from '../../src/lib/time/days';
import type { AtlasEvent } from '../../src/lib/model/atlas-data';
import { addScene, newLecture, settingsFromView } from '../../src/lib/present/lecture-edit';
import { writeStoryFile, type StoryFile } from '../../src/lib/present/story-file';

let root: string;
let events: readonly AtlasEvent[];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'atlas-lecture-'));
  cpSync(join(process.cwd(), 'geodata'), join(root, 'geodata'), { recursive: true });
  const first = loadAll(root);
  expect(first.problems).toEqual([]);
  events = first.data.events;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** An editor's lecture: two scenes set on the atlas, one carrying an imported event. */
function lecture(highlightOwn: string): StoryFile {
  const own = events.find((e) => e.id === highlightOwn)!;
  const mine: AtlasEvent = { ...own, id: 'my-import-1', title: 'A meeting we found' };
  let file = newLecture('Strikes and risings, 1917', 'Two scenes made in the editor.');
  file = { ...file, events: eventsToCsv([mine]) };
  file = addScene(file, {
    title: 'The strikes',
    settings: settingsFromView(
      {
        ...DEFAULT_VIEW,
        day: own.start,
        center: [own.lon, own.lat],
        zoom: 7.5,
        selectedId: own.id,
        dateStyle: 'os',
        span: { start: dayFromYmd(1917, 1, 1), end: dayFromYmd(1917, 12, 31) },
        filters: { actors: ['Bolsheviks'], places: [], sources: [] },
        hiddenTypes: ['battle']
      },
      [own.id, 'my-import-1']
    ),
    caption: 'The works stop: **strike**.',
    notes: 'Point at the mark.'
  });
  return addScene(file, {
    title: 'Our own find',
    settings: { ...settingsFromView(DEFAULT_VIEW, ['my-import-1']), fit: ['my-import-1'] },
    caption: 'An event the lecturer imported.',
    notes: ''
  });
}

describe('a lecture exported from the editor', () => {
  it('passes check:data in geodata/stories/, its carried event counted as an event', () => {
    const id = events[0].id;
    writeFileSync(
      join(root, 'geodata/stories/strikes-and-risings-1917.md'),
      writeStoryFile(lecture(id))
    );
    const { problems, stories } = loadAll(root);
    expect(problems.map(formatProblem)).toEqual([]);
    const mine = stories.find((s) => s.id === 'strikes-and-risings-1917')!;
    expect(mine.scenes.map((s) => s.title)).toEqual(['The strikes', 'Our own find']);
    expect(mine.scenes[0].highlight).toEqual([id, 'my-import-1']);
    expect(mine.scenes[0].atlas).toBe(`e=${id}&cal=os&actor=Bolsheviks&span=1917-01-01/1917-12-31`);
    expect(mine.events).toMatch(/^id,title,/);
  });

  it('fails check:data, at the file and line, when it names an event the data lacks', () => {
    const text = writeStoryFile(lecture(events[0].id)).replace(
      'highlight: [my-import-1]',
      'highlight: [no-such-event]'
    );
    writeFileSync(join(root, 'geodata/stories/strikes-and-risings-1917.md'), text);
    const line = text.split('\n').indexOf('## Our own find') + 1;
    expect(loadAll(root).problems.map(formatProblem)).toEqual([
      `geodata/stories/strikes-and-risings-1917.md:${line} scene "Our own find".highlight: "no-such-event" is not an event id`
    ]);
  });
});
