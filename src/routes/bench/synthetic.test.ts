import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '$lib/model/event-types';
import { mercatorX, mercatorY } from '$lib/map/event-points';
import { BENCH_BOUNDS, FIRST_DAY, LAST_DAY, syntheticEvents, syntheticGeoJson } from './synthetic';

describe('syntheticEvents', () => {
  it('is deterministic for a seed', () => {
    const a = syntheticEvents(500, 7);
    const b = syntheticEvents(500, 7);
    expect(a.points.time).toEqual(b.points.time);
    expect(a.lonLat).toEqual(b.lonLat);
    expect(syntheticEvents(500, 8).lonLat).not.toEqual(a.lonLat);
  });

  it('stays inside the area, the years and the types', () => {
    const { points, lonLat } = syntheticEvents(300);
    const { west, south, east, north } = BENCH_BOUNDS;
    for (let i = 0; i < points.count; i++) {
      const [lon, lat] = [lonLat[2 * i], lonLat[2 * i + 1]];
      const [start, end] = [points.time[2 * i], points.time[2 * i + 1]];
      expect(lon >= west && lon <= east && lat >= south && lat <= north).toBe(true);
      expect(start >= FIRST_DAY && start <= end && end <= LAST_DAY).toBe(true);
      expect(points.style[2 * i]).toBeLessThan(EVENT_TYPES.length);
      expect(points.pos[2 * i]).toBeCloseTo(mercatorX(lon), 6);
      expect(points.pos[2 * i + 1]).toBeCloseTo(mercatorY(lat), 6);
    }
  });

  it('gives the baseline the same points and spans', () => {
    const events = syntheticEvents(10);
    const fc = syntheticGeoJson(events);
    expect(fc.features).toHaveLength(10);
    expect(fc.features[3].geometry.coordinates).toEqual([events.lonLat[6], events.lonLat[7]]);
    expect(fc.features[3].properties).toEqual({
      start: events.points.time[6],
      end: events.points.time[7]
    });
  });
});
