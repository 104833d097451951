/**
 * One row of an imported table → an event, or the problems that stop it (and warnings for what
 * was patched), each naming its row, field and cell. A row that cannot be read is reported;
 * every other row is kept.
 */
import type { AtlasCasualty, AtlasCitation, AtlasEvent, AtlasPlace } from '$lib/model/atlas-data';
import { eventTypeInfo } from '$lib/model/event-types';
import type { Calendar } from '$lib/time/days';
import type { ColumnMapping, ImportField, RowProblem } from './mapping';
import { placeFinder, placeIndex } from './places';
import { readDateSpan } from './read-date';
import { typeFromCell } from './type-words';

/** Everything `readRow` needs besides the row. */
export interface RowContext {
  mapping: ColumnMapping;
  places: Map<string, AtlasPlace>;
  /** Finds a gazetteer name in a row's title or summary, for rows with no place or coordinates. */
  findPlace: ReturnType<typeof placeFinder>;
  layerId: string;
  fileName: string;
}

export function rowContext(
  mapping: ColumnMapping,
  places: readonly AtlasPlace[],
  layerId: string,
  fileName: string
): RowContext {
  const index = placeIndex(places);
  return { mapping, places: index, findPlace: placeFinder(index), layerId, fileName };
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
  const v = cell.trim().toLowerCase();
  if (/^(os|o\.s\.|julian|old style|ст\.? ?ст\.?|старый стиль)$/.test(v)) return 'julian';
  if (/^(ns|n\.s\.|gregorian|new style|н\.? ?ст\.?|новый стиль)$/.test(v)) return 'gregorian';
  return fallback;
}

const PRECISIONS = ['day', 'month', 'season', 'year'] as const;
const YES = /^(true|yes|y|1|да|x|✓)$/i;

/** Actors separated by `|` or `;` (two actor columns are joined). */
function actorsOf(...cells: string[]): string[] {
  return cells.flatMap((c) =>
    c
      .split(/\s*[|;]\s*/)
      .map((a) => a.trim())
      .filter(Boolean)
  );
}

/** Citations written `source:line` separated by spaces (as the atlas exports them), or null. */
function citationsOf(cell: string): AtlasCitation[] | null {
  const parts = cell.split(/\s+/).filter(Boolean);
  const out: AtlasCitation[] = [];
  for (const p of parts) {
    const m = /^(.+):(\d+)$/.exec(p);
    if (!m) return null;
    out.push({ source: m[1], line: Number(m[2]) });
  }
  return out;
}

export function readRow(
  cells: readonly string[],
  row: number,
  ctx: RowContext
): { event: AtlasEvent | null; problems: RowProblem[] } {
  const { columns, calendar: defaultCalendar, defaultType, dayOrder } = ctx.mapping;
  const get = (f: ImportField) => (columns[f] >= 0 ? (cells[columns[f]] ?? '').trim() : '');
  const problems: RowProblem[] = [];
  const warn = (field: string, message: string, value?: string) =>
    problems.push({ row, field, message, dropped: false, value });
  const fail = (field: string, message: string, value?: string) => {
    problems.push({ row, field, message, dropped: true, value });
    return { event: null, problems };
  };

  const calendar = calendarFromCell(get('calendar'), defaultCalendar);
  const dateCell = get('date');
  if (!dateCell && /^(title|era)$/i.test(get('type')))
    return fail(
      'date',
      `is empty: this is the ${get('type').toLowerCase()} slide of a timeline, not an event`
    );
  if (!dateCell)
    return fail('date', columns.date >= 0 ? 'is empty' : 'has no column chosen for it');
  const endCell = dateCell.includes('/') && /^\d{4}/.test(dateCell) ? '' : get('end');
  if (dateCell.length > 80 || endCell.length > 80)
    return fail(
      endCell.length > 80 ? 'end' : 'date',
      `${quote(dateCell.length > 80 ? dateCell : endCell)} is not a date`,
      dateCell.length > 80 ? dateCell : endCell
    );
  const date = readDateSpan(dateCell, endCell, calendar, dayOrder);
  if (typeof date === 'string')
    return fail(endCell ? 'date/end' : 'date', date, endCell ? `${dateCell}/${endCell}` : dateCell);
  if (date.warning) warn('date', date.warning, dateCell);

  let lon = NaN;
  let lat = NaN;
  let placeId = '';
  let placeName = get('place');
  let placeInferred = false;
  const latCell = get('lat');
  const lonCell = get('lon');
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
        `${quote(placeName)} is not in the gazetteer and the row has no coordinates`,
        placeName
      );
  }
  if (!Number.isFinite(lat)) {
    const found = ctx.findPlace(`${get('title')}\n${get('summary')}`);
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

  const typeCell = get('type');
  const subtypeCell = get('subtype');
  let type = typeFromCell(subtypeCell) ?? typeFromCell(typeCell);
  if (type === null) {
    const said = subtypeCell || typeCell;
    if (said)
      warn('type', `${quote(said)} is not a type the atlas knows; drawn as ${defaultType}`, said);
    type = defaultType;
  }

  const precisionCell = get('precision').toLowerCase();
  const precision = (PRECISIONS as readonly string[]).includes(precisionCell)
    ? (precisionCell as AtlasEvent['precision'])
    : date.precision;
  if (precisionCell && precision !== precisionCell)
    warn(
      'precision',
      `${quote(precisionCell)} is not day, month, season or year; read from the date`,
      precisionCell
    );

  const approximateCell = get('approximate');
  // EDTF's "uncertain" (`1918?`) has no field of its own: the date as written keeps the mark.
  const approximate = approximateCell
    ? YES.test(approximateCell)
    : date.approximate || date.uncertain;

  const casualties: AtlasCasualty[] = [];
  const tollCell = get('toll');
  if (tollCell) {
    const n = Number(tollCell.replace(/[\s,]/g, ''));
    if (Number.isInteger(n) && n >= 0) {
      if (n > 0)
        casualties.push({ count: n, kind: 'killed', source: `import:${ctx.fileName}`, line: row });
    } else {
      casualties.push({
        count: null,
        text: tollCell,
        kind: 'toll',
        source: `import:${ctx.fileName}`,
        line: row
      });
      warn('toll', `${quote(tollCell)} is not a number; kept as text`, tollCell);
    }
  }

  const file = get('file');
  const rowCell = get('row');
  const provenance: AtlasCitation = {
    source: `import:${file || ctx.fileName}`,
    line: file && /^\d+$/.test(rowCell) ? Number(rowCell) : row
  };
  const sourcesCell = get('sources');
  const cited = sourcesCell ? citationsOf(sourcesCell) : [];
  if (cited === null)
    warn('sources', `${quote(sourcesCell)} is not written source:line`, sourcesCell);
  // Citations the file gives (an atlas export's) are the event's; otherwise the file and row.
  const sources = cited?.length ? cited : [provenance];

  const title =
    get('title') ||
    `${subtypeCell || typeCell || eventTypeInfo(type).label} at ${placeName}, ${date.written}`;
  return {
    event: {
      id: `${ctx.layerId}-r${row}`,
      title,
      summary: get('summary'),
      type,
      ...(subtypeCell ? { subtype: subtypeCell } : {}),
      start: date.start,
      end: date.end,
      date: date.written,
      calendar: date.calendar,
      precision,
      approximate,
      place: placeId || placeName,
      placeInferred,
      actors: actorsOf(get('actors'), get('actors2')),
      casualties,
      sources,
      lon,
      lat,
      dx: 0,
      dy: 0
    },
    problems
  };
}
