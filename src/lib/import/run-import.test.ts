import { describe, expect, it } from 'vitest';
import type { AtlasPlace } from '$lib/model/atlas-data';
import { MOSCOW } from '$lib/testing/moscow';
import { importTable, previewTable, readTable } from './run-import';

const places: AtlasPlace[] = [MOSCOW];
const enc = (s: string) => new TextEncoder().encode(s);

describe('import', () => {
  it('previews a CSV with a guessed mapping and imports every good row, listing the bad ones', () => {
    const csv =
      'date,city,type\n1918-04-12,Moscow,repression\n1918-13-01,Moscow,strike\n1918-05-01,Nowhere,strike\n1918-05-02,Москва,strike\n';
    const preview = previewTable(enc(csv), 'x.csv');
    expect(preview).toMatchObject({ format: 'csv', encoding: 'utf-8', rowCount: 4 });
    expect(preview.mapping.columns).toMatchObject({ date: 0, place: 1, type: 2 });
    const progress: number[] = [];
    const result = importTable(
      readTable(enc(csv), 'x.csv'),
      preview.mapping,
      places,
      'imp',
      'x.csv',
      (f) => progress.push(f)
    );
    expect(result.rows).toBe(4);
    expect(result.events.map((e) => e.id)).toEqual(['imp-r2', 'imp-r5']);
    expect(result.problems.map((p) => [p.row, p.field])).toEqual([
      [3, 'date'],
      [4, 'place']
    ]);
  });

  it('imports GeoJSON points, reads a line as its centroid and reports what it cannot place', () => {
    const gj = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [37.6, 55.7] },
          properties: { date: '1921-02-25', title: 'Strike' }
        },
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [30, 59],
              [31, 60]
            ]
          },
          properties: { date: '1921-02-26', title: 'March' }
        },
        {
          type: 'Feature',
          geometry: { type: 'Polygon', coordinates: [] },
          properties: { date: '1921-02-27' }
        }
      ]
    });
    const t = readTable(enc(gj), 'x.geojson');
    const p = previewTable(enc(gj), 'x.geojson');
    const r = importTable(t, p.mapping, places, 'g', 'x.geojson');
    expect(r.events.map((e) => [e.title, e.lon, e.lat])).toEqual([
      ['Strike', 37.6, 55.7],
      ['March', 30.5, 59.5]
    ]);
    expect(r.problems).toEqual([
      {
        row: 3,
        field: 'geometry',
        message: 'feature 2 is a LineString; its centroid is used',
        dropped: false
      },
      {
        row: 4,
        field: 'geometry',
        message: 'feature 3 has a Polygon without valid coordinates',
        dropped: true
      },
      {
        row: 2,
        field: 'type',
        message: 'read from the title: "Strike"',
        dropped: false,
        value: 'Strike'
      }
    ]);
    expect(r.rows).toBe(3);
  });

  it('refuses files that are not tables, with the reason', () => {
    expect(() => readTable(enc('just one column\n1\n2'), 'x.csv')).toThrow('x.csv has 1 column');
    expect(() => readTable(enc('{"type": "Topology"}'), 'x.json')).toThrow('not a GeoJSON');
    expect(() => readTable(enc('{oops'), 'x.json')).toThrow('not valid JSON');
  });

  it('imports 100k rows', () => {
    const lines = ['date,lat,lon,type'];
    for (let i = 0; i < 100_000; i++)
      lines.push(
        `1917-${String((i % 12) + 1).padStart(2, '0')}-01,${50 + (i % 10)},${30 + (i % 20)},strike`
      );
    const bytes = enc(lines.join('\n'));
    const p = previewTable(bytes, 'big.csv');
    const r = importTable(readTable(bytes, 'big.csv'), p.mapping, places, 'big', 'big.csv');
    expect(r.events).toHaveLength(100_000);
    expect(r.problems).toEqual([]);
  });
});
