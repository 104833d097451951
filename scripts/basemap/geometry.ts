/**
 * Plane geometry on lon/lat for the basemap: rounding, rings, bounding boxes, point in polygon,
 * runs that cross the antimeridian, and clipping to the map's region. Pure functions on
 * GeoJSON coordinates; `build-basemap.ts` calls them.
 */
import { bboxClip } from '@turf/bbox-clip';

/** A [lon, lat] position. */
export type Point = GeoJSON.Position;
/** A closed ring: its first and last points are equal. */
export type Ring = Point[];
/** An outer ring and its holes. */
export type Polygon = Ring[];
/** west, south, east, north. */
export type Box = [number, number, number, number];
/** A polygon with its bounding box, for repeated point tests. */
export interface IndexedPolygon {
  rings: Polygon;
  bbox: Box;
}

/** Decimal places kept: 4 is about 10 m, far below what 1:10m data resolves. */
const DECIMALS = 4;
const SCALE = 10 ** DECIMALS;

function round(v: number): number {
  const r = Math.round(v * SCALE) / SCALE;
  return r === 0 ? 0 : r;
}

/** Rounds a run of points to DECIMALS and drops points equal to the one before. */
export function roundRun(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const [x, y] of points) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Twice the signed area of a ring in degrees (positive = counter-clockwise). */
export function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return a;
}

/** A clean closed ring wound as RFC 7946 asks (outer counter-clockwise), or null if degenerate. */
export function cleanRing(ring: Ring, outer: boolean): Ring | null {
  const r = roundRun(ring);
  if (r.length && (r[0][0] !== r[r.length - 1][0] || r[0][1] !== r[r.length - 1][1])) {
    r.push([...r[0]]);
  }
  if (r.length < 4) return null;
  const area = ringArea(r);
  if (area === 0) return null;
  if (area > 0 !== outer) r.reverse();
  return r;
}

/** Polygons of a GeoJSON geometry as arrays of rings. */
export function polygonsOf(geometry: GeoJSON.Geometry | null): Polygon[] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** Line parts of a GeoJSON geometry. */
export function linesOf(geometry: GeoJSON.Geometry | null): Point[][] {
  if (!geometry) return [];
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

/** The features of a FeatureCollection, or the one Feature. */
export function featuresOf(
  geojson: GeoJSON.FeatureCollection | GeoJSON.Feature
): GeoJSON.Feature[] {
  return geojson.type === 'FeatureCollection' ? geojson.features : [geojson];
}

export function bboxOf(points: Point[]): Box {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    if (x < w) w = x;
    if (y < s) s = y;
    if (x > e) e = x;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

/** True if two boxes overlap or touch. */
export function bboxesMeet(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function inBox(p: Point, b: Box): boolean {
  return p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3];
}

/** Even-odd test of a point against one ring. */
function inRing(p: Point, ring: Ring): boolean {
  const [x, y] = p;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function indexed(rings: Polygon): IndexedPolygon {
  return { rings, bbox: bboxOf(rings[0]) };
}

/** True if `p` lies inside the polygon's outer ring and in none of its holes. */
export function inPolygon(p: Point, poly: IndexedPolygon): boolean {
  if (!inBox(p, poly.bbox) || !inRing(p, poly.rings[0])) return false;
  for (let i = 1; i < poly.rings.length; i++) if (inRing(p, poly.rings[i])) return false;
  return true;
}

/**
 * Makes a run that crosses the antimeridian continuous (longitudes beyond 180), so that planar
 * clipping does not turn the jump across the world into a band: Natural Earth's Eurasia ring
 * crosses it at Chukotka. The points of the most common side keep their longitudes.
 */
export function unwrap(points: Point[]): Point[] {
  let offset = 0;
  const offsets = points.map((p, i) => {
    if (i > 0) {
      const dx = p[0] - points[i - 1][0];
      if (dx < -180) offset += 360;
      else if (dx > 180) offset -= 360;
    }
    return offset;
  });
  if (offsets.every((o) => o === 0)) return points;
  const counts = new Map<number, number>();
  for (const o of offsets) counts.set(o, (counts.get(o) ?? 0) + 1);
  const base = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
  return points.map((p, i) => (offsets[i] === base ? p : [p[0] + offsets[i] - base, p[1]]));
}

/** Clips polygons to `box`; returns clean polygons (degenerate rings dropped). */
export function clipPolygons(polygons: Polygon[], box: Box): Polygon[] {
  const out: Polygon[] = [];
  for (const source of polygons) {
    const rings = source.map(unwrap);
    if (!rings.length || !bboxesMeet(bboxOf(rings[0]), box)) continue;
    const clip = bboxClip({ type: 'Polygon', coordinates: rings }, box);
    const clipped = (clip.geometry as GeoJSON.Polygon).coordinates;
    const outer = clipped[0] && cleanRing(clipped[0], true);
    if (!outer) continue;
    const holes = clipped
      .slice(1)
      .map((r) => cleanRing(r, false))
      .filter((r) => r !== null);
    out.push([outer, ...holes]);
  }
  return out;
}

/** Clips a line to `box`; returns its rounded parts inside. */
export function clipLine(source: Point[], box: Box): Point[][] {
  const line = unwrap(source);
  if (!bboxesMeet(bboxOf(line), box)) return [];
  const g = bboxClip({ type: 'LineString', coordinates: line }, box).geometry;
  return linesOf(g)
    .map(roundRun)
    .filter((l) => l.length >= 2);
}

/** Runs of a ring clipped to `box` that are real shore, not the edges the clipping made along it. */
export function coastRuns(ring: Ring, box: Box): Point[][] {
  const onEdge = (p: Point, q: Point) =>
    (p[0] === box[0] && q[0] === box[0]) ||
    (p[0] === box[2] && q[0] === box[2]) ||
    (p[1] === box[1] && q[1] === box[1]) ||
    (p[1] === box[3] && q[1] === box[3]);
  const edge: boolean[] = [];
  for (let i = 1; i < ring.length; i++) edge.push(onEdge(ring[i - 1], ring[i]));
  const start = edge.indexOf(true);
  if (start < 0) return [ring];
  const runs: Point[][] = [];
  let run: Point[] = [];
  for (let k = 1; k <= edge.length; k++) {
    const i = (start + k) % edge.length;
    if (edge[i]) {
      if (run.length >= 2) runs.push(run);
      run = [];
    } else {
      if (!run.length) run.push(ring[i]);
      run.push(ring[i + 1]);
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/** The number of positions in nested coordinates. */
export function countPoints(value: unknown[]): number {
  if (typeof value[0] === 'number') return 1;
  return value.reduce<number>((n, v) => n + countPoints(v as unknown[]), 0);
}
