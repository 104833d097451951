/**
 * A StoryMapJS story map (Knight Lab's JSON: `{"storymap": {"slides": […]}}`) as a lecture: the
 * overview slide gives the lecture's title and summary, each other slide a scene — its location
 * the camera, its date (where the atlas's period holds it) the slider's, its headline the title,
 * its text the caption, its media's address the notes. HTML is read as plain text. What could not
 * be carried over is said slide by slide.
 */
import { htmlToLine, htmlToText } from '$lib/import/formats/html-text';
import { readDate } from '$lib/import/read-date';
import type { SceneSettings } from '$lib/model/story-schema';
import { isoFromDay } from '$lib/time/days';
import { newLecture } from './lecture-edit';
import type { StoryFile, StoryFileScene } from './story-file';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v: unknown): Obj => (isObj(v) ? v : {});
const str = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
const coordinate = (v: unknown, max: number): number | null => {
  const s = str(v);
  const n = s === '' ? NaN : Number(s);
  return Number.isFinite(n) && Math.abs(n) <= max ? n : null;
};

/** The zoom a scene gets when its slide gives none. */
const SLIDE_ZOOM = 6;

export interface StoryMapLecture {
  file: StoryFile;
  /** What was not carried over, one message a slide. */
  notes: string[];
}

/**
 * The lecture of a parsed StoryMapJS document, or why it is not one. `period` is the atlas's span
 * (New Style days); `home` the camera of a slide with no location before any that has one.
 */
export function lectureFromStoryMap(
  doc: unknown,
  name: string,
  period: { start: number; end: number },
  home: { center: [number, number]; zoom: number }
): StoryMapLecture | string {
  const map = isObj(doc) && isObj(doc.storymap) ? doc.storymap : doc;
  if (!isObj(map) || !Array.isArray(map.slides))
    return `${name} is not a StoryMapJS story map: it has no "slides"`;
  if (map.map_type === 'zoomify' || map.map_as_image === true)
    return `${name} is a StoryMapJS gigapixel story: its points are on an image, not on the earth`;
  const notes: string[] = [];
  let title = '';
  let summary = '';
  const scenes: StoryFileScene[] = [];
  let time = isoFromDay(period.start);
  let view = { center: home.center, zoom: home.zoom };
  map.slides.forEach((raw, i) => {
    const slide = obj(raw);
    const text = obj(slide.text);
    const headline = htmlToLine(str(text.headline));
    const body = htmlToText(str(text.text));
    const label = `slide ${i + 1}${headline ? ` (“${headline.slice(0, 40)}”)` : ''}`;
    if (slide.type === 'overview') {
      title ||= headline;
      summary ||= htmlToLine(str(text.text));
      return;
    }
    const where = obj(slide.location);
    const lat = coordinate(where.lat, 90);
    const lon = coordinate(where.lon, 180);
    if (lat !== null && lon !== null) {
      const z = coordinate(where.zoom, 30);
      view = { center: [lon, lat], zoom: Math.min(15, Math.max(2, z ?? SLIDE_ZOOM)) };
    } else notes.push(`${label}: no location; the camera stays where the scene before left it`);
    const date = str(slide.date);
    if (date) {
      const read = readDate(date, 'gregorian');
      if (typeof read === 'string') notes.push(`${label}: ${read}; the date stays ${time}`);
      else if (read.start < period.start || read.start > period.end)
        notes.push(
          `${label}: its date ${date} is outside the atlas's period (${isoFromDay(period.start).slice(0, 4)}–${isoFromDay(period.end).slice(0, 4)}); the date stays ${time}`
        );
      else time = isoFromDay(read.start);
    }
    const settings: SceneSettings = {
      time,
      mode: 'window',
      window: 30,
      view: { center: [...view.center], zoom: view.zoom }
    };
    const place = htmlToLine(str(where.name));
    const media = str(obj(slide.media).url);
    scenes.push({
      title: headline || place || `Slide ${i + 1}`,
      settings,
      caption: body || place || headline,
      notes: media
    });
  });
  if (!scenes.length) notes.push(`${name} has no slide but the overview`);
  title ||= name.replace(/\.json$/i, '');
  // Written in one language: Russian if its title and summary are, else English.
  const file = newLecture(title, summary || title, /[а-яё]/i.test(title + summary) ? 'ru' : 'en');
  return { file: { ...file, scenes }, notes };
}
