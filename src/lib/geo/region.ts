/** The map's region: every place must lie inside it. */
export const REGION = { west: 14, south: 38, east: 90, north: 70 } as const;

/** The view of a link that names no camera: European Russia and Ukraine. */
export const HOME_VIEW = { center: [37.5, 54.5] as [number, number], zoom: 3.9 };

/**
 * The view of a first visit (no parameters in the address): Petrograd in the days up to the
 * default date, 23 February 1917 OS, as a lecturer on the February Revolution would open it: the
 * city at the scale of its districts, from the Putilov works in the south-west to the Vyborg side
 * and the Tauride Palace, clear of the title and tools over the map's upper left.
 */
export const FIRST_VIEW = { center: [30.3, 59.9] as [number, number], zoom: 10.3 };

/** How far beyond REGION the camera may look (the map's maxBounds): west, south, east, north. */
export const VIEW_BOUNDS = [
  REGION.west - 12,
  REGION.south - 8,
  REGION.east + 12,
  REGION.north + 6
] as const;

/**
 * The box the basemap is clipped to: every view the camera allows (VIEW_BOUNDS) and a margin, so
 * that no view shows where the land ends.
 */
export const BASEMAP_BOX = [
  VIEW_BOUNDS[0] - 1,
  VIEW_BOUNDS[1] - 1,
  VIEW_BOUNDS[2] + 1,
  VIEW_BOUNDS[3] + 1
] as const;

/** True if lon/lat lies inside REGION. */
export function inRegion(lon: number, lat: number): boolean {
  return lon >= REGION.west && lon <= REGION.east && lat >= REGION.south && lat <= REGION.north;
}
