/**
 * What the basemap build (`scripts/basemap/build-basemap.ts`) and the map's style agree on. Plain
 * constants with no browser imports, so that the build script imports them as the app does.
 */

/** The deepest tiles cut; deeper than this the map over-zooms them. */
export const BASEMAP_MAX_ZOOM = 7;
