import { describe, expect, it } from 'vitest';
import type { AtlasPlace } from '$lib/model/atlas-data';
import { MOSCOW } from '$lib/testing/moscow';
import { EventTable } from '$lib/model/event-table';
import { dayFromYmd } from '$lib/time/days';
import { reachOf, reachOfData } from './reach';
import { importColumns, importTable, previewTable, readTable } from './run-import';

const places: AtlasPlace[] = [MOSCOW];
const enc = (s: string) => new TextEncoder().encode(s);
const period = { start: dayFromYmd(1905, 1, 1), end: dayFromYmd(1921, 12, 31) };

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

describe('importColumns', () => {
  it('gives the events of importTable, in the same order, as a table of columns', () => {
    const csv = [
      'date,end,place,lat,lon,type,title,actors,toll,sources',
      '1918-04-12,,Moscow,,,repression,Raid,Cheka,3 killed,',
      '1917-03-01,1917-03-05,,59.9,30.3,strike,Putilov,workers;soldiers,,"Trotsky, ch. 7"',
      '1918-13-01,,Moscow,,,strike,Bad date,,,',
      '1917-03-01,1917-03-02,,59.9,30.3,demonstration,Same start,,,',
      '1917-03-01,,Москва,,,strike,Same start and shorter,,"several",',
      '1905-01-22,,,59.93,30.31,massacre,"Bloody Sunday, ""quoted""",,"about 200",'
    ].join('\n');
    const table = readTable(enc(csv), 'x.csv');
    const { mapping } = previewTable(enc(csv), 'x.csv');
    const rows = importTable(table, mapping, places, 'imp', 'x.csv');
    const progress: string[] = [];
    const columns = importColumns(
      table,
      mapping,
      places,
      'imp',
      'x.csv',
      () => progress.push('mapping'),
      () => progress.push('packing')
    );
    expect(rows.events.length).toBe(5);
    expect(EventTable.from(structuredClone(columns.data)).all()).toEqual(rows.events);
    expect(columns.problems).toEqual(rows.problems);
    expect(columns.counts).toEqual(rows.counts);
    expect(columns.rows).toBe(rows.rows);
    expect(progress).toEqual(['packing']);
    expect(reachOfData(columns.data, period)).toEqual(reachOf(rows.events, period));
  });

  it('imports 20,000 rows as importTable does', () => {
    const lines = ['date,end,lat,lon,type,title'];
    for (let i = 0; i < 20_000; i++)
      lines.push(
        `1917-${String(((i * 7) % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')},,${50 + (i % 10)},${-20 + (i % 60)},strike,Event ${i}`
      );
    const bytes = enc(lines.join('\n'));
    const p = previewTable(bytes, 'big.csv');
    const table = readTable(bytes, 'big.csv');
    const rows = importTable(table, p.mapping, places, 'big', 'big.csv');
    const columns = importColumns(table, p.mapping, places, 'big', 'big.csv');
    expect(columns.data.points.count).toBe(20_000);
    expect(EventTable.from(columns.data).all()).toEqual(rows.events);
    const reach = reachOfData(columns.data, period);
    expect(reach.offMap).toBeGreaterThan(1000);
    expect(reach).toEqual(reachOf(rows.events, period));
  });
});
