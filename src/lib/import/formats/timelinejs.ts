/**
 * TimelineJS JSON (Knight Lab, https://timeline.knightlab.com/docs/json-format.html): one row per
 * event, under the columns of TimelineJS's own spreadsheet template, so that a timeline's JSON
 * and its spreadsheet go through the same column mapping. The title slide and the eras are not
 * events: each is reported as dropped. The older TimelineJS 2 JSON (`{"timeline": {"date": …}}`)
 * is read the same way. Headlines and texts are HTML, read as plain text (`html-text.ts`).
 * Events have no place; a row is numbered by its event (event 1 = row 2), then the title and eras.
 */
import type { RowProblem } from '../mapping';
import { MAX_CELLS } from '../limits';
import type { ImportFormat, Table } from './format';
import { htmlToLine, htmlToText, quoted } from './html-text';
import { isObject, jsonDoc, jsonOf, startsWithBrace, textOf } from './text';

/** The columns of the TimelineJS spreadsheet template, in its order. */
export const TIMELINE_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background'
] as const;

type Column = (typeof TIMELINE_COLUMNS)[number];
type Row = Partial<Record<Column, string>>;

const obj = (v: unknown): Record<string, unknown> => (isObject(v) ? v : {});
const text = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
const pad = (v: string) => (/^\d$/.test(v) ? `0${v}` : v);

/** A time of day as the template writes it (`HH:MM`, `HH:MM:SS`), or '' without an hour. */
function timeOf(hour: string, minute: string, second: string): string {
  if (!hour) return '';
  return `${pad(hour)}:${pad(minute || '0')}${second ? `:${pad(second)}` : ''}`;
}

/** TimelineJS 3: `start_date`/`end_date` objects of year, month, day, hour, minute, second. */
function row3(e: Record<string, unknown>): Row {
  const s = obj(e.start_date);
  const en = obj(e.end_date);
  const t = obj(e.text);
  const m = obj(e.media);
  const bg = obj(e.background);
  return {
    Year: text(s.year),
    Month: text(s.month),
    Day: text(s.day),
    Time: timeOf(text(s.hour), text(s.minute), text(s.second)),
    'End Year': text(en.year),
    'End Month': text(en.month),
    'End Day': text(en.day),
    'End Time': timeOf(text(en.hour), text(en.minute), text(en.second)),
    'Display Date': text(e.display_date) || text(s.display_date),
    Headline: htmlToLine(text(t.headline)),
    Text: htmlToText(text(t.text)),
    Media: text(m.url),
    'Media Credit': htmlToLine(text(m.credit)),
    'Media Caption': htmlToText(text(m.caption)),
    'Media Thumbnail': text(m.thumbnail),
    Type: text(e.type),
    Group: text(e.group),
    Background: text(bg.url) || text(bg.color)
  };
}

/** A TimelineJS 2 date, "YYYY,MM,DD[,HH,MM[,SS]]" (or with slashes or dashes), as its parts. */
function parts2(v: unknown): string[] {
  return text(v)
    .split(/,|\/|(?<=\d)-/)
    .map((p) => p.trim());
}

/** TimelineJS 2: `startDate`/`endDate` strings, `asset` for the media, `tag` for the group. */
function row2(e: Record<string, unknown>): Row {
  const [y = '', mo = '', d = '', h = '', mi = '', se = ''] = parts2(e.startDate);
  const [ey = '', emo = '', ed = '', eh = '', emi = '', ese = ''] = parts2(e.endDate);
  const a = obj(e.asset);
  return {
    Year: y,
    Month: mo,
    Day: d,
    Time: timeOf(h, mi, se),
    'End Year': ey,
    'End Month': emo,
    'End Day': ed,
    'End Time': timeOf(eh, emi, ese),
    Headline: htmlToLine(text(e.headline)),
    Text: htmlToText(text(e.text)),
    Media: text(a.media),
    'Media Credit': htmlToLine(text(a.credit)),
    'Media Caption': htmlToText(text(a.caption)),
    'Media Thumbnail': text(a.thumbnail),
    Group: text(e.tag)
  };
}

interface Timeline {
  events: unknown[];
  title: Record<string, unknown> | null;
  eras: unknown[];
  version: 2 | 3;
}

/** The timeline a JSON document holds, or null if it is not one. */
function timelineOf(doc: unknown): Timeline | null {
  if (!isObject(doc)) return null;
  const eras = (v: unknown) => (Array.isArray(v) ? v : []);
  if (Array.isArray(doc.events) && doc.type !== 'FeatureCollection')
    return {
      events: doc.events,
      title: isObject(doc.title) ? doc.title : null,
      eras: eras(doc.eras),
      version: 3
    };
  const tl = doc.timeline;
  if (isObject(tl) && Array.isArray(tl.date)) {
    const { date, era, ...title } = tl;
    const hasTitle = Boolean(text(title.headline) || text(title.text));
    return {
      events: date as unknown[],
      title: hasTitle ? title : null,
      eras: eras(era),
      version: 2
    };
  }
  return null;
}

/** What a title slide or an era is called in messages: its headline, if it has one. */
function headlineOf(slide: Record<string, unknown>, version: 2 | 3): string {
  return quoted(htmlToLine(text(version === 3 ? obj(slide.text).headline : slide.headline)));
}

function read(bytes: Uint8Array, name: string): Table {
  const tl = timelineOf(jsonDoc(bytes, name));
  if (!tl) throw new Error(`${name} is not a TimelineJS timeline`);
  const { events, title, eras, version } = tl;
  if (events.length * TIMELINE_COLUMNS.length > MAX_CELLS)
    throw new Error(
      `${name} has ${events.length} events × ${TIMELINE_COLUMNS.length} columns; the limit is ${MAX_CELLS} cells`
    );
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const problems: RowProblem[] = [];
  events.forEach((e, i) => {
    const row = i + 2;
    if (!isObject(e)) {
      problems.push({
        row,
        field: 'event',
        message: `event ${i + 1} is not an object`,
        dropped: true
      });
      return;
    }
    const r = version === 3 ? row3(e) : row2(e);
    rows.push(TIMELINE_COLUMNS.map((c) => r[c] ?? ''));
    rowNumbers.push(row);
  });
  let row = events.length + 2;
  if (title)
    problems.push({
      row: row++,
      field: 'title',
      message: `the title slide${headlineOf(title, version)} is not an event`,
      dropped: true
    });
  eras.forEach((era, i) => {
    problems.push({
      row: row++,
      field: 'era',
      message: `era ${i + 1}${isObject(era) ? headlineOf(era, version) : ''} is a span of the timeline, not an event`,
      dropped: true
    });
  });
  return {
    header: [...TIMELINE_COLUMNS],
    rows,
    rowNumbers,
    problems,
    encoding: textOf(bytes).encoding
  };
}

export const timelinejs: ImportFormat<'timelinejs'> = {
  id: 'timelinejs',
  label: 'TimelineJS JSON',
  accept: ['.json'],
  kind: 'text',
  sniff: (bytes) => {
    if (!startsWithBrace(bytes)) return false;
    const j = jsonOf(bytes);
    return j.ok && timelineOf(j.doc) !== null;
  },
  read
};
