/**
 * One row of an imported table → an event, or the problems that stop it (and warnings for what
 * was patched), each naming its row, field and cell. A row that cannot be read is reported;
 * every other row is kept.
 */
import type { AtlasCasualty, AtlasEvent, AtlasPlace } from '$lib/model/atlas-data';
import { EVENT_TYPE_IDS, eventTypeInfo } from '$lib/model/event-types';
import type { Calendar } from '$lib/time/days';
import type { ColumnMapping, RowProblem } from './mapping';
import { placeFinder, placeIndex } from './places';
import { readDateSpan, type DateRead, type DayOrder } from './read-date';
import { joinProvenance, parseActors, parseCasualties, parseSources } from '$lib/export/columns';
import { restore } from '$lib/export/neutralise';
import { dayFromIso } from '$lib/time/days';
import { typeFromCell, typeFromTitle } from './type-words';

/** Everything `readRow` needs besides the row. */
export interface RowContext {
  mapping: ColumnMapping;
  places: Map<string, AtlasPlace>;
  /** Finds a gazetteer name in a row's title or summary, for rows with no place or coordinates. */
  findPlace: ReturnType<typeof placeFinder>;
  layerId: string;
  fileName: string;
  /** The dates read so far: a file repeats its dates (each read anew if absent). */
  dates?: DateCache;
}

/**
 * `readDateSpan` remembered, by calendar, date cell and end cell: each distinct date of a file is
 * read once (up to `MAX_REMEMBERED` of them; later ones are read each time). Per calendar, one map
 * of date cells alone and one of date and end cells together, keyed by the date cell's length and
 * the two cells, which no other pair gives.
 */
class DateCache {
  private static readonly MAX_REMEMBERED = 100_000;
  private readonly reads = new Map<
    Calendar,
    { alone: Map<string, DateRead | string>; withEnd: Map<string, DateRead | string> }
  >();
  private size = 0;

  constructor(private readonly order: DayOrder) {}

  read(dateCell: string, endCell: string, calendar: Calendar): DateRead | string {
    let maps = this.reads.get(calendar);
    if (!maps) this.reads.set(calendar, (maps = { alone: new Map(), withEnd: new Map() }));
    const map = endCell ? maps.withEnd : maps.alone;
    const key = endCell ? `${dateCell.length}:${dateCell}${endCell}` : dateCell;
    let read = map.get(key);
    if (read === undefined) {
      read = readDateSpan(dateCell, endCell, calendar, this.order);
      if (this.size++ < DateCache.MAX_REMEMBERED) map.set(key, read);
    }
    return read;
  }
}

export function rowContext(
  mapping: ColumnMapping,
  places: readonly AtlasPlace[],
  layerId: string,
  fileName: string
): RowContext {
  const index = placeIndex(places);
  return {
    mapping,
    places: index,
    findPlace: placeFinder(index),
    layerId,
    fileName,
    dates: new DateCache(mapping.dayOrder)
  };
}

/** A cell quoted for a message, cut short if long. */
export function quote(cell: string): string {
  return `"${cell.length > 60 ? `${cell.slice(0, 60)}…` : cell}"`;
}

/** A decimal number with a point or a comma ("55.75", "55,75", "-1e-3"), or NaN. */
function coordinate(cell: string): number {
  const v = cell.replace(',', '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v) ? Number(v) : NaN;
}

function calendarFromCell(cell: string, fallback: Calendar): Calendar {
  if (!cell) return fallback;
  const v = cell.trim().toLowerCase();
  if (/^(os|o\.s\.|julian|old style|ст\.? ?ст\.?|старый стиль)$/.test(v)) return 'julian';
  if (/^(ns|n\.s\.|gregorian|new style|н\.? ?ст\.?|новый стиль)$/.test(v)) return 'gregorian';
  return fallback;
}

const PRECISIONS = ['day', 'month', 'season', 'year'] as const;
const YES = /^(true|yes|y|1|да|x|✓)$/i;

export function readRow(
  cells: readonly string[],
  row: number,
  ctx: RowContext
): { event: AtlasEvent | null; problems: RowProblem[] } {
  const { columns, calendar: defaultCalendar, defaultType } = ctx.mapping;
  // An atlas export (it has New Style day columns) is read exactly: its neutralised formula
  // text (`'=…`) restored, its texts untrimmed. Any other file's cells are read trimmed.
  const exact = columns.nsStart >= 0;
  // Cells by column index (`columns.date`, not `columns[f]`: a property named in the code is
  // read quickly, one looked up by a name in a variable is not, and a row reads ~30 of them).
  const cell = (i: number) => {
    const v = i >= 0 ? (cells[i] ?? '') : '';
    return exact ? restore(v) : v;
  };
  const get = (i: number) => cell(i).trim();
  const text = (i: number) => (exact ? cell(i) : get(i));
  const problems: RowProblem[] = [];
  const warn = (field: string, message: string, value?: string) =>
    problems.push({ row, field, message, dropped: false, value });
  const fail = (field: string, message: string, value?: string) => {
    problems.push({ row, field, message, dropped: true, value });
    return { event: null, problems };
  };

  const calendar = calendarFromCell(get(columns.calendar), defaultCalendar);
  const dateCell = get(columns.date);
  if (!dateCell && /^(title|era)$/i.test(get(columns.type)))
    return fail(
      'date',
      `is empty: this is the ${get(columns.type).toLowerCase()} slide of a timeline, not an event`
    );
  if (!dateCell)
    return fail('date', columns.date >= 0 ? 'is empty' : 'has no column chosen for it');
  const endCell = dateCell.includes('/') && /^\d{4}/.test(dateCell) ? '' : get(columns.end);
  if (dateCell.length > 80 || endCell.length > 80)
    return fail(
      endCell.length > 80 ? 'end' : 'date',
      `${quote(dateCell.length > 80 ? dateCell : endCell)} is not a date`,
      dateCell.length > 80 ? dateCell : endCell
    );
  const read = ctx.dates
    ? ctx.dates.read(dateCell, endCell, calendar)
    : readDateSpan(dateCell, endCell, calendar, ctx.mapping.dayOrder);
  if (typeof read === 'string')
    return fail(endCell ? 'date/end' : 'date', read, endCell ? `${dateCell}/${endCell}` : dateCell);
  if (read.warning) warn('date', read.warning, dateCell);
  // An atlas export carries the New Style days it drew (an approximate date's may be wider than
  // its written form), and its date exactly as written.
  const nsStart = dayFromIso(get(columns.nsStart));
  const nsEnd = dayFromIso(get(columns.nsEnd));
  const date =
    nsStart !== null && nsEnd !== null
      ? { ...read, start: nsStart, end: nsEnd, written: dateCell }
      : read;

  let lon = NaN;
  let lat = NaN;
  let placeId = '';
  // The name as written (an export's names keep their spaces), looked up trimmed.
  let placeName = get(columns.place) ? text(columns.place) : '';
  let placeInferred = false;
  const latCell = get(columns.lat);
  const lonCell = get(columns.lon);
  if (latCell || lonCell) {
    if (!latCell) return fail('lat', `is empty but lon is ${quote(lonCell)}`);
    if (!lonCell) return fail('lon', `is empty but lat is ${quote(latCell)}`);
    lat = coordinate(latCell);
    lon = coordinate(lonCell);
    if (!(lat >= -90 && lat <= 90))
      return fail('lat', `${quote(latCell)} is not a latitude`, latCell);
    if (!(lon >= -180 && lon <= 180))
      return fail('lon', `${quote(lonCell)} is not a longitude`, lonCell);
  }
  if (placeName) {
    const p = ctx.places.get(placeName.trim().toLowerCase());
    if (p) {
      placeId = p.id;
      if (!Number.isFinite(lat)) {
        lon = p.lon;
        lat = p.lat;
      }
    } else if (!Number.isFinite(lat))
      return fail(
        'place',
        `${quote(placeName)} is not in the gazetteer and the row has no coordinates`,
        placeName
      );
  }
  if (!Number.isFinite(lat)) {
    const found = ctx.findPlace(`${get(columns.title)}\n${get(columns.summary)}`);
    if (!found)
      return fail(
        'place',
        'has neither a place name nor coordinates, nor a known place in the title or text'
      );
    placeId = found.place.id;
    placeName = found.name;
    placeInferred = true;
    lon = found.place.lon;
    lat = found.place.lat;
    warn('place', `read from the text: ${quote(found.name)}`, found.name);
  }
  if (!placeName) placeName = `${lat.toFixed(3)}, ${lon.toFixed(3)}`;

  const typeCell = get(columns.type);
  const subtypeCell = get(columns.subtype);
  // An atlas type named as such wins; else the finer sub-type's word (ACLED's), then the type's.
  let type = (EVENT_TYPE_IDS as readonly string[]).includes(typeCell)
    ? typeCell
    : (typeFromCell(subtypeCell) ?? typeFromCell(typeCell));
  if (type === null) {
    const said = subtypeCell || typeCell;
    const fromTitle = said ? null : typeFromTitle(get(columns.title));
    if (fromTitle) {
      type = fromTitle.type;
      warn('type', `read from the title: ${quote(fromTitle.word)}`, fromTitle.word);
    } else {
      if (said)
        warn('type', `${quote(said)} is not a type the atlas knows; drawn as ${defaultType}`, said);
      type = defaultType;
    }
  }

  const precisionCell = get(columns.precision).toLowerCase();
  const precision = (PRECISIONS as readonly string[]).includes(precisionCell)
    ? (precisionCell as AtlasEvent['precision'])
    : date.precision;
  if (precisionCell && precision !== precisionCell)
    warn(
      'precision',
      `${quote(precisionCell)} is not day, month, season or year; read from the date`,
      precisionCell
    );

  const approximateCell = get(columns.approximate);
  // EDTF's "uncertain" (`1918?`) has no field of its own: the date as written keeps the mark.
  const approximate = approximateCell
    ? YES.test(approximateCell)
    : date.approximate || date.uncertain;

  let casualties: AtlasCasualty[] = [];
  const tollCell = get(columns.toll);
  if (/^[\d\s,]+$/.test(tollCell)) {
    // A bare count (ACLED's fatalities): that many killed; none for 0.
    const n = Number(tollCell.replace(/[\s,]/g, ''));
    if (n > 0)
      casualties = [{ count: n, kind: 'killed', source: `import:${ctx.fileName}`, line: row }];
  } else if (tollCell) {
    const parsed = parseCasualties(text(columns.toll));
    if (typeof parsed === 'string') {
      casualties = [
        { count: null, text: tollCell, kind: 'toll', source: `import:${ctx.fileName}`, line: row }
      ];
      warn('toll', `${parsed}; kept as text`, tollCell);
    } else casualties = parsed;
  }

  const sourcesCell = text(columns.sources);
  const parsedSources = sourcesCell.trim() ? parseSources(sourcesCell, date.calendar) : [];
  if (typeof parsedSources === 'string') warn('sources', parsedSources, sourcesCell);
  const cited = typeof parsedSources === 'string' ? [] : parsedSources;
  const rowCell = get(columns.row);
  const file = get(columns.file);
  // An atlas export says the original file and row itself (none for the atlas's own events);
  // other files' rows cite their own file and row, after any citations they give.
  const sources =
    columns.file >= 0 && columns.sources >= 0
      ? joinProvenance({
          file,
          row: /^\d+$/.test(rowCell) ? Number(rowCell) : null,
          sources: cited
        })
      : cited.length
        ? cited
        : [{ source: `import:${ctx.fileName}`, line: row }];

  const title =
    text(columns.title) ||
    `${subtypeCell || typeCell || eventTypeInfo(type).label} at ${placeName}, ${date.written}`;
  return {
    event: {
      id: `${ctx.layerId}-r${row}`,
      title,
      summary: text(columns.summary),
      type,
      ...(subtypeCell ? { subtype: text(columns.subtype) } : {}),
      start: date.start,
      end: date.end,
      date: date.written,
      calendar: date.calendar,
      precision,
      approximate,
      place: placeId || placeName,
      placeInferred: get(columns.placeInferred)
        ? YES.test(get(columns.placeInferred))
        : placeInferred,
      actors: [...parseActors(text(columns.actors)), ...parseActors(text(columns.actors2))],
      casualties,
      sources,
      ...(text(columns.note) ? { note: text(columns.note) } : {}),
      lon,
      lat,
      dx: 0,
      dy: 0
    },
    problems
  };
}
