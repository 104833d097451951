/** Data-file fixtures shared by the validator's tests (example and property-based). */

export const SOURCES_PATH = 'geodata/sources.json';
export const PLACES_PATH = 'geodata/places.geojson';

/** Two valid sources: events cite `tabor-2017` (lines 1–50) and `trotsky-1930` (1–500). */
export const GOOD_SOURCES = [
  {
    id: 'tabor-2017',
    file: 'tabor.txt',
    lines: 50,
    author: 'Ron Tabor',
    title: 'Explorations',
    year: 2017
  },
  {
    id: 'trotsky-1930',
    file: 'trotsky.txt',
    lines: 500,
    author: 'L. Trotsky',
    title: 'History',
    year: 1930
  }
];

/** A point place as places.geojson holds it; `extra` overrides its properties. */
export const placeFeature = (
  id: string,
  coordinates: unknown,
  extra: Record<string, unknown> = {}
) => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates },
  properties: { id, kind: 'city', names: [{ name: id }], certainty: 'exact', ...extra }
});
