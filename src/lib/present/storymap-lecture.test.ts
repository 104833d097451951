import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { peersDir } from '$lib/import/peers-dir';
import { dayFromYmd } from '$lib/time/days';
import { HOME_VIEW } from '$lib/geo/region';
import { lectureFromStoryMap } from './storymap-lecture';
import { readStoryFile, writeStoryFile } from './story-file';

const PERIOD = { start: dayFromYmd(1905, 1, 1), end: dayFromYmd(1921, 12, 31) };

/** A story map written for this test in StoryMapJS's shape (not taken from anywhere). */
const OURS = {
  storymap: {
    language: 'en',
    slides: [
      {
        type: 'overview',
        date: '',
        text: { headline: 'Kronstadt <i>1921</i>', text: '<p>The sailors&rsquo; rising.</p>' },
        location: { lat: 59.99, lon: 29.77, zoom: 8 }
      },
      {
        date: '1921-03-01',
        text: { headline: 'Anchor Square', text: '<p>A meeting of <b>16,000</b>.</p>' },
        location: { lat: '59.9927', lon: '29.7756', name: 'Kronstadt', zoom: 12 },
        media: { url: 'https://example.org/anchor.jpg' }
      },
      {
        date: 'March 1871',
        text: { headline: 'A date from elsewhere', text: '' },
        location: { name: 'Paris' }
      },
      { text: { headline: '', text: 'Only words.' }, location: { lat: 59.94, lon: 30.31 } }
    ]
  }
};

describe('lectureFromStoryMap', () => {
  it('makes the overview the title and every other slide a scene, saying what it could not carry', () => {
    const r = lectureFromStoryMap(OURS, 'kronstadt.json', PERIOD, HOME_VIEW);
    if (typeof r === 'string') throw new Error(r);
    expect(r.file.front).toEqual({
      id: 'kronstadt-1921',
      title: 'Kronstadt 1921',
      summary: 'The sailors’ rising.',
      lang: 'en'
    });
    expect(r.file.scenes).toEqual([
      {
        title: 'Anchor Square',
        settings: {
          time: '1921-03-01',
          mode: 'window',
          window: 30,
          view: { center: [29.7756, 59.9927], zoom: 12 }
        },
        caption: 'A meeting of 16,000.',
        notes: 'https://example.org/anchor.jpg'
      },
      {
        title: 'A date from elsewhere',
        settings: {
          time: '1921-03-01',
          mode: 'window',
          window: 30,
          view: { center: [29.7756, 59.9927], zoom: 12 }
        },
        caption: 'Paris',
        notes: ''
      },
      {
        title: 'Slide 4',
        settings: {
          time: '1921-03-01',
          mode: 'window',
          window: 30,
          view: { center: [30.31, 59.94], zoom: 6 }
        },
        caption: 'Only words.',
        notes: ''
      }
    ]);
    expect(r.notes).toEqual([
      'slide 3 (“A date from elsewhere”): no location; the camera stays where the scene before left it',
      "slide 3 (“A date from elsewhere”): its date March 1871 is outside the atlas's period (1905–1921); the date stays 1921-03-01"
    ]);
    const read = readStoryFile(writeStoryFile(r.file), 'kronstadt-1921.md');
    expect(read.problems).toEqual([]);
    expect(read.story!.scenes).toHaveLength(3);
  });

  it('refuses a document that is not a story map, and a gigapixel one', () => {
    expect(lectureFromStoryMap({ events: [] }, 'x.json', PERIOD, HOME_VIEW)).toBe(
      'x.json is not a StoryMapJS story map: it has no "slides"'
    );
    expect(
      lectureFromStoryMap(
        { storymap: { map_as_image: true, slides: [] } },
        'g.json',
        PERIOD,
        HOME_VIEW
      )
    ).toMatch(/gigapixel/);
  });

  const marktwain = join(peersDir(), 'storymap/marktwain.json');
  it.skipIf(!existsSync(marktwain))("reads StoryMapJS's own example, marktwain.json", () => {
    const doc = JSON.parse(readFileSync(marktwain, 'utf8')) as {
      storymap: { slides: { type?: string; date?: string | null; text: { headline: string } }[] };
    };
    const slides = doc.storymap.slides;
    const r = lectureFromStoryMap(doc, 'marktwain.json', PERIOD, HOME_VIEW);
    if (typeof r === 'string') throw new Error(r);
    expect(r.file.front.title).toBe(slides[0].text.headline);
    expect(r.file.scenes).toHaveLength(slides.filter((s) => s.type !== 'overview').length);
    // Every dated slide lies before 1905: each is said, and each scene keeps the period's start.
    const dated = slides.filter((s) => s.type !== 'overview' && s.date).length;
    expect(r.notes.filter((n) => n.includes("outside the atlas's period"))).toHaveLength(dated);
    expect(new Set(r.file.scenes.map((s) => s.settings.time))).toEqual(new Set(['1905-01-01']));
    const read = readStoryFile(writeStoryFile(r.file), 'marktwain.md');
    expect(read.problems).toEqual([]);
    expect(writeStoryFile(read.story!)).toBe(writeStoryFile(r.file));
  });
});
