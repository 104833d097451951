/**
 * GeoJSON for the place and area layers at a given day: labels carry the name in use that day.
 * Rebuilt only when a name or an area's span changes (see `nameEpoch`), never on ordinary ticks.
 */
import type { AtlasPlace } from '$lib/model/atlas-data';
import { placeName } from '$lib/model/names';
import { formatSpan } from '$lib/time/format';

/** Label rank: 2 for the places with most events, 1 for cities, 0 for the rest. */
function rank(place: AtlasPlace, eventCount: number): number {
  if (eventCount >= 10) return 2;
  return place.kind === 'city' || eventCount >= 3 ? 1 : 0;
}

const UNLABELLED_KINDS = new Set(['route', 'ship', 'region', 'area', 'ice']);

/** The places drawn as labelled points: towns, sites, forts; not areas, regions, routes or ships. */
export function labelledPlaces(places: readonly AtlasPlace[]): AtlasPlace[] {
  return places.filter((p) => !p.isArea && !UNLABELLED_KINDS.has(p.kind));
}

/** Point features for the labelled places, each with its name on `day`. */
export function placeFeatures(
  places: readonly AtlasPlace[],
  day: number,
  eventCounts: ReadonlyMap<string, number>,
  lang: 'en' | 'ru' = 'en'
): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: labelledPlaces(places).map((p) => ({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: {
        id: p.id,
        kind: p.kind,
        child: p.parent !== undefined,
        label: placeName(p, day, lang),
        halo: haloAtZoom0(p),
        rank: rank(p, eventCounts.get(p.id) ?? 0)
      }
    }))
  };
}

/** Earth's circumference over a 512-pixel world: metres per pixel at zoom 0 on the equator. */
const M_PER_PX_Z0 = 40075016.686 / 512;

/**
 * Radius in pixels at zoom 0 of a place's uncertainty halo (0 for exactly known places); the style
 * doubles it per zoom level, so the halo keeps its size on the ground.
 */
export function haloAtZoom0(p: Pick<AtlasPlace, 'certainty' | 'uncertaintyKm' | 'lat'>): number {
  if (p.certainty === 'exact' || !p.uncertaintyKm) return 0;
  return (p.uncertaintyKm * 1000) / (M_PER_PX_Z0 * Math.cos((p.lat * Math.PI) / 180));
}

/** Ids of the features whose [from, to] span contains `day` (properties `from`/`to` in days). */
export function activeIds(features: readonly GeoJSON.Feature[], day: number): string[] {
  return features
    .filter((f) => {
      const p = f.properties ?? {};
      return (
        (typeof p.from !== 'number' || p.from <= day) && (typeof p.to !== 'number' || day <= p.to)
      );
    })
    .map((f) => String(f.properties?.id ?? f.id))
    .sort();
}

/** An open end of an area's span (the build writes ±1,000,000 days for "always"). */
const OPEN = 1e5;

/**
 * The areas with their labels in each language (`label_en`, `label_ru`): the name in use when
 * the area begins, and on a second line its span to the month, or, for an area shown at every
 * date (a province, Ukraine), on the same line that it is there for orientation. Built once per data set.
 */
export function withAreaLabels(
  areas: GeoJSON.FeatureCollection,
  placesById: ReadonlyMap<string, Pick<AtlasPlace, 'names'>>,
  contextText: Record<'en' | 'ru', string>
): GeoJSON.FeatureCollection {
  return {
    ...areas,
    features: areas.features.map((f) => {
      const p = f.properties ?? {};
      const place = placesById.get(String(p.id));
      const from = typeof p.from === 'number' ? p.from : -OPEN * 10;
      const to = typeof p.to === 'number' ? p.to : OPEN * 10;
      const open = from < -OPEN && to > OPEN;
      const label = (lang: 'en' | 'ru') => {
        const name = place ? placeName(place, Math.max(from, -OPEN), lang) : String(p.name ?? '');
        const span = open
          ? contextText[lang]
          : formatSpan(Math.max(from, -OPEN), Math.min(to, OPEN), 'ns', 'month', lang);
        // A context region's label runs along its outline, on one line.
        return open ? `${name} · ${span}` : `${name}\n${span}`;
      };
      return { ...f, properties: { ...p, label_en: label('en'), label_ru: label('ru') } };
    })
  };
}
