/**
 * Events as CSV without loss: one column per field of `EventRecord` (`./record.ts`), the lists
 * in the forms of `./columns.ts`, every text cell neutralised against formula injection
 * (`./neutralise.ts`). `readEventRow` reads a row of such a file back into the same event, so an
 * export imports again as it was.
 */
import type { AtlasEvent } from '$lib/model/atlas-data';
import { dayFromIso, type Calendar } from '$lib/time/days';
import type { Precision } from '$lib/time/format';
import { resolveSourceDate } from '$lib/time/source-date';
import {
  formatActors,
  formatCasualties,
  formatSources,
  joinProvenance,
  parseActors,
  parseCasualties,
  parseSources
} from './columns';
import { csvFile, type CellValue } from './csv-cell';
import { restore } from './neutralise';
import { eventRecord, RECORD_FIELDS, type EventRecord } from './record';

/** The columns of the export, in order. */
export const CSV_COLUMNS = RECORD_FIELDS;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

function cells(r: EventRecord): CellValue[] {
  const v: Partial<Record<CsvColumn, CellValue>> = {
    ...r,
    actors: formatActors(r.actors),
    actors_ru: r.actors_ru ? formatActors(r.actors_ru) : undefined,
    casualties: formatCasualties(r.casualties),
    sources: formatSources(r.sources)
  };
  return CSV_COLUMNS.map((c) => v[c]);
}

/** The events as a CSV file (UTF-8 with a byte order mark, CRLF lines). */
export function eventsToCsv(events: Iterable<AtlasEvent>): string {
  return csvFile(
    CSV_COLUMNS,
    (function* () {
      for (const e of events) yield cells(eventRecord(e));
    })()
  );
}

/** A field of a row that could not be read. */
export interface CellProblem {
  field: string;
  message: string;
}

const PRECISIONS: readonly Precision[] = ['day', 'month', 'season', 'year'];

function bool(cell: string): boolean | null {
  const v = cell.trim().toLowerCase();
  if (['true', 'yes', '1'].includes(v)) return true;
  if (['false', 'no', '0', ''].includes(v)) return false;
  return null;
}

/**
 * A row of an exported file (cells under `header`) back into its event, or the problems that
 * stop it. Every cell is `restore`d first. The New Style days are taken from `start_ns`/`end_ns` when they hold ISO days, else worked out from `date` and `calendar`.
 */
export function readEventRow(
  header: readonly string[],
  row: readonly string[]
): { event: AtlasEvent; problems: [] } | { event: null; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const index = new Map(header.map((h, i) => [h.trim(), i]));
  const get = (c: CsvColumn) => {
    const i = index.get(c);
    return i === undefined ? '' : restore(row[i] ?? '');
  };
  const fail = (field: string, message: string) => problems.push({ field, message });
  const text = (c: CsvColumn) => {
    const v = get(c);
    if (v.trim() === '') fail(c, 'is empty');
    return v;
  };
  const optional = (c: CsvColumn) => get(c) || undefined;
  const flag = (c: CsvColumn) => {
    const v = bool(get(c));
    if (v === null) fail(c, `"${get(c)}" is not true or false`);
    return v ?? false;
  };
  const number = (c: CsvColumn) => {
    const v = get(c).trim();
    const n = v === '' ? NaN : Number(v);
    if (!Number.isFinite(n)) fail(c, `"${v}" is not a number`);
    return n;
  };

  const calendarCell = get('calendar').trim();
  if (calendarCell !== 'julian' && calendarCell !== 'gregorian')
    fail('calendar', `"${calendarCell}" is not julian or gregorian`);
  const calendar = (calendarCell === 'julian' ? 'julian' : 'gregorian') as Calendar;
  const precision = get('precision').trim() as Precision;
  if (!PRECISIONS.includes(precision))
    fail('precision', `"${precision}" is not one of ${PRECISIONS.join(', ')}`);
  const date = text('date');
  const resolved = resolveSourceDate(date, calendar);
  const start =
    dayFromIso(get('start_ns').trim()) ?? (typeof resolved === 'string' ? null : resolved.start);
  const end =
    dayFromIso(get('end_ns').trim()) ?? (typeof resolved === 'string' ? null : resolved.end);
  if (start === null || end === null)
    fail('date', typeof resolved === 'string' ? resolved : 'has no days');

  const casualties = parseCasualties(get('casualties'));
  if (typeof casualties === 'string') fail('casualties', casualties);
  const sources = parseSources(get('sources'), calendar);
  if (typeof sources === 'string') fail('sources', sources);
  const file = get('file');
  const rowCell = get('row').trim();
  const fileRow = rowCell === '' ? null : Number(rowCell);
  if (file && !(Number.isSafeInteger(fileRow) && fileRow! > 0))
    fail('row', `"${rowCell}" is not the row of ${file}`);

  const event: AtlasEvent = {
    id: text('id'),
    title: text('title'),
    summary: get('summary'),
    type: text('type'),
    subtype: optional('subtype'),
    start: start ?? 0,
    end: end ?? 0,
    date,
    calendar,
    precision,
    approximate: flag('approximate'),
    place: text('place'),
    placeInferred: flag('place_inferred'),
    actors: parseActors(get('actors')),
    casualties: typeof casualties === 'string' ? [] : casualties,
    sources: joinProvenance({
      file,
      row: fileRow,
      sources: typeof sources === 'string' ? [] : sources
    }),
    note: optional('note'),
    titleRu: optional('title_ru'),
    summaryRu: optional('summary_ru'),
    actorsRu: get('actors_ru') ? parseActors(get('actors_ru')) : undefined,
    noteRu: optional('note_ru'),
    generalKnowledge: get('general_knowledge').trim() ? flag('general_knowledge') : undefined,
    lon: number('lon'),
    lat: number('lat'),
    dx: 0,
    dy: 0
  };
  if (problems.length) return { event: null, problems };
  for (const k of [
    'subtype',
    'note',
    'titleRu',
    'summaryRu',
    'actorsRu',
    'noteRu',
    'generalKnowledge'
  ] as const)
    if (event[k] === undefined) delete event[k];
  return { event, problems: [] };
}
