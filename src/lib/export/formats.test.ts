import { describe, expect, it } from 'vitest';
import { readGeodata } from '../../../scripts/data/read-geodata';
import { validateGeodata } from '../../../scripts/data/validate';
import { parseCsv } from '$lib/import/formats/csv';
import { EXPORT_FORMATS, exportEvents } from './formats';

const { data } = validateGeodata(readGeodata());
const events = data.events.slice(0, 20);
const ctx = {
  name: 'atlas-events',
  base: 'https://example.org/',
  title: 'Revolution Atlas',
  data,
  lang: 'en' as const
};

describe('exportEvents', () => {
  it('writes each format as a file of its own kind holding the events', () => {
    const files = Object.fromEntries(
      EXPORT_FORMATS.map((f) => [f.id, exportEvents(f.id, events, ctx)])
    );
    expect(Object.values(files).map((f) => [f.name, f.type])).toEqual([
      ['atlas-events.csv', 'text/csv;charset=utf-8'],
      ['atlas-events.geojson', 'application/geo+json'],
      ['atlas-events.lpf.json', 'application/ld+json'],
      ['atlas-events.timeline.json', 'application/json']
    ]);
    expect(parseCsv(files.csv.text).rows).toHaveLength(events.length);
    expect(JSON.parse(files.geojson.text).features).toHaveLength(events.length);
    const lpf = JSON.parse(files.lpf.text);
    expect(
      lpf.features.reduce(
        (n: number, f: { properties: { events: unknown[] } }) => n + f.properties.events.length,
        0
      )
    ).toBe(events.length);
    const timeline = JSON.parse(files.timeline.text);
    expect(timeline.title.text.headline).toBe('Revolution Atlas');
    expect(timeline.events).toHaveLength(events.length);
  });
});
