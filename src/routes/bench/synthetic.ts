/**
 * Synthetic events for the benchmark: deterministic (seeded), spread over lon 20–60, lat 42–68 and
 * 1905–1921, written straight into the event layer's typed arrays so that a million fit easily.
 */
import { EVENT_TYPES } from '$lib/model/event-types';
import { FLAG_IMPRECISE } from '$lib/map/event-bits';
import { mercatorX, mercatorY, type EventPoints } from '$lib/map/event-points';
import { dayFromYmd } from '$lib/time/days';

export const BENCH_BOUNDS = { west: 20, south: 42, east: 60, north: 68 } as const;
export const FIRST_DAY = dayFromYmd(1905, 1, 1);
export const LAST_DAY = dayFromYmd(1921, 12, 31);

/** Events as the layer takes them, plus longitude/latitude for the GeoJSON baseline. */
export interface SyntheticEvents {
  points: EventPoints;
  /** lon, lat per event. */
  lonLat: Float64Array;
}

/** Mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` events: 60% last one day, 30% up to two weeks, 10% up to half a year; one in ten is dated
 * only to the month. Types are uniform over the atlas's event types.
 */
export function syntheticEvents(n: number, seed = 1917): SyntheticEvents {
  const random = mulberry32(seed);
  const pos = new Float32Array(n * 2);
  const offset = new Float32Array(n * 2);
  const time = new Float32Array(n * 2);
  const style = new Float32Array(n * 2);
  const lonLat = new Float64Array(n * 2);
  const { west, south, east, north } = BENCH_BOUNDS;
  const types = EVENT_TYPES.length;
  for (let i = 0; i < n; i++) {
    const lon = west + random() * (east - west);
    const lat = south + random() * (north - south);
    const start = FIRST_DAY + Math.floor(random() * (LAST_DAY - FIRST_DAY + 1));
    const r = random();
    const length =
      r < 0.6 ? 0 : r < 0.9 ? 1 + Math.floor(random() * 14) : 15 + Math.floor(random() * 166);
    lonLat[2 * i] = lon;
    lonLat[2 * i + 1] = lat;
    pos[2 * i] = mercatorX(lon);
    pos[2 * i + 1] = mercatorY(lat);
    time[2 * i] = start;
    time[2 * i + 1] = Math.min(LAST_DAY, start + length);
    style[2 * i] = Math.floor(random() * types);
    style[2 * i + 1] = random() < 0.1 ? FLAG_IMPRECISE : 0;
  }
  return { points: { count: n, pos, offset, time, style }, lonLat };
}

/** The same events as GeoJSON points carrying only `start` and `end`: the baseline's input. */
export function syntheticGeoJson(
  events: SyntheticEvents
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const { points, lonLat } = events;
  const features: GeoJSON.Feature<GeoJSON.Point>[] = new Array(points.count);
  for (let i = 0; i < points.count; i++) {
    features[i] = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lonLat[2 * i], lonLat[2 * i + 1]] },
      properties: { start: points.time[2 * i], end: points.time[2 * i + 1] }
    };
  }
  return { type: 'FeatureCollection', features };
}
