import { describe, expect, it } from 'vitest';
import type { AtlasPlace } from '$lib/model/atlas-data';
import { dayFromYmd } from '$lib/time/days';
import { guessMapping } from './mapping';
import { readRow, rowContext, type RowContext } from './read-row';
import { typeFromCell } from './type-words';

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
  return rowContext(guessMapping(header), places, 'imp1', 'strikes.csv');
}

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
        message:
          '"1917-02-30" does not exist: February 1917 has 28 days in the Gregorian (New Style) calendar',
        dropped: true,
        value: '1917-02-30'
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
        message: '"picnic" is not a type the atlas knows; drawn as demonstration',
        dropped: false,
        value: 'picnic'
      }
    ]);
  });
});

describe('types', () => {
  it("reads types in common forms, and ACLED's event and sub-event types", () => {
    expect(typeFromCell('Забастовка')).toBe('strike');
    expect(typeFromCell('Seizure of power')).toBe('seizure');
    expect(typeFromCell('uprising')).toBe('rising');
    expect(typeFromCell('Violence against civilians')).toBe('repression');
    expect(typeFromCell('Peaceful protest')).toBe('demonstration');
    expect(typeFromCell('Armed clash')).toBe('battle');
    expect(typeFromCell('?')).toBeNull();
  });
});

describe('readRow on rows as other tools write them', () => {
  it('ACLED: sub-event type to the atlas type, actors, fatalities as the toll, a readable title', () => {
    const header = [
      'event_date',
      'event_type',
      'sub_event_type',
      'actor1',
      'actor2',
      'location',
      'latitude',
      'longitude',
      'notes',
      'fatalities'
    ];
    const { event, problems } = readRow(
      [
        '1917-03-08',
        'Protests',
        'Excessive force against protesters',
        'Protesters (Russia)',
        'Police Forces of Russia',
        'Petrograd',
        '59.94',
        '30.31',
        'Crowd fired on.',
        '3'
      ],
      2,
      ctx(header)
    );
    expect(problems).toEqual([]);
    expect(event).toMatchObject({
      type: 'repression',
      subtype: 'Excessive force against protesters',
      actors: ['Protesters (Russia)', 'Police Forces of Russia'],
      casualties: [{ count: 3, kind: 'killed', source: 'import:strikes.csv', line: 2 }],
      summary: 'Crowd fired on.',
      title: 'Excessive force against protesters at Petrograd, 1917-03-08',
      place: 'petrograd'
    });
  });

  it('finds the place in the text of a file without places, and says so', () => {
    const { event, problems } = readRow(
      ['1917-03-08', 'Strike at the Putilov works', 'Workers of Piter walked out.'],
      4,
      ctx(['date', 'headline', 'text'])
    );
    expect(event).toMatchObject({ place: 'petrograd', placeInferred: true, lat: 59.94 });
    expect(problems).toEqual([
      {
        row: 4,
        field: 'place',
        message: 'read from the text: "Piter"',
        dropped: false,
        value: 'Piter'
      },
      {
        row: 4,
        field: 'type',
        message: 'read from the title: "Strike"',
        dropped: false,
        value: 'Strike'
      }
    ]);
    expect(
      readRow(['1917-03-08', 'A strike', 'Somewhere.'], 5, ctx(['date', 'headline', 'text']))
        .problems[0]
    ).toMatchObject({ field: 'place', dropped: true });
  });

  it('keeps the citations, precision and calendar an atlas export carries', () => {
    const header = ['date', 'calendar', 'precision', 'approximate', 'title', 'place', 'sources'];
    const { event } = readRow(
      ['1917-02', 'julian', 'season', 'true', 'Unrest', 'petrograd', 'guerin:120 tabor:33'],
      2,
      ctx(header)
    );
    expect(event).toMatchObject({
      date: '1917-02',
      calendar: 'julian',
      precision: 'season',
      approximate: true,
      sources: [
        { source: 'guerin', line: 120 },
        { source: 'tabor', line: 33 }
      ]
    });
  });
});

describe('a type from the title', () => {
  it('reads a row without a type as its title names it, and says so', () => {
    const { event, problems } = readRow(
      ['1905-01-25', 'Battle of Sandepu', '41.78', '123.43'],
      2,
      ctx(['date', 'title', 'lat', 'lon'])
    );
    expect(event?.type).toBe('battle');
    expect(problems).toEqual([
      {
        row: 2,
        field: 'type',
        message: 'read from the title: "Battle"',
        dropped: false,
        value: 'Battle'
      }
    ]);
  });
});

describe('ACLED exports in the older column set', () => {
  // The header of older ACLED exports (see tests/fixtures/peers/README.md, "ACLED"), with dates
  // as Excel saved them (9-May-20) and as quoted text ("21 March 2020").
  const header =
    'data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3'.split(
      ','
    );
  const row = (date: string) => {
    const cells = header.map(() => '');
    const set = (k: string, v: string) => (cells[header.indexOf(k)] = v);
    set('event_date', date);
    set('event_type', 'Riots');
    set('sub_event_type', 'Mob violence');
    set('actor1', 'Rioters (Ukraine)');
    set('location', 'Kyiv');
    set('latitude', '50.45');
    set('longitude', '30.52');
    set('fatalities', '0');
    return cells;
  };

  it('reads d-Mon-yy and "21 March 2020", and the riot as a rising', () => {
    const c = ctx(header);
    const a = readRow(row('9-May-20'), 2, c);
    expect(a.event).toMatchObject({ date: '2020-05-09', type: 'rising', casualties: [] });
    expect(a.problems.map((p) => p.field)).toEqual(['date']);
    expect(a.problems[0].dropped).toBe(false);
    const b = readRow(row('21 March 2020'), 3, c);
    expect(b.event).toMatchObject({ date: '2020-03-21', actors: ['Rioters (Ukraine)'] });
    expect(b.problems).toEqual([]);
  });
});
