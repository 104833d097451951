/**
 * One point for a GeoJSON geometry, as an event needs: a Point as it is, the first Point of a
 * GeometryCollection, or else the centroid (`@turf/centroid`: the mean of the vertices) of a
 * line, an area or a collection, with a note saying so.
 */
import centroid from '@turf/centroid';
import type { Geometry } from 'geojson';
import { isObject } from './text';

/** Where a geometry puts an event, or why it puts it nowhere. */
export type Located =
  /** The coordinates as the file has them (a Point's may be anything: the mapping checks them). */
  { ok: true; lon: unknown; lat: unknown; note?: string } | { ok: false; message: string };

/** How deeply each geometry type nests its positions. */
const DEPTH: Record<string, number> = {
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3
};

const isPosition = (p: unknown) =>
  Array.isArray(p) &&
  p.length >= 2 &&
  typeof p[0] === 'number' &&
  typeof p[1] === 'number' &&
  Number.isFinite(p[0]) &&
  Number.isFinite(p[1]);

/** Coordinates nested `depth` arrays deep around positions, at least one, all numbers. */
function validCoordinates(c: unknown, depth: number): boolean {
  if (!Array.isArray(c) || c.length === 0) return false;
  return depth === 0 ? isPosition(c) : c.every((x) => validCoordinates(x, depth - 1));
}

/** A geometry whose centroid can be taken: a valid line, area, multi-point or collection of them. */
function measurable(g: unknown, depth = 0): g is Geometry {
  if (!isObject(g) || typeof g.type !== 'string') return false;
  if (g.type === 'Point') return isPosition(g.coordinates);
  if (g.type === 'GeometryCollection')
    return (
      depth < 8 &&
      Array.isArray(g.geometries) &&
      g.geometries.length > 0 &&
      g.geometries.every((x) => measurable(x, depth + 1))
    );
  return Object.hasOwn(DEPTH, g.type) && validCoordinates(g.coordinates, DEPTH[g.type]);
}

function centroidOf(g: Geometry): { lon: number; lat: number } {
  const [lon, lat] = centroid(g).geometry.coordinates;
  return { lon, lat };
}

/**
 * The point of a geometry. A Point is passed on as it is (bad coordinates are the mapping's to
 * report); other shapes are reduced to a point with a note, or refused with a reason. Messages
 * follow the feature's name ("feature 3 is a Polygon; …").
 */
export function locate(g: unknown): Located {
  if (!isObject(g)) return { ok: false, message: 'has no geometry' };
  const type = typeof g.type === 'string' ? g.type.slice(0, 40) : null;
  if (type === null) return { ok: false, message: 'has a geometry without a type' };
  if (type === 'Point') {
    if (!Array.isArray(g.coordinates))
      return { ok: false, message: 'has a Point without coordinates' };
    const [lon, lat] = g.coordinates as unknown[];
    return { ok: true, lon, lat };
  }
  if (type === 'GeometryCollection') {
    const parts = Array.isArray(g.geometries) ? g.geometries.filter(isObject) : [];
    const point = parts.find((p) => p.type === 'Point' && Array.isArray(p.coordinates));
    if (point) {
      const [lon, lat] = point.coordinates as unknown[];
      const note =
        parts.length > 1
          ? `is a GeometryCollection of ${parts.length} geometries; its first Point is used`
          : undefined;
      return { ok: true, lon, lat, note };
    }
    const collection = { type, geometries: parts };
    if (!measurable(collection))
      return { ok: false, message: 'has a GeometryCollection without a geometry it can place' };
    const c = centroidOf(collection as Geometry);
    return {
      ok: true,
      lon: c.lon,
      lat: c.lat,
      note: 'is a GeometryCollection without a Point; the centroid of its geometries is used'
    };
  }
  if (!Object.hasOwn(DEPTH, type))
    return { ok: false, message: `has a geometry of unknown type "${type}"` };
  if (!measurable(g)) return { ok: false, message: `has a ${type} without valid coordinates` };
  const c = centroidOf(g);
  return { ok: true, lon: c.lon, lat: c.lat, note: `is a ${type}; its centroid is used` };
}
