/**
 * Which column of an imported table holds what: the fields an import can fill, a first guess
 * from the header (the names other tools give their columns), adjustable by the user. Rows are
 * read with it by `read-row.ts`.
 */
import { dayOrderOf, type DayOrder } from './read-date';
import type { Calendar } from '$lib/time/days';

/** The fields an import can fill, and the column index (or -1) for each. */
export const IMPORT_FIELDS = [
  'date',
  'end',
  'title',
  'place',
  'lat',
  'lon',
  'type',
  'subtype',
  'summary',
  'calendar',
  'actors',
  'actors2',
  'toll',
  'precision',
  'approximate',
  'sources',
  'file',
  'row'
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The fields the mapping form shows first; the others are under "More fields". */
export const MAIN_FIELDS: readonly ImportField[] = [
  'date',
  'end',
  'title',
  'place',
  'lat',
  'lon',
  'type',
  'summary'
];

export interface ColumnMapping {
  columns: Record<ImportField, number>;
  /** Calendar of dates without a calendar column: Russian data before 1918 is often Old Style. */
  calendar: Calendar;
  /** Type for rows whose type is empty or unknown. */
  defaultType: string;
  /** How `01/02/1917` reads: day first (most of the world, ACLED) or month first (the USA). */
  dayOrder: DayOrder;
}

export interface RowProblem {
  /** 1-based row of the file (the header is row 1). */
  row: number;
  field: string;
  message: string;
  /** true: the row was dropped; false: kept with a fallback. */
  dropped: boolean;
  /** The cell as the file has it, where one cell is at fault. */
  value?: string;
}

/**
 * Header names per field, best first: a header matching an earlier pattern wins over one
 * matching a later one (ACLED's `event_date` over its `year`; a `date` over a `timestamp`).
 */
const GUESS: Record<ImportField, RegExp[]> = {
  date: [
    /^(date|start|start[ _]?date|begin|from|when|event[ _]?date|date[ _]?iso|дата|дата начала|начало)$/i,
    /^(point in time|pointintime|datetime|timestamp|time|date[ _]?time|inception)$/i,
    // kepler.gl's and others' qualified names: gps_timestamp, begintrip_timestamp_local, Date.normalized.
    /(^|[ _.])(date|timestamp|datetime)([ _.]|$)/i,
    /^(year|год)$/i
  ],
  end: [/^(end|end[ _]?date|until|to|finish|дата окончания|конец|окончание)$/i],
  title: [
    /^(title|name|event|headline|label|event[ _]?name|название|событие|заголовок)$/i,
    /^(itemlabel|item label|battlelabel)$/i
  ],
  place: [
    /^(place|city|town|location|locality|site|place[ _]?name|место|город|населенный пункт|населённый пункт)$/i,
    /^(placelabel|locationlabel|location name|admin3|admin2)$/i
  ],
  lat: [/^(lat|latitude|y|широта)$/i, /(^|[ _.])(lat|latitude)$/i],
  lon: [/^(lon|lng|long|longitude|x|долгота)$/i, /(^|[ _.])(lon|lng|long|longitude)$/i],
  type: [
    /^(type|event[ _]?type|category|kind|class|тип|категория)$/i,
    /^(instanceoflabel|disorder_type)$/i
  ],
  subtype: [/^(subtype|sub[ _]?event[ _]?type|sub[ _]?type|подтип)$/i],
  summary: [
    /^(summary|description|notes|details|text|описание|примечание|примечания)$/i,
    /^(comment|comments|desc|itemdescription)$/i
  ],
  calendar: [/^(calendar|style|календарь|стиль)$/i],
  actors: [/^(actors|actor|actor1|participants|участники)$/i],
  actors2: [/^(actor2)$/i],
  toll: [/^(toll|fatalities|deaths|killed|casualties|dead|погибшие|жертвы)$/i],
  precision: [/^(precision|date[ _]?precision)$/i],
  approximate: [/^(approximate|circa|approx)$/i],
  sources: [/^(sources|citations|источники)$/i],
  file: [/^(file|source[ _]?file)$/i],
  row: [/^(row|source[ _]?row)$/i]
};

function guessColumn(header: readonly string[], field: ImportField): number {
  for (const pattern of GUESS[field]) {
    const i = header.findIndex((h) => pattern.test(h.trim()));
    if (i >= 0) return i;
  }
  return -1;
}

/** The longitude beside a `pickup_lat`: `pickup_lng` (kepler.gl's pairs), else the first guess. */
function lonBeside(header: readonly string[], lat: number, guess: number): number {
  const prefix = /^(.*?)[ _.]?(lat|latitude)$/i.exec(header[lat]?.trim() ?? '')?.[1];
  if (!prefix) return guess;
  const i = header.findIndex((h) =>
    new RegExp(
      `^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ _.]?(lon|lng|long|longitude)$`,
      'i'
    ).test(h.trim())
  );
  return i >= 0 ? i : guess;
}

/** A first guess at the mapping from the header names (and the date style from a sample). */
export function guessMapping(
  header: readonly string[],
  sample: readonly (readonly string[])[] = []
): ColumnMapping {
  const columns = Object.fromEntries(
    IMPORT_FIELDS.map((f) => [f, guessColumn(header, f)])
  ) as Record<ImportField, number>;
  if (columns.lat >= 0) columns.lon = lonBeside(header, columns.lat, columns.lon);
  return {
    columns,
    calendar: 'gregorian',
    defaultType: 'demonstration',
    dayOrder: dayOrderOf(columns.date >= 0 ? sample.map((r) => r[columns.date] ?? '') : [])
  };
}
