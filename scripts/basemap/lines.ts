/**
 * The basemap's lines: a grid that drops features another source scope already gave, rivers named
 * by the towns on their banks, cut where they run through lakes, and joined into long lines for
 * labels along them.
 */
import { bboxesMeet, bboxOf, inPolygon, type IndexedPolygon, type Point } from './geometry';

/** Grid step (degrees) of `CoverGrid`. */
const CELL = 0.05;

/** Grid cells (0.05 degree) near the vertices of features already accepted, to drop repeats. */
export class CoverGrid {
  private cells = new Set<string>();

  private key(p: Point): string {
    return `${Math.round(p[0] / CELL)},${Math.round(p[1] / CELL)}`;
  }

  /** The share of `points` in cells near points added before. */
  covered(points: Point[]): number {
    return points.filter((p) => this.cells.has(this.key(p))).length / points.length;
  }

  /** Marks the cells of `points` and their eight neighbours. */
  add(points: Point[]): void {
    for (const p of points) {
      const x = Math.round(p[0] / CELL);
      const y = Math.round(p[1] / CELL);
      for (let i = -1; i <= 1; i++)
        for (let j = -1; j <= 1; j++) this.cells.add(`${x + i},${y + j}`);
    }
  }
}

/** Distance in degrees of latitude from p to segment a-b, with longitude shrunk by cos(lat). */
function segmentDistance(p: Point, a: Point, b: Point): number {
  const k = Math.cos((p[1] * Math.PI) / 180);
  const ax = (a[0] - p[0]) * k;
  const ay = a[1] - p[1];
  const bx = (b[0] - p[0]) * k;
  const by = b[1] - p[1];
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len)) : 0;
  return Math.hypot(ax + t * dx, ay + t * dy);
}

function polylineDistance(p: Point, line: Point[]): number {
  let d = Infinity;
  for (let i = 1; i < line.length; i++) d = Math.min(d, segmentDistance(p, line[i - 1], line[i]));
  return d;
}

/** Source lines whose anchors lie farther than this on average (degrees) stay unnamed. */
export const NAME_MAX_DISTANCE = 0.35;

/** The entry of `rivers` whose anchors lie closest on average to the line, or null if none is near. */
export function nameLine<R extends { anchors: Point[] }>(line: Point[], rivers: R[]): R | null {
  let best: R | null = null;
  let bestD = Infinity;
  for (const river of rivers) {
    let sum = 0;
    for (const p of line) sum += polylineDistance(p, river.anchors);
    const d = sum / line.length;
    if (d < bestD) {
      bestD = d;
      best = river;
    }
  }
  return bestD <= NAME_MAX_DISTANCE ? best : null;
}

/** Parameter t along a-b of its crossings with the rings of the polygons. */
function crossings(a: Point, b: Point, polys: IndexedPolygon[]): number[] {
  const ts: number[] = [];
  const sb = bboxOf([a, b]);
  for (const poly of polys) {
    if (!bboxesMeet(sb, poly.bbox)) continue;
    for (const ring of poly.rings) {
      for (let i = 1; i < ring.length; i++) {
        const c = ring[i - 1];
        const d = ring[i];
        const den = (b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0]);
        if (den === 0) continue;
        const t = ((c[0] - a[0]) * (d[1] - c[1]) - (c[1] - a[1]) * (d[0] - c[0])) / den;
        const u = ((c[0] - a[0]) * (b[1] - a[1]) - (c[1] - a[1]) * (b[0] - a[0])) / den;
        if (t >= 0 && t <= 1 && u >= 0 && u <= 1) ts.push(t);
      }
    }
  }
  return ts;
}

/** Cuts out the parts of a line that run inside lakes, ending each part on the shore. */
export function maskLine(line: Point[], lakes: IndexedPolygon[]): Point[][] {
  const lb = bboxOf(line);
  const near = lakes.filter((l) => bboxesMeet(lb, l.bbox));
  if (!near.length) return [line];
  const inside = (p: Point) => near.some((l) => inPolygon(p, l));
  const at = (a: Point, b: Point, t: number) => [
    a[0] + (b[0] - a[0]) * t,
    a[1] + (b[1] - a[1]) * t
  ];
  const parts: Point[][] = [];
  let part: Point[] = [];
  let wasIn = inside(line[0]);
  if (!wasIn) part.push(line[0]);
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    const isIn = inside(b);
    if (!wasIn && isIn) {
      const ts = crossings(a, b, near);
      part.push(ts.length ? at(a, b, Math.min(...ts)) : b);
      parts.push(part);
      part = [];
    } else if (wasIn && !isIn) {
      const ts = crossings(a, b, near);
      part = [ts.length ? at(a, b, Math.max(...ts)) : a, b];
    } else if (!isIn) {
      part.push(b);
    }
    wasIn = isIn;
  }
  parts.push(part);
  return parts.filter((p) => p.length >= 2);
}

/** End points this close (degrees) are one: pieces of one river in the source are a grid step apart. */
const JOIN_DISTANCE = 0.02;

function same(p: Point, q: Point): boolean {
  return Math.abs(p[0] - q[0]) <= JOIN_DISTANCE && Math.abs(p[1] - q[1]) <= JOIN_DISTANCE;
}

/** Joins parts that (nearly) share end points into longer lines (better for labels along lines). */
export function mergeLines(parts: Point[][]): Point[][] {
  const lines = parts.map((p) => p.slice());
  let joined = true;
  while (joined) {
    joined = false;
    for (let i = 0; i < lines.length && !joined; i++) {
      for (let j = 0; j < lines.length && !joined; j++) {
        if (i === j) continue;
        const a = lines[i];
        const b = lines[j];
        let head: Point[] | null = null;
        let next: Point[] | null = null;
        if (same(a[a.length - 1], b[0])) [head, next] = [a, b];
        else if (same(a[a.length - 1], b[b.length - 1])) [head, next] = [a, b.slice().reverse()];
        else if (same(a[0], b[0]) && i < j) [head, next] = [a.slice().reverse(), b];
        if (head && next) {
          const end = head[head.length - 1];
          lines[i] = head.concat(
            end[0] === next[0][0] && end[1] === next[0][1] ? next.slice(1) : next
          );
          lines.splice(j, 1);
          joined = true;
        }
      }
    }
  }
  return lines;
}

/** One line as a LineString, several as a MultiLineString. */
export function lineGeometry(lines: Point[][]): GeoJSON.LineString | GeoJSON.MultiLineString {
  return lines.length === 1
    ? { type: 'LineString', coordinates: lines[0] }
    : { type: 'MultiLineString', coordinates: lines };
}
