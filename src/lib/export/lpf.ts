/**
 * Linked Places Format (LPF, https://github.com/LinkedPasts/linked-places-format): the places of
 * the events, each with what makes the atlas's gazetteer worth linking, its names over time, and
 * the events attested there. LPF describes places, not events, so an event is not a feature: a
 * place is one, and its events are
 *
 * - its `when`: the New Style span of each event there, the time in which the atlas attests it;
 * - `properties.events`: each event in full (`EventRecord`, as in the CSV and GeoJSON exports),
 *   where the format lets a contributor put data of its own.
 *
 * A place of the gazetteer carries its names with the spans in which they were used (`names[].when`,
 * in English and Russian, and its other spellings), its kind as a Getty AAT type and a GeoNames
 * feature class (`fclasses`, required since LPF 1.3), its point or area with how sure it is
 * (`certainty`), its parent place as a `gvp:broaderPartitive` relation, and its GeoNames city as a
 * `closeMatch` link. A place an import named but the gazetteer does not know is a feature of its
 * own, at the imported point. Checked against World Historical Gazetteer's LPF schemas in
 * `lpf.test.ts` (see README.md).
 */
import type { AtlasEvent, AtlasName, AtlasPlace } from '$lib/model/atlas-data';
import { nameAt } from '$lib/model/names';
import { isoFromDay } from '$lib/time/days';
import { eventRecord, type EventRecord } from './record';

/** The JSON-LD context the format's README gives. */
export const LPF_CONTEXT =
  'https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld';

/** A point in time of a timespan: ISO 8601 (Gregorian) year, month or day. */
type When = { in: string } | { earliest: string } | { latest: string };
interface Timespan {
  start?: When;
  end?: When;
}
export interface LpfWhen {
  timespans: Timespan[];
  label?: string;
}
export interface LpfName {
  toponym: string;
  lang?: string;
  when?: LpfWhen;
  citations?: { label: string; '@id'?: string }[];
}
export interface LpfFeature {
  '@id': string;
  type: 'Feature';
  properties: {
    title: string;
    fclasses: string[];
    /** The atlas's own: its place id and fields, and the events attested there. */
    atlas_id?: string;
    kind?: string;
    certainty?: string;
    uncertainty_km?: number;
    modern?: string;
    modern_ru?: string;
    events: EventRecord[];
  };
  when: LpfWhen;
  names: LpfName[];
  types: { identifier?: string; label: string; sourceLabels: { label: string; lang: string }[] }[];
  geometry: GeoJSON.Geometry & { certainty?: string };
  links?: { type: 'closeMatch'; identifier: string }[];
  relations?: { relationType: string; relationTo: string; label: string }[];
}
export interface LpfCollection {
  type: 'FeatureCollection';
  '@context': string;
  features: LpfFeature[];
}

/**
 * Each kind of place as a GeoNames feature class (A administrative, H water, L region, P populated
 * place, R route, S site, T landform) and, where World Historical Gazetteer's list of Getty AAT
 * place types has one, an AAT concept (its id and term).
 */
export const PLACE_KINDS: Record<
  AtlasPlace['kind'],
  { fclass: string; aat?: [id: string, term: string] }
> = {
  city: { fclass: 'P', aat: ['300008389', 'city'] },
  town: { fclass: 'P', aat: ['300008375', 'town'] },
  village: { fclass: 'P', aat: ['300008372', 'village'] },
  district: { fclass: 'P', aat: ['300000705', 'district'] },
  fortress: { fclass: 'S', aat: ['300006888', 'fortification'] },
  site: { fclass: 'S', aat: ['300000809', 'site'] },
  station: { fclass: 'S' },
  ship: { fclass: 'S' },
  island: { fclass: 'T', aat: ['300008791', 'island'] },
  region: { fclass: 'A', aat: ['300182722', 'region (geographic)'] },
  area: { fclass: 'L', aat: ['300387178', 'historical region'] },
  route: { fclass: 'R', aat: ['300265365', 'route'] },
  ice: { fclass: 'H' }
};

const CERTAINTY: Record<AtlasPlace['certainty'], string> = {
  exact: 'certain',
  approximate: 'less-certain',
  region: 'uncertain'
};

export interface LpfOptions {
  /** The atlas's address (absolute, ending in `/`): features' `@id`s are views of it. */
  base: string;
  /** The gazetteer. */
  places: readonly AtlasPlace[];
  /** The areas' outlines (`AtlasData.areas`), drawn instead of their points. */
  areas?: GeoJSON.FeatureCollection;
  /** The data version, cited as the source of the names. */
  version?: string;
}

/** The span of a name (`from` inclusive, `to` exclusive, in days) as an LPF `when`. */
function nameWhen(n: AtlasName): LpfWhen | undefined {
  if (n.from === undefined && n.to === undefined) return undefined;
  const span: Timespan = {};
  if (n.from !== undefined) span.start = { in: isoFromDay(n.from) };
  if (n.to !== undefined) {
    const last = isoFromDay(n.to - 1);
    if (n.from === undefined) span.start = { latest: last };
    span.end = { in: last };
  }
  const label =
    n.to === undefined
      ? `from ${isoFromDay(n.from!)}`
      : n.from === undefined
        ? `until ${isoFromDay(n.to - 1)}`
        : undefined;
  return label ? { timespans: [span], label } : { timespans: [span] };
}

/** The New Style spans of the events, each once, in order. */
function eventsWhen(events: readonly AtlasEvent[]): LpfWhen {
  const seen = new Set<string>();
  const timespans: Timespan[] = [];
  for (const e of [...events].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const key = `${e.start}/${e.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    timespans.push(
      e.end === e.start
        ? { start: { in: isoFromDay(e.start) } }
        : { start: { in: isoFromDay(e.start) }, end: { in: isoFromDay(e.end) } }
    );
  }
  const n = events.length;
  return { timespans, label: `${n} event${n === 1 ? '' : 's'} in the Revolution Atlas` };
}

function names(p: AtlasPlace, citation: LpfName['citations']): LpfName[] {
  const out: LpfName[] = [];
  for (const n of p.names) {
    const when = nameWhen(n);
    out.push({ toponym: n.name, lang: 'en', ...(when && { when }) });
    if (n.ru) out.push({ toponym: n.ru, lang: 'ru', ...(when && { when }) });
  }
  const known = new Set(out.map((n) => n.toponym));
  for (const a of p.aliases) if (!known.has(a)) out.push({ toponym: a });
  out[0].citations = citation;
  return out;
}

function geometry(
  p: AtlasPlace,
  areas: GeoJSON.FeatureCollection | undefined
): LpfFeature['geometry'] {
  const area = p.isArea ? areas?.features.find((f) => f.id === p.id)?.geometry : undefined;
  const shape =
    area && ['Polygon', 'MultiPolygon', 'LineString'].includes(area.type)
      ? area
      : ({ type: 'Point', coordinates: [p.lon, p.lat] } as GeoJSON.Point);
  return { ...shape, certainty: CERTAINTY[p.certainty] };
}

/** The events' places as a Linked Places FeatureCollection, ordered by title. */
export function eventsToLpf(events: Iterable<AtlasEvent>, options: LpfOptions): LpfCollection {
  const { base, version } = options;
  const gazetteer = new Map(options.places.map((p) => [p.id, p]));
  const uri = (id: string) => `${base}?place=${encodeURIComponent(id)}`;
  const citation = [
    {
      label: `Revolution Atlas 1905–1921, gazetteer${version ? `, data version ${version}` : ''}`,
      '@id': base
    }
  ];
  const groups = new Map<string, AtlasEvent[]>();
  for (const e of events) {
    const key = gazetteer.has(e.place) ? e.place : `${e.place}\u0000${e.lon},${e.lat}`;
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  const features: LpfFeature[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
    const first = list[0];
    const p = gazetteer.get(first.place);
    if (!p) {
      features.push({
        '@id': `${base}?c=${first.lon},${first.lat}&z=12#${encodeURIComponent(first.place)}`,
        type: 'Feature',
        properties: { title: first.place, fclasses: ['P'], events: list.map(eventRecord) },
        when: eventsWhen(list),
        names: [{ toponym: first.place, citations: citation }],
        types: [{ label: 'place', sourceLabels: [{ label: 'imported place', lang: 'en' }] }],
        geometry: { type: 'Point', coordinates: [first.lon, first.lat] }
      });
      continue;
    }
    const kind = PLACE_KINDS[p.kind];
    const parent = p.parent === undefined ? undefined : gazetteer.get(p.parent);
    const feature: LpfFeature = {
      '@id': uri(p.id),
      type: 'Feature',
      properties: {
        title: nameAt(p.names, first.start).name,
        fclasses: [kind.fclass],
        atlas_id: p.id,
        kind: p.kind,
        certainty: p.certainty,
        uncertainty_km: p.uncertaintyKm,
        modern: p.modern,
        modern_ru: p.modernRu,
        events: list.map(eventRecord)
      },
      when: eventsWhen(list),
      names: names(p, citation),
      types: [
        {
          ...(kind.aat && { identifier: `aat:${kind.aat[0]}` }),
          label: kind.aat?.[1] ?? p.kind,
          sourceLabels: [{ label: p.kind, lang: 'en' }]
        }
      ],
      geometry: geometry(p, options.areas)
    };
    for (const k of ['uncertainty_km', 'modern', 'modern_ru'] as const)
      if (feature.properties[k] === undefined) delete feature.properties[k];
    if (p.geonames !== undefined)
      feature.links = [
        { type: 'closeMatch', identifier: `https://sws.geonames.org/${p.geonames}/` }
      ];
    if (p.parent !== undefined)
      feature.relations = [
        {
          relationType: 'gvp:broaderPartitive',
          relationTo: uri(p.parent),
          label: `part of ${parent ? nameAt(parent.names, first.start).name : p.parent}`
        }
      ];
    features.push(feature);
  }
  features.sort((a, b) => a.properties.title.localeCompare(b.properties.title, 'en'));
  return { type: 'FeatureCollection', '@context': LPF_CONTEXT, features };
}
