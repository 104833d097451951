/**
 * StoryMapJS JSON (Knight Lab): `{"storymap": {"slides": […]}}`, or the bare `{"slides": […]}`.
 * One row per slide, slide 1 = row 2: its headline and text (HTML, read as plain text), the
 * location's name and coordinates, its date and media. The overview (title) slide is not an
 * event and is reported as dropped; a slide without a location is kept and reported. A
 * "gigapixel" story map, whose points are places on an image rather than on the earth, is
 * refused.
 */
import type { RowProblem } from '../mapping';
import { MAX_CELLS } from '../limits';
import type { ImportFormat, Table } from './format';
import { htmlToLine, htmlToText, quoted } from './html-text';
import { cell, isObject, jsonDoc, jsonOf, startsWithBrace, textOf } from './text';

export const STORYMAP_COLUMNS = [
  'Headline',
  'Text',
  'Place',
  'lat',
  'lon',
  'Date',
  'Media'
] as const;

const obj = (v: unknown): Record<string, unknown> => (isObject(v) ? v : {});
const text = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';

/** The story map a JSON document holds (its options and slides), or null if it is not one. */
function storymapOf(doc: unknown): { map: Record<string, unknown>; slides: unknown[] } | null {
  if (!isObject(doc)) return null;
  const map = isObject(doc.storymap) ? doc.storymap : doc;
  return Array.isArray(map.slides) && doc.type === undefined ? { map, slides: map.slides } : null;
}

const has = (v: unknown) => v !== undefined && v !== null && v !== '';

function read(bytes: Uint8Array, name: string): Table {
  const story = storymapOf(jsonDoc(bytes, name));
  if (!story) throw new Error(`${name} is not a StoryMapJS story map`);
  const { map, slides } = story;
  if (map.map_type === 'zoomify' || map.map_as_image === true)
    throw new Error(
      `${name} is a StoryMapJS gigapixel story: its points are places on an image, not on the earth`
    );
  if (slides.length * STORYMAP_COLUMNS.length > MAX_CELLS)
    throw new Error(
      `${name} has ${slides.length} slides × ${STORYMAP_COLUMNS.length} columns; the limit is ${MAX_CELLS} cells`
    );
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const problems: RowProblem[] = [];
  slides.forEach((s, i) => {
    const row = i + 2;
    if (!isObject(s)) {
      problems.push({
        row,
        field: 'slide',
        message: `slide ${i + 1} is not an object`,
        dropped: true
      });
      return;
    }
    const t = obj(s.text);
    const headline = htmlToLine(text(t.headline));
    if (s.type === 'overview') {
      problems.push({
        row,
        field: 'slide',
        message: `slide ${i + 1}${quoted(headline)} is the overview (title) slide, not an event`,
        dropped: true
      });
      return;
    }
    const where = obj(s.location);
    const place = htmlToLine(text(where.name));
    if (!has(where.lat) && !has(where.lon) && !place)
      problems.push({
        row,
        field: 'location',
        message: `slide ${i + 1} has no location`,
        dropped: false
      });
    rows.push([
      headline,
      htmlToText(text(t.text)),
      place,
      cell(where.lat),
      cell(where.lon),
      text(s.date),
      text(obj(s.media).url)
    ]);
    rowNumbers.push(row);
  });
  return {
    header: [...STORYMAP_COLUMNS],
    rows,
    rowNumbers,
    problems,
    columns: { lat: 3, lon: 4 },
    encoding: textOf(bytes).encoding
  };
}

export const storymapjs: ImportFormat<'storymapjs'> = {
  id: 'storymapjs',
  label: 'StoryMapJS JSON',
  accept: ['.json'],
  kind: 'text',
  sniff: (bytes) => {
    if (!startsWithBrace(bytes)) return false;
    const j = jsonOf(bytes);
    return j.ok && storymapOf(j.doc) !== null;
  },
  read
};
