import { describe, expect, it } from 'vitest';
import type { AtlasPlace } from '$lib/model/atlas-data';
import { dayFromYmd } from '$lib/time/days';
import {
  guessMapping,
  normaliseDate,
  placeIndex,
  readRow,
  typeFromCell,
  type RowContext
} from './mapping';

const ns = (y: number, m: number, d: number) => dayFromYmd(y, m, d);
const places: AtlasPlace[] = [
  {
    id: 'petrograd',
    kind: 'city',
    names: [
      { name: 'St Petersburg', ru: 'Санкт-Петербург', to: ns(1914, 8, 31) },
      { name: 'Petrograd', ru: 'Петроград', from: ns(1914, 8, 31) }
    ],
    modern: 'Saint Petersburg',
    aliases: ['Piter'],
    certainty: 'exact',
    lon: 30.31,
    lat: 59.94,
    isArea: false
  }
];

function ctx(header: string[]): RowContext {
  return {
    mapping: guessMapping(header),
    places: placeIndex(places),
    layerId: 'imp1',
    fileName: 'strikes.csv'
  };
}

describe('guessMapping', () => {
  it('finds the usual columns in English and Russian', () => {
    expect(guessMapping(['Date', 'City', 'Type', 'Title']).columns).toMatchObject({
      date: 0,
      place: 1,
      type: 2,
      title: 3,
      lat: -1
    });
    expect(guessMapping(['дата', 'город', 'широта', 'долгота']).columns).toMatchObject({
      date: 0,
      place: 1,
      lat: 2,
      lon: 3
    });
  });
});

describe('readRow', () => {
  const header = ['date', 'place', 'type', 'title', 'calendar'];

  it('reads an Old Style row placed by a name of any period, in any script', () => {
    const { event, problems } = readRow(
      ['09.01.1905', 'Санкт-Петербург', 'strike', 'Putilov', 'OS'],
      2,
      ctx(header)
    );
    expect(problems).toEqual([]);
    expect(event).toMatchObject({
      start: ns(1905, 1, 22),
      calendar: 'julian',
      place: 'petrograd',
      lon: 30.31,
      type: 'strike',
      title: 'Putilov'
    });
    expect(event?.sources).toEqual([{ source: 'import:strikes.csv', line: 2 }]);
  });

  it('uses coordinates when given and keys precision on the date form', () => {
    const c = ctx(['date', 'lat', 'lon']);
    const { event } = readRow(['1917-03', '55,75', '37.62'], 3, c);
    expect(event).toMatchObject({
      lat: 55.75,
      lon: 37.62,
      precision: 'month',
      start: ns(1917, 3, 1),
      end: ns(1917, 3, 31)
    });
  });

  it('drops unreadable rows with row, field and reason', () => {
    expect(readRow(['1917-02-30', 'Petrograd', '', '', ''], 4, ctx(header)).problems).toEqual([
      {
        row: 4,
        field: 'date',
        message: '"1917-02-30" does not exist in the gregorian calendar',
        dropped: true
      }
    ]);
    expect(
      readRow(['1917-02-20', 'Atlantis', '', '', ''], 5, ctx(header)).problems[0]
    ).toMatchObject({ field: 'place', dropped: true });
    expect(readRow(['', 'Petrograd', '', '', ''], 6, ctx(header)).problems[0]).toMatchObject({
      field: 'date',
      message: 'is empty'
    });
    expect(
      readRow(['1917-02-20', '91', '30'], 7, ctx(['date', 'lat', 'lon'])).problems[0]
    ).toMatchObject({ field: 'lat' });
  });

  it('keeps a row with an unknown type, drawn as the default, and says so', () => {
    const { event, problems } = readRow(['1917-02-20', 'piter', 'picnic', '', ''], 8, ctx(header));
    expect(event?.type).toBe('demonstration');
    expect(problems).toEqual([
      {
        row: 8,
        field: 'type',
        message: '"picnic" is not a known type; drawn as demonstration',
        dropped: false
      }
    ]);
  });
});

describe('cells', () => {
  it('reads types and dates in common forms', () => {
    expect(typeFromCell('Забастовка')).toBe('strike');
    expect(typeFromCell('Seizure of power')).toBe('seizure');
    expect(typeFromCell('uprising')).toBe('rising');
    expect(typeFromCell('?')).toBeNull();
    expect(normaliseDate('7.11.1917')).toBe('1917-11-07');
    expect(normaliseDate('1917/11/7')).toBe('1917-11-07');
  });
});
