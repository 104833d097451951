/** The map's region: every place must lie inside it, and the basemap is clipped to it. */
export const REGION = { west: 14, south: 38, east: 90, north: 70 } as const;

/** The view the atlas opens on: European Russia and Ukraine. */
export const HOME_VIEW = { center: [37.5, 54.5] as [number, number], zoom: 3.9 };

/** True if lon/lat lies inside REGION. */
export function inRegion(lon: number, lat: number): boolean {
  return lon >= REGION.west && lon <= REGION.east && lat >= REGION.south && lat <= REGION.north;
}
