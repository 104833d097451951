import { describe, expect, it } from 'vitest';
import type { AtlasPlace } from '$lib/model/atlas-data';
import { importTable, readTable } from '../run-import';
import { guessMapping } from '../mapping';
import { firstRowIsData, nameColumns } from './headerless';

const enc = (s: string) => new TextEncoder().encode(s);
const rows = (csv: string) => csv.split('\n').map((l) => l.split(','));

describe('firstRowIsData', () => {
  it('sees data in a first row whose dates or numbers sit over more of the same', () => {
    expect(firstRowIsData(rows('1917-03-08,Petrograd,strike\n1917-03-09,Moscow,strike'))).toBe(
      true
    );
    expect(firstRowIsData(rows('08.03.1917,59.94,30.31\n09.03.1917,55.75,37.62'))).toBe(true);
    expect(firstRowIsData(rows('Petrograd,1917,3\nMoscow,1918,4\nKiev,1919,'))).toBe(true);
  });

  it('sees a header in a first row of words over dates or numbers', () => {
    expect(firstRowIsData(rows('date,place\n1917-03-08,Petrograd'))).toBe(false);
    expect(firstRowIsData(rows('Year,Month,Day,Headline\n1917,3,8,Strike'))).toBe(false);
    // A date over dates, but a word over numbers: a header (its first cell badly named).
    expect(firstRowIsData(rows('1917-03-08,lat\n1917-03-09,59.9'))).toBe(false);
  });

  it('takes a one-row table, or one of words only, to have a header', () => {
    expect(firstRowIsData(rows('1917-03-08,Petrograd'))).toBe(false);
    expect(firstRowIsData(rows('title,place\nStrike,Petrograd'))).toBe(false);
    expect(firstRowIsData([])).toBe(false);
  });
});

describe('nameColumns', () => {
  it('names empty header cells by their position', () => {
    expect(nameColumns(['date', '', ' ', 'place'])).toEqual([
      'date',
      'column 2',
      'column 3',
      'place'
    ]);
  });
});

describe('a CSV without a header row', () => {
  it('keeps its first row as data, numbered as in the file, with numbered columns', () => {
    const t = readTable(
      enc('\n1917-03-08,Petrograd,strike\n1917-03-09,Moscow,rising,extra\n'),
      'bare.csv'
    );
    expect(t).toMatchObject({
      headerless: true,
      header: ['column 1', 'column 2', 'column 3', 'column 4'],
      rows: [
        ['1917-03-08', 'Petrograd', 'strike'],
        ['1917-03-09', 'Moscow', 'rising', 'extra']
      ],
      rowNumbers: [2, 3]
    });
    const places: AtlasPlace[] = [
      {
        id: 'petrograd',
        kind: 'city',
        names: [{ name: 'Petrograd' }],
        aliases: [],
        certainty: 'exact',
        lon: 30.31,
        lat: 59.94,
        isArea: false
      }
    ];
    const mapping = guessMapping(t.header);
    Object.assign(mapping.columns, { date: 0, place: 1, type: 2 });
    const r = importTable(t, mapping, places, 'b', 'bare.csv');
    expect(r.events.map((e) => e.id)).toEqual(['b-r2']);
    expect(r.problems.map((p) => [p.row, p.field])).toEqual([[3, 'place']]);
  });

  it('names an empty header cell so it can be chosen', () => {
    expect(readTable(enc('date,,place\n1917-03-08,x,Moscow\n'), 'gap.csv').header).toEqual([
      'date',
      'column 2',
      'place'
    ]);
  });
});
