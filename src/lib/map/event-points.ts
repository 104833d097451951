/**
 * Events packed for the GPU: one vertex per event, in typed arrays ready for vertex buffers.
 * Built once per data set (load or import), never per slider tick.
 */
import { eventTypeIndex } from '$lib/model/event-types';
import { FLAG_IMPRECISE, FLAG_INFERRED } from './event-bits';

/** What the event layer needs of an event. */
export interface PointInput {
  lon: number;
  lat: number;
  dx?: number;
  dy?: number;
  start: number;
  end: number;
  type: string;
  /** month/season/year precision: drawn hollow. */
  precision?: string;
  /** The source does not name the place: drawn with a dashed ring. */
  placeInferred?: boolean;
}

export interface EventPoints {
  count: number;
  /** Web Mercator x, y in 0..1 per event. */
  pos: Float32Array;
  /** Pixel offset dx, dy per event. */
  offset: Float32Array;
  /** Start and end day per event. */
  time: Float32Array;
  /** Type index and flags (FLAG_IMPRECISE, FLAG_INFERRED of event-bits.ts). */
  style: Float32Array;
}

/** Web Mercator x (0..1) of a longitude. */
export function mercatorX(lon: number): number {
  return (180 + lon) / 360;
}

/** Web Mercator y (0..1, north at 0) of a latitude. */
export function mercatorY(lat: number): number {
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
}

/** Writes event `i`'s vertex into `points` (arrays of at least i + 1 vertices). */
export function writePoint(points: EventPoints, i: number, e: PointInput): void {
  const { pos, offset, time, style } = points;
  pos[2 * i] = mercatorX(e.lon);
  pos[2 * i + 1] = mercatorY(e.lat);
  offset[2 * i] = e.dx ?? 0;
  offset[2 * i + 1] = e.dy ?? 0;
  time[2 * i] = e.start;
  time[2 * i + 1] = e.end;
  style[2 * i] = Math.max(0, eventTypeIndex(e.type));
  style[2 * i + 1] =
    (e.precision && e.precision !== 'day' ? FLAG_IMPRECISE : 0) +
    (e.placeInferred ? FLAG_INFERRED : 0);
}

/** Room for `n` vertices, all zero. */
export function emptyPoints(n: number): EventPoints {
  return {
    count: n,
    pos: new Float32Array(n * 2),
    offset: new Float32Array(n * 2),
    time: new Float32Array(n * 2),
    style: new Float32Array(n * 2)
  };
}

export function packEvents(events: readonly PointInput[]): EventPoints {
  const points = emptyPoints(events.length);
  for (let i = 0; i < events.length; i++) writePoint(points, i, events[i]);
  return points;
}
