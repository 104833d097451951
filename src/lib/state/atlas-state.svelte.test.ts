import { describe, expect, it } from 'vitest';
import { readGeodata } from '../../../scripts/data/read-geodata';
import { validateGeodata } from '../../../scripts/data/validate';
import { parseStories } from '../../../scripts/data/stories';
import { dayFromYmd, isoFromDay } from '$lib/time/days';
import { isShown } from '$lib/time/modes';
import { EventTable, tableData } from '$lib/model/event-table';
import { guessMapping } from '$lib/import/mapping';
import { importTable, readTable } from '$lib/import/run-import';
import { AtlasState } from './atlas-state.svelte';
import { DEFAULT_VIEW, parseUrlState, VIEW_KEYS } from './view-params';

const input = readGeodata();
const data = validateGeodata(input).data;
const stories = parseStories(input.stories ?? [], data).stories;

function atlasWithData(): AtlasState {
  const atlas = new AtlasState();
  atlas.data = data;
  return atlas;
}

describe('AtlasState', () => {
  it('derives the view and its URL from its fields, one per row of the view table', () => {
    const atlas = atlasWithData();
    expect(Object.keys(atlas.view).sort()).toEqual([...VIEW_KEYS].sort());
    expect(atlas.view).toEqual(DEFAULT_VIEW);
    atlas.day = dayFromYmd(1921, 3, 7);
    atlas.mode = 'instant';
    atlas.toggleFilter('places', 'kronstadt');
    expect(atlas.url).toContain('t=1921-03-07');
    expect(atlas.url).toContain('mode=instant');
    expect(atlas.url).toContain('place=kronstadt');
    const back = new AtlasState();
    back.applyView(parseUrlState(new URLSearchParams(atlas.url), DEFAULT_VIEW).state);
    expect(back.view).toEqual(atlas.view);
  });

  it('lists the events shown on the day, newest first, and filters them', () => {
    const atlas = atlasWithData();
    atlas.applyView({ ...DEFAULT_VIEW, day: dayFromYmd(1921, 3, 7), mode: 'window' });
    const shown = atlas.shown.all();
    expect(shown.length).toBeGreaterThan(0);
    for (let i = 1; i < shown.length; i++)
      expect(shown[i - 1].start).toBeGreaterThanOrEqual(shown[i].start);
    atlas.toggleType(shown[0].type);
    expect(atlas.shown.all().some((e) => e.type === shown[0].type)).toBe(false);
    atlas.toggleType(shown[0].type);
    atlas.toggleFilter('places', 'kronstadt');
    expect(atlas.filtering).toBe(true);
    expect(atlas.shown.all().length).toBeGreaterThan(0);
    for (const e of atlas.shown.all()) expect(e.place.startsWith('kronstadt'), e.id).toBe(true);
  });

  it("lists the atlas's and an import's events together, as a scan of all of them would", () => {
    const atlas = atlasWithData();
    const rows = ['date,end,lat,lon,type,title'];
    for (let i = 0; i < 3000; i++) {
      const start = dayFromYmd(1905, 1, 1) + ((i * 37) % 6000);
      const y = (d: number) => isoFromDay(d);
      rows.push(
        `${y(start)},${y(start + (i % 9) * (i % 5))},${50 + (i % 10)},${30 + (i % 7)},strike,Strike ${i}`
      );
    }
    const table = readTable(new TextEncoder().encode(rows.join('\n')), 'many.csv');
    const events = importTable(
      table,
      guessMapping(table.header),
      data.places,
      'imp9',
      'many.csv'
    ).events;
    expect(events).toHaveLength(3000);
    atlas.imports = [
      {
        meta: {
          id: 'imp9',
          name: 'many',
          fileName: 'many.csv',
          importedAt: '',
          count: 3000,
          rows: 3000,
          problems: [],
          problemCount: 0,
          visible: true
        },
        table: EventTable.from(tableData(events), 'imp9-')
      }
    ];
    const all = [...data.events, ...events];
    for (const mode of ['instant', 'window', 'cumulative'] as const)
      for (const day of [dayFromYmd(1905, 1, 22), dayFromYmd(1917, 3, 8), dayFromYmd(1921, 3, 7)]) {
        atlas.applyView({ ...DEFAULT_VIEW, day, mode, windowDays: 30 });
        const expected = all.filter((e) => isShown(e.start, e.end, day, mode, 30));
        const shown = atlas.shown.all();
        expect(shown.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort());
        expect(atlas.shown.count).toBe(expected.length);
        for (let i = 1; i < shown.length; i++)
          expect(shown[i - 1].start).toBeGreaterThanOrEqual(shown[i].start);
        // A window of the list reads the same events as the whole list.
        expect(atlas.shown.slice(3, 9)).toEqual(shown.slice(3, 9));
      }
    atlas.toggleType('strike');
    expect(atlas.shown.all().some((e) => e.id.startsWith('imp9-'))).toBe(false);
    atlas.toggleType('strike');
    atlas.select(events[1234].id);
    expect(atlas.selected).toEqual(events[1234]);
  });

  it('selecting an event moves the slider into its span', () => {
    const atlas = atlasWithData();
    const e = data.events.find((x) => x.id === 'bloody-sunday-1905')!;
    atlas.select(e.id);
    expect(atlas.selected?.id).toBe(e.id);
    expect(atlas.wholeDay).toBe(e.start);
    expect(atlas.shown.all().map((x) => x.id)).toContain(e.id);
  });

  it('jumps to the next and previous day an event starts, and stops at the ends', () => {
    const atlas = atlasWithData();
    atlas.setDay(atlas.domain.start);
    const first = atlas.eventDays[0];
    if (first > atlas.domain.start) {
      expect(atlas.jumpToEvent(1)).toBe(true);
      expect(atlas.wholeDay).toBe(first);
    }
    atlas.setDay(atlas.domain.start);
    expect(atlas.jumpToEvent(-1)).toBe(false);
  });

  it('plays towards a scene’s date and stops there', () => {
    const atlas = atlasWithData();
    atlas.playTo(dayFromYmd(1917, 3, 1), dayFromYmd(1917, 3, 11), 5);
    expect(atlas.playing).toBe(true);
    atlas.advance(1);
    expect(atlas.day).toBe(dayFromYmd(1917, 3, 6));
    atlas.advance(10);
    expect(atlas.day).toBe(dayFromYmd(1917, 3, 11));
    expect(atlas.playing).toBe(false);
  });

  it('applies every scene of every lecture: its date, mode, types, highlights and camera', () => {
    expect(stories.length).toBeGreaterThan(0);
    for (const story of stories) {
      for (const scene of story.scenes) {
        const atlas = atlasWithData();
        atlas.applyScene(scene);
        const where = `${story.id}: ${scene.title}`;
        expect(atlas.wholeDay, where).toBe(Math.floor(scene.day));
        expect(atlas.mode, where).toBe(scene.mode);
        expect(atlas.windowDays, where).toBe(scene.windowDays);
        expect(atlas.highlightIds, where).toEqual(scene.highlight);
        if (scene.types) for (const t of scene.types) expect(atlas.hiddenTypes).not.toContain(t);
        expect(atlas.camera?.animate, where).toBe(false);
        expect(atlas.playing, where).toBe(false);
        // With motion, a scene with an animation plays from its start to its date.
        const moving = atlasWithData();
        moving.applyScene(scene, { from: null, motion: true });
        if (scene.animate) {
          expect(moving.playing, where).toBe(scene.animate.from < scene.day);
          expect(moving.stopAt ?? moving.day, where).toBe(scene.day);
        }
      }
    }
  });

  it('leaves every scene of every lecture for an atlas link it reads with no notice', () => {
    let scenes = 0;
    for (const story of stories)
      for (const scene of story.scenes) {
        // What Esc does on a lecture page: the animation ended, then the atlas's own link.
        const lecture = atlasWithData();
        lecture.applyScene(scene, { from: null, motion: true });
        if (lecture.stopAt !== null) lecture.day = lecture.stopAt;
        lecture.playing = false;
        lecture.speed = DEFAULT_VIEW.speed;
        // What the atlas does with the link: read it, then drop and name ids it does not hold.
        const { state, problems } = parseUrlState(new URLSearchParams(lecture.url), DEFAULT_VIEW);
        const atlas = atlasWithData();
        atlas.applyView(state);
        const where = `${story.id} scene ${++scenes}: ?${lecture.url}`;
        expect([...problems, ...atlas.dropUnknownIds()], where).toEqual([]);
        expect(atlas.url, where).toBe(lecture.url);
      }
    expect(scenes).toBe(64);
  });
});
