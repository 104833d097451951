/**
 * From imported rows to events: which column holds what (guessed from the header, adjustable by
 * the user), then each row read into an event or a problem naming its row and field. A row that
 * cannot be read is reported; every other row is kept.
 */
import type { AtlasEvent, AtlasPlace } from '$lib/model/atlas-data';
import { EVENT_TYPES, EVENT_TYPE_IDS } from '$lib/model/event-types';
import type { Calendar } from '$lib/time/days';
import { resolveSourceDate } from '$lib/time/source-date';

/** The fields an import can fill, and the column index (or -1) for each. */
export const IMPORT_FIELDS = [
  'date',
  'end',
  'title',
  'place',
  'lat',
  'lon',
  'type',
  'summary',
  'calendar'
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export interface ColumnMapping {
  columns: Record<ImportField, number>;
  /** Calendar of dates without a calendar column: Russian data before 1918 is often Old Style. */
  calendar: Calendar;
  /** Type for rows whose type is empty or unknown. */
  defaultType: string;
}

export interface RowProblem {
  /** 1-based row of the file (the header is row 1). */
  row: number;
  field: string;
  message: string;
  /** true: the row was dropped; false: kept with a fallback. */
  dropped: boolean;
}

const GUESS: Record<ImportField, RegExp> = {
  date: /^(date|start|start_date|begin|from|when|event_date|дата|дата начала|начало)$/i,
  end: /^(end|end_date|until|to|finish|дата окончания|конец)$/i,
  title: /^(title|name|event|headline|label|название|событие|заголовок)$/i,
  place:
    /^(place|city|town|location|locality|site|место|город|населенный пункт|населённый пункт)$/i,
  lat: /^(lat|latitude|y|широта)$/i,
  lon: /^(lon|lng|long|longitude|x|долгота)$/i,
  type: /^(type|event_type|category|kind|class|тип|категория)$/i,
  summary: /^(summary|description|notes|details|text|описание|примечание)$/i,
  calendar: /^(calendar|style|календарь|стиль)$/i
};

/** A first guess at the mapping from the header names. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const columns = Object.fromEntries(
    IMPORT_FIELDS.map((f) => [f, header.findIndex((h) => GUESS[f].test(h.trim()))])
  ) as Record<ImportField, number>;
  return { columns, calendar: 'gregorian', defaultType: 'demonstration' };
}

const TYPE_WORDS: Record<string, string> = {
  uprising: 'rising',
  revolt: 'rising',
  insurrection: 'rising',
  mutiny: 'rising',
  rebellion: 'rising',
  восстание: 'rising',
  мятеж: 'rising',
  забастовка: 'strike',
  стачка: 'strike',
  'general strike': 'strike',
  protest: 'demonstration',
  march: 'demonstration',
  rally: 'demonstration',
  demonstration: 'demonstration',
  демонстрация: 'demonstration',
  arrest: 'repression',
  execution: 'repression',
  raid: 'repression',
  shooting: 'repression',
  репрессии: 'repression',
  арест: 'repression',
  расстрел: 'repression',
  fighting: 'battle',
  'armed clash': 'battle',
  бой: 'battle',
  conference: 'congress',
  съезд: 'congress',
  конференция: 'congress',
  decree: 'decree',
  декрет: 'decree',
  выборы: 'election',
  founded: 'founding',
  основание: 'founding'
};

/** The event type a cell names (id, label or a common word in English or Russian), or null. */
export function typeFromCell(cell: string): string | null {
  const v = cell.trim().toLowerCase();
  if (!v) return null;
  if ((EVENT_TYPE_IDS as readonly string[]).includes(v)) return v;
  const byLabel = EVENT_TYPES.find((t) => t.label.toLowerCase() === v);
  if (byLabel) return byLabel.id;
  return Object.hasOwn(TYPE_WORDS, v) ? TYPE_WORDS[v] : null;
}

/** Date cells to the ISO-like form `resolveSourceDate` reads: DD.MM.YYYY and YYYY/MM/DD too. */
export function normaliseDate(cell: string): string {
  const v = cell.trim();
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  if (dmy) return `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
  const ymd = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(v);
  if (ymd) return `${ymd[1]}-${ymd[2].padStart(2, '0')}-${ymd[3].padStart(2, '0')}`;
  return v;
}

function calendarFromCell(cell: string | undefined, fallback: Calendar): Calendar {
  const v = (cell ?? '').trim().toLowerCase();
  if (/^(os|o\.s\.|julian|old style|ст\.? ?ст\.?|старый стиль)$/.test(v)) return 'julian';
  if (/^(ns|n\.s\.|gregorian|new style|н\.? ?ст\.?|новый стиль)$/.test(v)) return 'gregorian';
  return fallback;
}

/** Lower-cased names (every period, Cyrillic, modern, aliases) → place, for matching place cells. */
export function placeIndex(places: readonly AtlasPlace[]): Map<string, AtlasPlace> {
  const index = new Map<string, AtlasPlace>();
  const add = (name: string | undefined, p: AtlasPlace) => {
    if (name && !index.has(name.toLowerCase())) index.set(name.toLowerCase(), p);
  };
  for (const p of places) {
    add(p.id, p);
    for (const n of p.names) {
      add(n.name, p);
      add(n.ru, p);
    }
    add(p.modern, p);
    add(p.modernRu, p);
    p.aliases.forEach((a) => add(a, p));
  }
  return index;
}

/** A cell quoted for a message, cut short if long. */
function quote(cell: string): string {
  return `"${cell.length > 60 ? `${cell.slice(0, 60)}…` : cell}"`;
}

/** A decimal number with a point or a comma ("55.75", "55,75", "-1e-3"), or NaN. */
function coordinate(cell: string): number {
  const v = cell.replace(',', '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v) ? Number(v) : NaN;
}

/** Everything `readRow` needs besides the row. */
export interface RowContext {
  mapping: ColumnMapping;
  places: Map<string, AtlasPlace>;
  layerId: string;
  fileName: string;
}

/** One row → an event, or the problems that stop it (and warnings for what was patched). */
export function readRow(
  cells: readonly string[],
  row: number,
  ctx: RowContext
): { event: AtlasEvent | null; problems: RowProblem[] } {
  const { columns, calendar: defaultCalendar, defaultType } = ctx.mapping;
  const get = (f: ImportField) => (columns[f] >= 0 ? (cells[columns[f]] ?? '').trim() : '');
  const problems: RowProblem[] = [];
  const fail = (field: string, message: string) => {
    problems.push({ row, field, message, dropped: true });
    return { event: null, problems };
  };

  const calendar = calendarFromCell(get('calendar'), defaultCalendar);
  const dateCell = get('date');
  if (!dateCell) return fail('date', columns.date >= 0 ? 'is empty' : 'has no column mapped to it');
  const endCell = get('end');
  if (dateCell.length > 40 || endCell.length > 40)
    return fail(
      endCell.length > 40 ? 'end' : 'date',
      `${quote(dateCell.length > 40 ? dateCell : endCell)} is not a date`
    );
  const written = endCell
    ? `${normaliseDate(dateCell)}/${normaliseDate(endCell)}`
    : normaliseDate(dateCell);
  const span = resolveSourceDate(written, calendar);
  if (typeof span === 'string') return fail(endCell ? 'date/end' : 'date', span);

  let lon = NaN;
  let lat = NaN;
  let placeId = '';
  let placeName = get('place');
  const latCell = get('lat');
  const lonCell = get('lon');
  if (latCell || lonCell) {
    if (!latCell) return fail('lat', `is empty but lon is ${quote(lonCell)}`);
    if (!lonCell) return fail('lon', `is empty but lat is ${quote(latCell)}`);
    lat = coordinate(latCell);
    lon = coordinate(lonCell);
    if (!(lat >= -90 && lat <= 90)) return fail('lat', `${quote(latCell)} is not a latitude`);
    if (!(lon >= -180 && lon <= 180)) return fail('lon', `${quote(lonCell)} is not a longitude`);
  }
  if (placeName) {
    const p = ctx.places.get(placeName.toLowerCase());
    if (p) {
      placeId = p.id;
      if (!Number.isFinite(lat)) {
        lon = p.lon;
        lat = p.lat;
      }
    } else if (!Number.isFinite(lat))
      return fail(
        'place',
        `${quote(placeName)} is not in the gazetteer and the row has no coordinates`
      );
  }
  if (!Number.isFinite(lat)) return fail('place', 'has neither a place name nor coordinates');
  if (!placeName) placeName = `${lat.toFixed(3)}, ${lon.toFixed(3)}`;

  let type = typeFromCell(get('type'));
  if (type === null) {
    if (get('type'))
      problems.push({
        row,
        field: 'type',
        message: `${quote(get('type'))} is not a known type; drawn as ${defaultType}`,
        dropped: false
      });
    type = defaultType;
  }
  const precision = /^\d{4}$/.test(normaliseDate(dateCell))
    ? 'year'
    : /^\d{4}-\d{2}$/.test(normaliseDate(dateCell))
      ? 'month'
      : 'day';
  const title =
    get('title') || `${EVENT_TYPES.find((t) => t.id === type)?.label ?? type} at ${placeName}`;
  return {
    event: {
      id: `${ctx.layerId}-r${row}`,
      title,
      summary: get('summary'),
      type,
      start: span.start,
      end: span.end,
      date: written,
      calendar,
      precision,
      approximate: false,
      place: placeId || placeName,
      placeInferred: false,
      actors: [],
      casualties: [],
      sources: [{ source: `import:${ctx.fileName}`, line: row }],
      lon,
      lat,
      dx: 0,
      dy: 0
    },
    problems
  };
}
