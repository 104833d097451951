import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AtlasEvent } from './atlas-data';
import { readGeodata } from '../../../scripts/data/read-geodata';
import { validateGeodata } from '../../../scripts/data/validate';
import { guessMapping } from '$lib/import/mapping';
import { importTable, readTable } from '$lib/import/run-import';
import { EventTable, tableData, transferables } from './event-table';

const data = validateGeodata(readGeodata()).data;

/** Rows of a CSV of the kind users import, through the real import. */
function imported(csv: string) {
  const table = readTable(new TextEncoder().encode(csv), 'strikes.csv');
  const mapping = guessMapping(table.header);
  return importTable(table, mapping, data.places, 'imp1', 'strikes.csv').events;
}

describe('EventTable', () => {
  it('gives back every event of the atlas exactly, from its arrays alone', () => {
    const from = EventTable.from(structuredClone(tableData(data.events)));
    expect(from.length).toBe(data.events.length);
    for (let i = 0; i < data.events.length; i++) expect(from.get(i)).toEqual(data.events[i]);
    expect(from.all()).toEqual(data.events);
  });

  it('keeps imported events whole, Cyrillic and quotes included, and finds them by id', () => {
    const events = imported(
      'date,title,lat,lon,type,summary\n' +
        '1917-03-08,"Забастовка на Путиловском заводе",59.9,30.3,strike,"He said ""enough"""\n' +
        '1905-01-22,Bloody Sunday,59.93,30.31,massacre,\n'
    );
    expect(events).toHaveLength(2);
    const table = EventTable.from(tableData(events), 'imp1-');
    expect(table.all()).toEqual(events);
    expect(table.indexOf(events[1].id)).toBe(1);
    expect(table.indexOf('kronstadt-1921')).toBe(-1);
    expect(table.indexOf(null)).toBe(-1);
    expect(table.start(0)).toBe(events[0].start);
  });

  it('gives back any fields JSON can hold: shared, numbers, few or many strings, lists, some events only', () => {
    const value = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('a', 'b', 'c'),
      // JSON has no NaN, infinities or −0: a value of a field without a column is kept as JSON.
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x || 0),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.record({ source: fc.string(), line: fc.nat() }), { maxLength: 2 })
    );
    const event = fc.record(
      {
        id: fc.string(),
        start: fc.integer({ min: 0, max: 9000 }),
        end: fc.integer({ min: 0, max: 9000 }),
        lon: fc.double({ min: -180, max: 180, noNaN: true }),
        lat: fc.double({ min: -85, max: 85, noNaN: true }),
        type: fc.constantFrom('strike', 'rising'),
        x: value,
        y: value,
        z: value
      },
      { requiredKeys: ['id', 'start', 'end', 'lon', 'lat', 'type'] }
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 300 }), (list) => {
        const events = list.sort((a, b) => a.start - b.start) as unknown as AtlasEvent[];
        const back = EventTable.from(structuredClone(tableData(events))).all();
        expect(back).toEqual(events);
      }),
      { numRuns: 200 }
    );
  });

  it('reads an event only when asked for it', () => {
    const table = EventTable.from(tableData(data.events));
    const e = table.get(5);
    expect(table.get(5)).toBe(e); // read once, then kept
    expect(table.indexOf(e.id)).toBe(5);
  });

  it('transfers its arrays: posting them leaves nothing behind to copy', () => {
    const d = tableData(data.events);
    const { port1 } = new MessageChannel();
    port1.postMessage(d, transferables(d));
    const arrays = [
      ...Object.values(d.points).filter((a) => ArrayBuffer.isView(a)),
      ...Object.values(d.numbers),
      ...Object.values(d.codes).map((c) => c.index),
      ...Object.values(d.flags),
      ...[d.rest, ...Object.values(d.texts)].flatMap((t) => [t.bytes, t.offsets])
    ];
    expect(arrays.length).toBeGreaterThan(6);
    for (const a of arrays) expect(a.byteLength).toBe(0);
    port1.close();
  });
});
