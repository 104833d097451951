/**
 * Validates the geodata files and joins them into the compact AtlasData the app draws.
 * Pure: it takes file texts, never touches the disk, and reports every problem as
 * `file:line [id] field: message` instead of stopping at the first.
 */
import { createHash } from 'node:crypto';
import { parseDocument, isSeq, type Document } from 'yaml';
import type { z } from 'zod';
import {
  eventSchema,
  placeFeatureSchema,
  placeGeometrySchema,
  sourceSchema,
  type GeoEvent
} from '../../src/lib/model/schema';
import type {
  AtlasData,
  AtlasEvent,
  AtlasName,
  AtlasPlace,
  AtlasSource
} from '../../src/lib/model/atlas-data';
import { dayFromIso, dayFromYmd, isoFromDay } from '../../src/lib/time/days';
import { resolveSourceDate } from '../../src/lib/time/source-date';
import { inRegion } from '../../src/lib/map/region';

/** The files to validate, by path (relative to the repo, used in messages). */
export interface GeodataInput {
  sources: { path: string; text: string };
  places: { path: string; text: string };
  events: { path: string; text: string }[];
  /** Lectures (geodata/stories/*.md), validated by stories.ts against the data. */
  stories?: { path: string; text: string }[];
  /** City-scale layers (geodata/city/*.geojson); features with from_date/to_date join the timed areas. */
  cities?: { path: string; text: string }[];
  /**
   * The words on each line of each source text, by file name (from the committed fingerprints):
   * a citation must point to a line that exists and is not blank.
   */
  sourceLines?: Record<string, readonly number[]>;
}

export interface Problem {
  file: string;
  line?: number;
  id?: string;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}${p.id ? ` [${p.id}]` : ''} ${p.field}: ${p.message}`;
}

const EARLIEST = dayFromYmd(1850, 1, 1);
const LATEST = dayFromYmd(1950, 12, 31);
/** Default slider span, widened if events fall outside it. */
const DOMAIN = { start: dayFromYmd(1905, 1, 1), end: dayFromYmd(1921, 12, 31) };

function issuePath(path: PropertyKey[]): string {
  return path
    .map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`))
    .join('')
    .replace(/^\./, '');
}

function zodProblems(err: z.ZodError, base: Omit<Problem, 'field' | 'message'>): Problem[] {
  return err.issues.map((i) => {
    const path = issuePath(i.path);
    // An unknown key is named as the field (zod puts it in `keys`, not in the path).
    const keys = i.code === 'unrecognized_keys' ? i.keys.map(short).join(', ') : '';
    return {
      ...base,
      field: [path, keys].filter(Boolean).join('.') || '(row)',
      message: i.message
    };
  });
}

/** A value quoted in a message, cut short if long. */
function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** An id to name a row by in messages: the row's own id if it is text or a number, else `fallback`. */
function idOf(value: unknown, fallback: string): string {
  return typeof value === 'string' || typeof value === 'number' ? short(String(value)) : fallback;
}

/** The text of a property that should be text; objects and arrays are not. */
function textOf(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}

/** Offset in `text` → 1-based line, by binary search over the line starts (linear set-up). */
function lineFinder(text: string): (offset: number | undefined) => number | undefined {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    if (offset === undefined) return undefined;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Aliases one event may expand (a guard against "billion laughs" files). */
const MAX_ALIASES = 100;

interface ParsedEvent {
  file: string;
  line?: number;
  event: GeoEvent;
}

function parseEventFile(file: { path: string; text: string }, problems: Problem[]): ParsedEvent[] {
  const text = file.text.replace(/^\ufeff/, '');
  const lineOf = lineFinder(text);
  let doc: Document;
  try {
    // logLevel: odd input is reported as problems here, not as warnings on the console.
    doc = parseDocument(text, { prettyErrors: false, logLevel: 'error' });
  } catch (e) {
    problems.push({ file: file.path, field: '(file)', message: `cannot be read: ${String(e)}` });
    return [];
  }
  for (const e of doc.errors) {
    problems.push({
      file: file.path,
      line: lineOf(e.pos[0]),
      field: '(yaml)',
      message: short(e.message.split('\n')[0])
    });
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    if (!doc.errors.length)
      problems.push({
        file: file.path,
        line: 1,
        field: '(file)',
        message: 'must be a YAML list of events'
      });
    return [];
  }
  // Events are read one by one: a YAML error between the start of one and the start of the next
  // (reported above) drops only that one.
  const errorsAt = doc.errors.map((e) => e.pos[0]);
  const items = doc.contents.items as { range?: [number, number, number] }[];
  const out: ParsedEvent[] = [];
  items.forEach((node, index) => {
    const start = node.range?.[0] ?? 0;
    const next = items[index + 1]?.range?.[0] ?? Infinity;
    if (errorsAt.some((p) => p >= start && p < next)) return;
    const line = lineOf(node.range?.[0]);
    let raw: unknown;
    try {
      raw = (node as { toJS(doc: Document, o: object): unknown }).toJS(doc, {
        maxAliasCount: MAX_ALIASES
      });
    } catch (e) {
      // Too many aliases, or nested too deeply for the stack.
      problems.push({
        file: file.path,
        line,
        id: `#${index + 1}`,
        field: '(yaml)',
        message: `cannot be read: ${short((e as Error).message ?? String(e))}`
      });
      return;
    }
    const id = idOf((raw as { id?: unknown } | null)?.id, `#${index + 1}`);
    const parsed = eventSchema.safeParse(raw);
    if (!parsed.success) problems.push(...zodProblems(parsed.error, { file: file.path, line, id }));
    else out.push({ file: file.path, line, event: parsed.data });
  });
  return out;
}

/** Every [lon, lat, …] position of a geometry's coordinates, however deeply nested (no recursion). */
function allPositions(geometry: GeoJSON.Geometry): number[][] {
  const pts: number[][] = [];
  const stack: unknown[] = [(geometry as { coordinates?: unknown }).coordinates];
  while (stack.length) {
    const c = stack.pop();
    if (Array.isArray(c) && typeof c[0] === 'number') pts.push(c as number[]);
    else if (Array.isArray(c)) for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]);
  }
  return pts;
}

function centre(geometry: GeoJSON.Geometry): [number, number] {
  const pts = allPositions(geometry);
  const lon = pts.reduce((s, p) => s + p[0], 0) / pts.length;
  const lat = pts.reduce((s, p) => s + p[1], 0) / pts.length;
  return [lon, lat];
}

function parseJson(file: { path: string; text: string }, problems: Problem[]): unknown {
  try {
    return JSON.parse(file.text.replace(/^\ufeff/, ''));
  } catch (e) {
    problems.push({
      file: file.path,
      field: '(file)',
      message:
        e instanceof SyntaxError
          ? `is not valid JSON: ${short(e.message)}`
          : 'is nested too deeply to read'
    });
    return undefined;
  }
}

/** A source as citations are checked against it: its line count and words per line, if known. */
type CitedSource = AtlasSource & { lines?: number; words?: readonly number[] };

function checkSources(input: GeodataInput, problems: Problem[]): Map<string, CitedSource> {
  const file = input.sources.path;
  const raw = parseJson(input.sources, problems);
  const out = new Map<string, CitedSource>();
  if (raw === undefined) return out;
  if (!Array.isArray(raw)) {
    problems.push({ file, field: '(file)', message: 'must be a JSON array of sources' });
    return out;
  }
  raw.forEach((entry, i) => {
    const parsed = sourceSchema.safeParse(entry);
    if (!parsed.success) {
      const id = idOf((entry as { id?: unknown } | null)?.id, `#${i + 1}`);
      problems.push(...zodProblems(parsed.error, { file, id }));
      return;
    }
    const s = parsed.data;
    if (out.has(s.id)) problems.push({ file, id: s.id, field: 'id', message: 'is used twice' });
    const known = input.sourceLines;
    const words = known && Object.hasOwn(known, s.file) ? known[s.file] : undefined;
    const counted = words?.length;
    if (known && words === undefined) {
      problems.push({
        file,
        id: s.id,
        field: 'file',
        message: `${s.file} is not among the source texts`
      });
    }
    if (counted !== undefined && counted !== s.lines) {
      problems.push({
        file,
        id: s.id,
        field: 'lines',
        message: `says ${s.lines} but ${s.file} has ${counted} lines`
      });
    }
    out.set(s.id, {
      id: s.id,
      author: s.author,
      title: s.title,
      year: s.year,
      publisher: s.publisher,
      note: s.note,
      lines: counted ?? s.lines,
      words
    });
  });
  return out;
}

function checkNames(
  names: { name: string; ru?: string; from?: string; to?: string }[],
  base: Omit<Problem, 'field' | 'message'>,
  problems: Problem[]
): AtlasName[] {
  const out: AtlasName[] = [];
  names.forEach((n, i) => {
    const from = n.from === undefined ? undefined : dayFromIso(n.from);
    const to = n.to === undefined ? undefined : dayFromIso(n.to);
    if (from === null)
      problems.push({
        ...base,
        field: `names[${i}].from`,
        message: `"${n.from}" is not a real date`
      });
    if (to === null)
      problems.push({ ...base, field: `names[${i}].to`, message: `"${n.to}" is not a real date` });
    if (from != null && to != null && to <= from)
      problems.push({
        ...base,
        field: `names[${i}].to`,
        message: `${n.to} is not after from (${n.from})`
      });
    out.push({ name: n.name, ru: n.ru, from: from ?? undefined, to: to ?? undefined });
  });
  const sorted = out
    .map((n, i) => ({ ...n, i }))
    .sort((a, b) => (a.from ?? -Infinity) - (b.from ?? -Infinity));
  for (let k = 1; k < sorted.length; k++) {
    const prev = sorted[k - 1];
    const cur = sorted[k];
    if ((prev.to ?? Infinity) > (cur.from ?? -Infinity)) {
      problems.push({
        ...base,
        field: `names[${cur.i}]`,
        message: `"${cur.name}" overlaps the period of "${prev.name}"`
      });
    }
  }
  return out;
}

function checkPlaces(
  input: GeodataInput,
  problems: Problem[]
): { places: Map<string, AtlasPlace>; areas: GeoJSON.Feature[] } {
  const file = input.places.path;
  const places = new Map<string, AtlasPlace>();
  const areas: GeoJSON.Feature[] = [];
  const raw = parseJson(input.places, problems) as
    { type?: string; features?: unknown[] } | undefined;
  if (raw === undefined) return { places, areas };
  if (raw?.type !== 'FeatureCollection' || !Array.isArray(raw.features)) {
    problems.push({ file, field: '(file)', message: 'must be a GeoJSON FeatureCollection' });
    return { places, areas };
  }
  const parents: [string, string][] = [];
  raw.features.forEach((f, i) => {
    const rawId = (f as { properties?: { id?: unknown } } | null)?.properties?.id;
    const base = { file, line: undefined, id: idOf(rawId, `feature #${i + 1}`) };
    if (!(f as { geometry?: unknown })?.geometry) {
      problems.push({
        ...base,
        field: 'geometry',
        message: 'is missing: every place needs coordinates'
      });
      return;
    }
    const parsed = placeFeatureSchema.safeParse(f);
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, base));
      return;
    }
    const { geometry, properties: p } = parsed.data;
    if (places.has(p.id))
      problems.push({ ...base, field: 'properties.id', message: 'is used twice' });
    const fid = (f as { id?: unknown }).id;
    if (fid !== undefined && fid !== p.id)
      problems.push({
        ...base,
        field: 'id',
        message: `Feature id "${String(fid)}" differs from properties.id`
      });
    const outside = allPositions(geometry as GeoJSON.Geometry).find(
      ([lon, lat]) => !inRegion(lon, lat)
    );
    if (outside)
      problems.push({
        ...base,
        field: 'geometry',
        message: `[${outside[0]}, ${outside[1]}] lies outside the map's region`
      });
    const names = checkNames(p.names, base, problems);
    const from = p.from ? dayFromIso(p.from) : undefined;
    const to = p.to ? dayFromIso(p.to) : undefined;
    if (from === null)
      problems.push({
        ...base,
        field: 'properties.from',
        message: `"${p.from}" is not a real date`
      });
    if (to === null)
      problems.push({ ...base, field: 'properties.to', message: `"${p.to}" is not a real date` });
    if (from != null && to != null && to < from)
      problems.push({ ...base, field: 'properties.to', message: 'is before from' });
    if (p.parent) parents.push([p.id, p.parent]);
    const isArea = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
    const anchor = (p as { anchor?: unknown }).anchor;
    const goodAnchor =
      Array.isArray(anchor) &&
      anchor.length === 2 &&
      anchor.every((x) => typeof x === 'number' && Number.isFinite(x));
    if (anchor !== undefined && !goodAnchor)
      problems.push({ ...base, field: 'properties.anchor', message: 'must be [lon, lat]' });
    const [lon, lat] =
      geometry.type === 'Point'
        ? [geometry.coordinates[0], geometry.coordinates[1]]
        : goodAnchor
          ? (anchor as [number, number])
          : centre(geometry as GeoJSON.Geometry);
    places.set(p.id, {
      id: p.id,
      kind: p.kind,
      names,
      modern: p.modern,
      modernRu: p.modern_ru,
      aliases: p.aliases,
      certainty: p.certainty,
      uncertaintyKm: p.uncertainty_km,
      parent: p.parent ?? undefined,
      lon: round(lon),
      lat: round(lat),
      from: from ?? undefined,
      to: to ?? undefined,
      isArea
    });
    if (isArea || geometry.type === 'LineString') {
      areas.push({
        type: 'Feature',
        id: p.id,
        geometry: geometry as GeoJSON.Geometry,
        properties: {
          id: p.id,
          kind: p.kind,
          name: names[names.length - 1].name,
          from: from ?? -1e6,
          to: to ?? 1e6,
          certainty: p.certainty
        }
      });
    }
  });
  for (const [id, parent] of parents) {
    if (!places.has(parent))
      problems.push({
        file,
        id,
        field: 'properties.parent',
        message: `"${parent}" is not a place id`
      });
  }
  return { places, areas };
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

/** Pixel offsets on a sunflower spiral, so that events at one place spread around it. */
export function spreadOffset(index: number, spacing = 7): [number, number] {
  if (index === 0) return [0, 0];
  const r = spacing * Math.sqrt(index);
  const a = index * 2.399963229728653; // golden angle
  return [Math.round(r * Math.cos(a) * 10) / 10, Math.round(r * Math.sin(a) * 10) / 10];
}

function checkCitation(
  c: { id: string; line?: number },
  field: string,
  base: Omit<Problem, 'field' | 'message'>,
  sources: Map<string, CitedSource>,
  problems: Problem[]
): void {
  const s = sources.get(c.id);
  if (!s) {
    problems.push({ ...base, field, message: `"${c.id}" is not in sources.json` });
    return;
  }
  if (c.line !== undefined && s.lines !== undefined && c.line > s.lines) {
    problems.push({
      ...base,
      field: `${field.replace(/\.(id|source)$/, '')}.line`,
      message: `${c.line} is beyond the end of ${c.id} (${s.lines} lines)`
    });
  } else if (c.line !== undefined && s.words?.[c.line - 1] === 0) {
    problems.push({
      ...base,
      field: `${field.replace(/\.(id|source)$/, '')}.line`,
      message: `${c.line} is a blank line of ${c.id}`
    });
  }
}

/** Timed features of the city layers (the ice and the assault routes of March 1921) become areas. */
function checkCities(input: GeodataInput, problems: Problem[]): GeoJSON.Feature[] {
  const out: GeoJSON.Feature[] = [];
  for (const file of input.cities ?? []) {
    const raw = parseJson(file, problems) as GeoJSON.FeatureCollection | undefined;
    if (raw === undefined) continue;
    if (raw?.type !== 'FeatureCollection' || !Array.isArray(raw.features)) {
      problems.push({
        file: file.path,
        field: '(file)',
        message: 'must be a GeoJSON FeatureCollection'
      });
      continue;
    }
    raw.features.forEach((f: unknown, i) => {
      const feature = (typeof f === 'object' && f !== null ? f : {}) as {
        id?: unknown;
        geometry?: unknown;
        properties?: unknown;
      };
      const props = feature.properties;
      const p = (typeof props === 'object' && props !== null ? props : {}) as Record<
        string,
        unknown
      >;
      const id = idOf(feature.id, idOf(p.id, `feature #${i + 1}`));
      const base = { file: file.path, id };
      if (!feature.geometry) {
        problems.push({ ...base, field: 'geometry', message: 'is missing' });
        return;
      }
      const parsed = placeGeometrySchema.safeParse(feature.geometry);
      if (!parsed.success) {
        problems.push(
          ...zodProblems(parsed.error, base).map((q) => ({
            ...q,
            field: q.field === '(row)' ? 'geometry' : `geometry.${q.field}`
          }))
        );
        return;
      }
      const geometry = parsed.data as GeoJSON.Geometry;
      const outside = allPositions(geometry).find(([lon, lat]) => !inRegion(lon, lat));
      if (outside)
        problems.push({
          ...base,
          field: 'geometry',
          message: `[${outside[0]}, ${outside[1]}] lies outside the map's region`
        });
      if (p.from_date === undefined && p.to_date === undefined) return;
      const fromText = textOf(p.from_date) ?? '';
      const toText = textOf(p.to_date) ?? '';
      const from = dayFromIso(fromText);
      const to = dayFromIso(toText);
      if (from === null)
        problems.push({
          ...base,
          field: 'properties.from_date',
          message: `"${short(fromText)}" is not a real date`
        });
      if (to === null)
        problems.push({
          ...base,
          field: 'properties.to_date',
          message: `"${short(toText)}" is not a real date`
        });
      if (from === null || to === null) return;
      if (to < from)
        problems.push({ ...base, field: 'properties.to_date', message: 'is before from_date' });
      out.push({
        type: 'Feature',
        id,
        geometry,
        properties: {
          id,
          kind: p.layer === 'route' ? 'route' : (textOf(p.layer) ?? 'area'),
          name: textOf(p.name),
          from,
          to,
          certainty: textOf(p.certainty) ?? 'approximate'
        }
      });
    });
  }
  return out;
}

export interface ValidationResult {
  problems: Problem[];
  data: AtlasData;
}

/** Validates every file and builds the AtlasData. The data is usable only if `problems` is empty. */
export function validateGeodata(input: GeodataInput): ValidationResult {
  const problems: Problem[] = [];
  const sources = checkSources(input, problems);
  const { places, areas: placeAreas } = checkPlaces(input, problems);
  const areas = [...placeAreas, ...checkCities(input, problems)];
  const parsed = input.events.flatMap((f) => parseEventFile(f, problems));
  const seen = new Map<string, string>();
  const events: AtlasEvent[] = [];

  for (const { file, line, event: e } of parsed) {
    const base = { file, line, id: e.id };
    const where = `${file}${line ? `:${line}` : ''}`;
    if (seen.has(e.id))
      problems.push({ ...base, field: 'id', message: `is used twice (also at ${seen.get(e.id)})` });
    seen.set(e.id, where);

    const place = places.get(e.place);
    if (!place)
      problems.push({ ...base, field: 'place', message: `"${e.place}" is not in places.geojson` });

    const span = resolveSourceDate(e.date, e.calendar);
    const start = dayFromIso(e.start);
    const end = dayFromIso(e.end);
    if (start === null)
      problems.push({ ...base, field: 'start', message: `"${e.start}" is not a real date` });
    if (end === null)
      problems.push({ ...base, field: 'end', message: `"${e.end}" is not a real date` });
    if (start !== null && end !== null && end < start)
      problems.push({ ...base, field: 'end', message: `${e.end} is before start ${e.start}` });
    for (const [field, d] of [
      ['start', start],
      ['end', end]
    ] as const) {
      if (d !== null && (d < EARLIEST || d > LATEST))
        problems.push({ ...base, field, message: `${isoFromDay(d)} is outside 1850–1950` });
    }
    if (typeof span === 'string') problems.push({ ...base, field: 'date', message: span });
    else {
      if (start !== null && start !== span.start)
        problems.push({
          ...base,
          field: 'start',
          message: `${e.start} does not match date ${e.date} (${e.calendar}): expected ${isoFromDay(span.start)}`
        });
      if (end !== null && end !== span.end)
        problems.push({
          ...base,
          field: 'end',
          message: `${e.end} does not match date ${e.date} (${e.calendar}): expected ${isoFromDay(span.end)}`
        });
      if (e.precision === 'day' && !/^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/.test(e.date)) {
        problems.push({
          ...base,
          field: 'precision',
          message: `is "day" but date ${e.date} is not given to the day`
        });
      }
    }

    e.sources.forEach((c, i) => {
      checkCitation(c, `sources[${i}].id`, base, sources, problems);
      if (c.date !== undefined) {
        const r = resolveSourceDate(c.date, c.calendar ?? e.calendar);
        if (typeof r === 'string')
          problems.push({ ...base, field: `sources[${i}].date`, message: r });
      }
    });
    e.casualties.forEach((c, i) =>
      checkCitation(
        { id: c.source, line: c.line },
        `casualties[${i}].source`,
        base,
        sources,
        problems
      )
    );

    if (!place || start === null || end === null) continue;
    events.push({
      id: e.id,
      title: e.title,
      summary: e.summary,
      type: e.type,
      subtype: e.subtype,
      start,
      end,
      date: e.date,
      calendar: e.calendar,
      precision: e.precision,
      approximate: e.approximate,
      place: e.place,
      placeInferred: e.place_inferred,
      actors: e.actors,
      casualties: e.casualties.map((c) => ({ ...c, count: c.count ?? null })),
      sources: e.sources.map((c) => {
        const r =
          c.date === undefined ? undefined : resolveSourceDate(c.date, c.calendar ?? e.calendar);
        const resolved = r && typeof r !== 'string' ? { start: r.start, end: r.end } : {};
        return {
          source: c.id,
          line: c.line,
          date: c.date,
          calendar: c.date ? (c.calendar ?? e.calendar) : undefined,
          note: c.note,
          ...resolved
        };
      }),
      note: e.note,
      lon: place.lon,
      lat: place.lat,
      dx: 0,
      dy: 0
    });
  }

  events.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
  const perPlace = new Map<string, number>();
  for (const ev of events) {
    const k = perPlace.get(ev.place) ?? 0;
    perPlace.set(ev.place, k + 1);
    [ev.dx, ev.dy] = spreadOffset(k);
  }

  // A loop, not Math.min(...events): spreading a huge list overflows the stack.
  const domain = { ...DOMAIN };
  for (const e of events) {
    domain.start = Math.min(domain.start, e.start);
    domain.end = Math.max(domain.end, e.end);
  }
  const body = JSON.stringify({ events, places: [...places.values()], areas });
  const version = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const data: AtlasData = {
    version,
    builtFrom: 'geodata/',
    domain,
    sources: [...sources.values()].map(({ lines: _lines, words: _words, ...s }) => s),
    places: [...places.values()],
    events,
    areas: { type: 'FeatureCollection', features: areas }
  };
  // A message quotes what it found; a huge value is cut short.
  for (const p of problems) if (p.message.length > 300) p.message = `${p.message.slice(0, 300)}…`;
  return { problems, data };
}
