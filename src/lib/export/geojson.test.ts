import { describe, expect, it } from 'vitest';
import { readGeodata } from '../../../scripts/data/read-geodata';
import { validateGeodata } from '../../../scripts/data/validate';
import { isoFromDay } from '$lib/time/days';
import { RECORD_FIELDS } from './record';
import { eventsToGeojson } from './geojson';

const { data } = validateGeodata(readGeodata());
const geojson = eventsToGeojson(data.events);

describe('eventsToGeojson', () => {
  it('is a point per event with every field, numbers as numbers and lists as lists', () => {
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toHaveLength(data.events.length);
    for (const [i, f] of geojson.features.entries()) {
      const e = data.events[i];
      expect(f.id).toBe(e.id);
      expect(f.geometry).toEqual({ type: 'Point', coordinates: [e.lon, e.lat] });
      const p = f.properties;
      expect(Object.keys(p).every((k) => (RECORD_FIELDS as readonly string[]).includes(k))).toBe(
        true
      );
      expect([p.date, p.calendar, p.precision, p.approximate]).toEqual([
        e.date,
        e.calendar,
        e.precision,
        e.approximate
      ]);
      expect([p.start_ns, p.end_ns]).toEqual([isoFromDay(e.start), isoFromDay(e.end)]);
      expect([p.lat, p.lon]).toEqual([e.lat, e.lon]);
      expect(p.actors).toEqual(e.actors);
      expect(p.casualties).toEqual(e.casualties);
      expect(p.sources).toEqual(e.sources.map(({ start: _s, end: _e, ...c }) => c));
      expect(p.place_inferred).toBe(e.placeInferred);
      expect(p.note).toBe(e.note);
    }
  });

  it('keeps tolls as numbers and a negative longitude as it is, through JSON', () => {
    const e = { ...data.events.find((x) => x.casualties.length)!, lon: -3.5 };
    const [f] = JSON.parse(JSON.stringify(eventsToGeojson([e]))).features;
    expect(f.geometry.coordinates[0]).toBe(-3.5);
    expect(typeof f.properties.casualties[0].count).toBe('number');
  });

  it('gives an imported event its file and row', () => {
    const e = { ...data.events[0], sources: [{ source: 'import:a b.csv', line: 7 }] };
    const p = eventsToGeojson([e]).features[0].properties;
    expect([p.file, p.row, p.sources]).toEqual(['a b.csv', 7, []]);
  });
});
