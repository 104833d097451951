import { describe, expect, it } from 'vitest';
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
    expect(d.json.byteLength).toBe(0);
    expect(d.points.pos.byteLength).toBe(0);
    port1.close();
  });
});
