/**
 * Linked Places Format (LPF, https://github.com/LinkedPasts/linked-places-format): GeoJSON-LD
 * whose features carry `when` (timespans with `start`/`end` of `in`, `earliest` or `latest`, and
 * named periods), `names` (toponyms) and `types`. Read as GeoJSON (`featureTable`), with `start`
 * and `end` columns from `when`: the earliest start and the latest end over the feature's
 * timespans (its geometries' when it has none of its own), reported when several were merged.
 */
import type { RowProblem } from '../mapping';
import type { ImportFormat, Table } from './format';
import { featuresIn, featuresOf, featureTable, type ExtraColumns } from './geojson';
import { isObject, jsonOf, startsWithBrace, textOf } from './text';

type Bound = 'in' | 'earliest' | 'latest';

/** A timespan's start or end: an object of `in`/`earliest`/`latest`, or (in places) a string. */
function bound(v: unknown, order: readonly Bound[]): string | null {
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (!isObject(v)) return null;
  for (const k of order) {
    const x = v[k];
    if ((typeof x === 'string' || typeof x === 'number') && String(x).trim())
      return String(x).trim();
  }
  return null;
}

/**
 * A sortable key for an ISO 8601 date (a year of any sign and length, then month and day; EDTF
 * marks such as `~` or `?` after it are ignored), taking a missing month or day as the first
 * (`start`) or last (`end`) one. null if it does not start with a year.
 */
export function dateKey(s: string, edge: 'start' | 'end'): number | null {
  const m = /^\s*([+-]?\d{1,6})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(s);
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : edge === 'start' ? 1 : 12;
  const day = m[3] ? Number(m[3]) : edge === 'start' ? 1 : 31;
  return Number(m[1]) * 10_000 + month * 100 + day;
}

/** The timespans of a `when`. */
const timespans = (when: unknown): unknown[] =>
  isObject(when) && Array.isArray(when.timespans) ? when.timespans : [];

/** The feature's timespans: its own, else those of its geometry and the geometry's parts. */
function spansOf(f: Record<string, unknown>): unknown[] {
  const own = timespans(f.when);
  if (own.length) return own;
  const g = f.geometry;
  if (!isObject(g)) return [];
  const parts = Array.isArray(g.geometries) ? g.geometries : [];
  return [g, ...parts].flatMap((p) => (isObject(p) ? timespans(p.when) : []));
}

/** The value with the smallest (`start`) or largest (`end`) date key; the first if none has one. */
function extreme(values: string[], edge: 'start' | 'end'): string {
  let best = values[0] ?? '';
  let bestKey: number | null = null;
  for (const v of values) {
    const k = dateKey(v, edge);
    if (k !== null && (bestKey === null || (edge === 'start' ? k < bestKey : k > bestKey))) {
      best = v;
      bestKey = k;
    }
  }
  return best;
}

/** The start and end a feature's timespans come to. */
export function span(spans: readonly unknown[]): { start: string; end: string } {
  const starts: string[] = [];
  const ends: string[] = [];
  for (const s of spans) {
    if (!isObject(s)) continue;
    const start = bound(s.start, ['in', 'earliest', 'latest']);
    // A timespan without an end is the interval its start describes.
    const end =
      bound(s.end, ['in', 'latest', 'earliest']) ?? bound(s.start, ['latest', 'in', 'earliest']);
    if (start) starts.push(start);
    if (end) ends.push(end);
  }
  const start = extreme(starts, 'start');
  const end = extreme(ends, 'end');
  return { start, end: end === start ? '' : end };
}

/** Labels of a list of objects (or one object), by the first key each has. */
function labels(v: unknown, keys: readonly string[]): string {
  const list = Array.isArray(v) ? v : isObject(v) ? [v] : [];
  const out: string[] = [];
  for (const x of list) {
    if (typeof x === 'string') out.push(x);
    else if (isObject(x)) {
      const k = keys.find((key) => typeof x[key] === 'string' && x[key]);
      if (k) out.push(x[k] as string);
    }
  }
  return [...new Set(out)].join('; ');
}

/** What LPF adds to GeoJSON's columns: name, and the feature's value. */
const EXTRAS: [string, (f: Record<string, unknown>) => string][] = [
  ['id', (f) => (typeof f['@id'] === 'string' ? f['@id'] : typeof f.id === 'string' ? f.id : '')],
  ['names', (f) => labels(f.names ?? f.namings, ['toponym'])],
  ['types', (f) => labels(f.types ?? f.placetypes, ['label', 'identifier'])],
  ['periods', (f) => labels(isObject(f.when) ? f.when.periods : null, ['name', 'label'])],
  ['description', (f) => labels(f.descriptions, ['value'])]
];

/** The extra columns these features have: `start`/`end` if any has a timespan, and the rest if any has them. */
function extraColumns(features: unknown[]): ExtraColumns {
  const objects = features.filter(isObject);
  const propertyKeys = new Set(
    objects.flatMap((f) => (isObject(f.properties) ? Object.keys(f.properties) : []))
  );
  // A column is renamed rather than hide a property of the same name.
  const free = (name: string) => {
    let n = name;
    while (propertyKeys.has(n)) n = `when ${n}`;
    return n;
  };
  const dated = objects.some((f) => spansOf(f).length > 0);
  const present = EXTRAS.filter(([, get]) => objects.some((f) => get(f) !== ''));
  const startName = free('start');
  const endName = free('end');
  const names = [...(dated ? [startName, endName] : []), ...present.map(([name]) => free(name))];
  return {
    names,
    fields: dated ? { date: startName, end: endName } : {},
    cells(f: Record<string, unknown>, row: number, problems: RowProblem[]): string[] {
      const out: string[] = [];
      if (dated) {
        const spans = spansOf(f);
        const { start, end } = span(spans);
        if (spans.length > 1)
          problems.push({
            row,
            field: 'when',
            message: `feature ${row - 1} has ${spans.length} timespans; the earliest start (${start || 'none'}) and the latest end (${end || start || 'none'}) are used`,
            dropped: false
          });
        out.push(start, end);
      }
      for (const [, get] of present) out.push(get(f));
      return out;
    }
  };
}

/**
 * The document says it is Linked Places (its JSON-LD context), or its features have `when` or
 * `names` (`namings` in some exports).
 */
function isLpf(doc: unknown): boolean {
  const features = featuresIn(doc);
  if (!features || !isObject(doc)) return false;
  const context = doc['@context'];
  const urls = typeof context === 'string' ? [context] : Array.isArray(context) ? context : [];
  if (urls.some((u) => typeof u === 'string' && /linked-?places|linkedpasts/i.test(u))) return true;
  return features.some(
    (f) => isObject(f) && (isObject(f.when) || Array.isArray(f.names) || Array.isArray(f.namings))
  );
}

function read(bytes: Uint8Array, name: string): Table {
  const features = featuresOf(bytes, name);
  return {
    ...featureTable(features, name, extraColumns(features)),
    encoding: textOf(bytes).encoding
  };
}

export const lpf: ImportFormat<'lpf'> = {
  id: 'lpf',
  label: 'Linked Places (LPF)',
  accept: ['.jsonld'],
  kind: 'text',
  sniff: (bytes) => {
    if (!startsWithBrace(bytes)) return false;
    const j = jsonOf(bytes);
    return j.ok && isLpf(j.doc);
  },
  read
};
