import { describe, expect, it } from 'vitest';
import { readGeodata } from '../../../scripts/data/read-geodata';
import { validateGeodata } from '../../../scripts/data/validate';
import { TYPE_LABELS_RU } from '$lib/i18n/messages';
import type { AtlasEvent } from '$lib/model/atlas-data';
import { eventTypeInfo } from '$lib/model/event-types';
import { dayFromYmd } from '$lib/time/days';
import { displayDate, eventsToTimeline, timelineDate } from './timeline';

const { data } = validateGeodata(readGeodata());
const options = { title: 'Revolution Atlas', places: data.places, sources: data.sources };
const timeline = eventsToTimeline(data.events, options);
const slide = (id: string) => timeline.events.find((s) => s.unique_id === id)!;
const event = (id: string) => data.events.find((e) => e.id === id)!;

describe('eventsToTimeline', () => {
  it('has a slide per event with its New Style dates, to its precision', () => {
    expect(timeline.events).toHaveLength(data.events.length);
    const october = slide('october-insurrection-petrograd-1917');
    expect(october.start_date).toEqual(timelineDate(event(october.unique_id).start, 'day'));
    expect(october.display_date).toMatch(/^\d+ October 1917 OS.* \(.*November 1917 NS\)$/);
    for (const e of data.events) {
      const s = slide(e.id);
      expect(Object.keys(s.start_date), e.id).toEqual(
        {
          day: ['year', 'month', 'day'],
          month: ['year', 'month'],
          season: ['year', 'month'],
          year: ['year']
        }[e.precision]
      );
      if (s.end_date) expect(s.end_date).not.toEqual(s.start_date);
    }
  });

  it('writes an Old Style date as written, with New Style after it; a New Style date as it is', () => {
    const e = { ...data.events[0], calendar: 'julian', precision: 'day' } as AtlasEvent;
    const day = dayFromYmd(1917, 11, 7);
    expect(displayDate({ ...e, start: day, end: day })).toBe(
      '25 October 1917 OS (7 November 1917 NS)'
    );
    expect(displayDate({ ...e, start: day, end: day }, 'ru')).toBe(
      '25 октября 1917 ст. ст. (7 ноября 1917 н. ст.)'
    );
    const month = {
      ...e,
      precision: 'month',
      start: dayFromYmd(1917, 10, 14),
      end: dayFromYmd(1917, 11, 13)
    } as AtlasEvent;
    expect(displayDate(month)).toBe('October 1917 OS (October 1917 – November 1917 NS)');
    expect(timelineDate(month.start, 'month')).toEqual({ year: 1917, month: 10 });
    const ns = {
      ...e,
      calendar: 'gregorian',
      start: dayFromYmd(1921, 3, 7),
      end: dayFromYmd(1921, 3, 18)
    } as AtlasEvent;
    expect(displayDate(ns)).toBe('7 March 1921 – 18 March 1921');
  });

  it('names the place as it was then, and cites the sources with their paragraphs', () => {
    const e = data.events.find(
      (x) => x.place === 'petrograd' && x.start < dayFromYmd(1914, 8, 31)
    )!;
    const s = slide(e.id);
    expect(s.text.text).toContain('<b>Where:</b> St Petersburg');
    const source = data.sources.find((x) => x.id === e.sources[0].source)!;
    expect(s.text.text).toContain(
      `${source.author}, <i>${source.title}</i> (${source.year}), paragraph ${e.sources[0].line}`
    );
    expect(s.group).toBe(eventTypeInfo(e.type).label);
    const ru = eventsToTimeline([e], { ...options, lang: 'ru' }).events[0];
    expect(ru.text.text).toContain('<b>Где:</b> Санкт-Петербург');
    expect(ru.group).toBe(TYPE_LABELS_RU[e.type]);
  });

  it("gives an event's words, toll and claims in Russian in the Russian timeline", () => {
    const e: AtlasEvent = {
      ...data.events[0],
      title: 'Raid',
      titleRu: 'Облава',
      summary: 'The Cheka raids.',
      summaryRu: 'ВЧК проводит облаву.',
      actors: ['Cheka'],
      actorsRu: ['ВЧК'],
      casualties: [
        { count: null, text: 'dozens', text_ru: 'десятки', kind: 'killed', source: 'guerin-1970' }
      ],
      sources: [{ source: 'guerin-1970', line: 80, note: 'the night', note_ru: 'ночью' }]
    };
    const [ru] = eventsToTimeline([e], { ...options, lang: 'ru' }).events;
    expect(ru.text.headline).toBe('Облава');
    for (const words of ['ВЧК проводит облаву.', 'ВЧК', 'десятки убито', ', абзац 80: ночью'])
      expect(ru.text.text).toContain(words);
    expect(ru.text.text).not.toMatch(/Cheka|dozens|the night/);
    const [en] = eventsToTimeline([e], options).events;
    expect(en.text.headline).toBe('Raid');
    expect(en.text.text).toContain('dozens killed');
  });

  it('escapes what TimelineJS would read as HTML', () => {
    const e: AtlasEvent = {
      ...data.events[0],
      title: '<img src=x onerror=alert(1)>',
      summary: 'a & b "c"',
      actors: ['<script>'],
      sources: [{ source: 'import:<b>.csv', line: 3 }]
    };
    const [s] = eventsToTimeline([e], { title: '<i>t</i>' }).events;
    expect(s.text.headline).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(s.text.text).toContain('<p>a &amp; b &quot;c&quot;</p>');
    expect(s.text.text).toContain('&lt;script&gt;');
    expect(s.text.text).toContain('Imported file &lt;b&gt;.csv, row 3');
    expect(s.text.text).not.toMatch(/<(img|script)/);
  });
});
