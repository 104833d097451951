/**
 * The join: validated sources, places and events → the compact AtlasData the app loads. Events take
 * their place's point and a screen offset among the events sharing it; the data's version is a
 * hash of what it holds.
 */
import { createHash } from 'node:crypto';
import type {
  AtlasCitation,
  AtlasData,
  AtlasEvent,
  AtlasPlace,
  AtlasSource
} from '../../src/lib/model/atlas-data';
import { camelKeys } from '../../src/lib/model/camel-case';
import {
  citationSchema,
  placePropertiesSchema,
  type GeoCitation,
  type GeoEvent,
  type PlaceProperties
} from '../../src/lib/model/schema';
import { dayFromYmd } from '../../src/lib/time/days';
import { resolveSourceDate } from '../../src/lib/time/source-date';
import { geonamesIds, type GeonamesCity } from './geonames';
import type { CheckedEvent } from './validate-events';
import type { CheckedPlace } from './validate-places';
import type { CheckedSource } from './validate-sources';

/** Default slider span, widened if events fall outside it. */
const DOMAIN = { start: dayFromYmd(1905, 1, 1), end: dayFromYmd(1921, 12, 31) };

/** Coordinates to 5 decimals (about a metre). */
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

/** A source as the app cites it: without its text's file and line count. */
function compactSource({
  source: { file: _file, lines: _lines, ...s }
}: CheckedSource): AtlasSource {
  return s;
}

/**
 * The place properties shipped as the geodata gives them: every one the schema knows (extras such as
 * `anchor` stay behind) but the editors' `note`, and `from`/`to`, which become days.
 */
const PLACE_FIELDS = (Object.keys(placePropertiesSchema.shape) as (keyof PlaceProperties)[]).filter(
  (k): k is Exclude<keyof PlaceProperties, 'note' | 'from' | 'to'> =>
    k !== 'note' && k !== 'from' && k !== 'to'
);

/** `value`'s own fields named in `keys`, in that order. */
function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) if (Object.hasOwn(value, k)) out[k] = value[k];
  return out;
}

/** The place's shipped fields, camelCased, with its names and span in days and its point. */
function compactPlace(c: CheckedPlace): AtlasPlace {
  return {
    ...camelKeys(pick(c.properties, PLACE_FIELDS)),
    names: c.names,
    parent: c.properties.parent ?? undefined,
    lon: round(c.lon),
    lat: round(c.lat),
    from: c.from,
    to: c.to,
    isArea: c.isArea
  };
}

/**
 * An area or route as the fill and line layers draw it, with its span (open ends far out) and its
 * note, which the area's panel shows.
 */
function placeArea(c: CheckedPlace): GeoJSON.Feature | null {
  if (!c.isArea && c.geometry.type !== 'LineString') return null;
  const p = c.properties;
  return {
    type: 'Feature',
    id: p.id,
    geometry: c.geometry,
    properties: {
      id: p.id,
      kind: p.kind,
      name: c.names[c.names.length - 1].name,
      from: c.from ?? -1e6,
      to: c.to ?? 1e6,
      certainty: p.certainty,
      // What the area's outline means, as the area's panel says it, in both languages.
      ...(p.note ? { note: p.note } : {}),
      ...(p.note_ru ? { noteRu: p.note_ru } : {})
    }
  };
}

/** A citation's fields but its `id` (which becomes `source`), in the schema's order. */
const CITATION_FIELDS = (Object.keys(citationSchema.shape) as (keyof GeoCitation)[]).filter(
  (k): k is Exclude<keyof GeoCitation, 'id'> => k !== 'id'
);

/** A citation with its source's date resolved: in its own calendar, else the event's. */
function compactCitation(c: GeoCitation, calendar: GeoEvent['calendar']): AtlasCitation {
  const r = c.date === undefined ? undefined : resolveSourceDate(c.date, c.calendar ?? calendar);
  const resolved = r && typeof r !== 'string' ? { start: r.start, end: r.end } : {};
  const dated = { ...c, calendar: c.date ? (c.calendar ?? calendar) : undefined };
  return { source: c.id, ...pick(dated, CITATION_FIELDS), ...resolved };
}

/**
 * The event as the geodata gives it (camelCased), its dates as days, at its place's point. Its
 * fields keep the schema's order, which the data's version hash therefore depends on.
 */
function compactEvent({ event: e, start, end }: CheckedEvent, place: AtlasPlace): AtlasEvent {
  return {
    ...camelKeys(e),
    start,
    end,
    casualties: e.casualties.map((c) => ({ ...c, count: c.count ?? null })),
    sources: e.sources.map((c) => compactCitation(c, e.calendar)),
    lon: place.lon,
    lat: place.lat,
    dx: 0,
    dy: 0
  };
}

/**
 * The compact data. `places` in file order (of a repeated id, the last one at the first one's
 * position), with their GeoNames ids when `cities` are given (`./geonames.ts`); `cityAreas` after
 * the places' own areas. Events come out sorted by start, end, id.
 */
export function joinAtlas(
  sources: Map<string, CheckedSource>,
  places: CheckedPlace[],
  cityAreas: GeoJSON.Feature[],
  checked: CheckedEvent[],
  cities?: readonly GeonamesCity[]
): AtlasData {
  const byId = new Map<string, AtlasPlace>();
  for (const c of places) byId.set(c.properties.id, compactPlace(c));
  if (cities)
    for (const [id, geonames] of geonamesIds([...byId.values()], cities))
      byId.get(id)!.geonames = geonames;
  const areas = places.map(placeArea).filter((a) => a !== null);
  areas.push(...cityAreas);
  const events = checked.map((c) => compactEvent(c, byId.get(c.event.place)!));
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
  const body = JSON.stringify({ events, places: [...byId.values()], areas });
  const version = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return {
    version,
    builtFrom: 'geodata/',
    domain,
    sources: [...sources.values()].map(compactSource),
    places: [...byId.values()],
    events,
    areas: { type: 'FeatureCollection', features: areas }
  };
}
