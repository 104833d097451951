import { describe, expect, it } from 'vitest';
import type { AtlasPlace } from '$lib/model/atlas-data';
import { eventsToCsv, eventsToGeojson } from './export';
import { importTable, previewTable, readTable } from './run-import';

const places: AtlasPlace[] = [];
const enc = (s: string) => new TextEncoder().encode(s);

describe('export', () => {
  it('writes CSV that imports back to the same events', () => {
    const csv =
      'date,lat,lon,type,title\n09.01.1905,59.94,30.31,repression,"Bloody Sunday, St Petersburg"\n';
    const first = importTable(
      readTable(enc(csv), 'a.csv'),
      { ...previewTable(enc(csv), 'a.csv').mapping, calendar: 'julian' },
      places,
      'a',
      'a.csv'
    );
    const out = eventsToCsv(first.events);
    expect(out.split('\n')[1]).toBe(
      '1905-01-22,1905-01-22,"Bloody Sunday, St Petersburg",59.940\\, 30.310,59.94,30.31,repression,,NS,import:a.csv:2'.replace(
        '59.940\\, 30.310',
        '"59.940, 30.310"'
      )
    );
    const again = importTable(
      readTable(enc(out), 'b.csv'),
      previewTable(enc(out), 'b.csv').mapping,
      places,
      'b',
      'b.csv'
    );
    expect(again.problems).toEqual([]);
    expect(again.events.map((e) => [e.start, e.end, e.title, e.type, e.lat, e.lon])).toEqual(
      first.events.map((e) => [e.start, e.end, e.title, e.type, e.lat, e.lon])
    );
    expect(eventsToGeojson(first.events).features[0].geometry).toEqual({
      type: 'Point',
      coordinates: [30.31, 59.94]
    });
  });
});
