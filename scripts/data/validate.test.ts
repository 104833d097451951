import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems';
import { validateGeodata, type GeodataInput } from './validate';
import { readGeodata } from './read-geodata';
import { GOOD_SOURCES, placeFeature } from './validate.fixtures';
import { dayFromYmd } from '../../src/lib/time/days';

const SOURCES = JSON.stringify([GOOD_SOURCES[0]]);

const PLACES = {
  type: 'FeatureCollection',
  features: [
    placeFeature('petrograd', [30.31, 59.94], {
      names: [
        { name: 'St Petersburg', to: '1914-08-31' },
        { name: 'Petrograd', from: '1914-08-31', to: '1924-01-26' }
      ]
    }),
    placeFeature('moscow', [37.62, 55.75])
  ]
};

const EVENT = `- id: bloody-sunday-1905
  title: Bloody Sunday
  summary: Troops fire on a procession of workers.
  type: repression
  date: 1905-01-09
  calendar: julian
  precision: day
  start: 1905-01-22
  end: 1905-01-22
  place: petrograd
  sources:
    - { id: tabor-2017, line: 12 }
`;

function input(
  over: {
    sources?: string;
    places?: unknown;
    events?: string;
    lines?: Record<string, number[]>;
  } = {}
): GeodataInput {
  return {
    sources: { path: 'geodata/sources.json', text: over.sources ?? SOURCES },
    places: { path: 'geodata/places.geojson', text: JSON.stringify(over.places ?? PLACES) },
    events: [{ path: 'geodata/events/1905.yaml', text: over.events ?? EVENT }],
    sourceLines: over.lines
  };
}

function messages(over: Parameters<typeof input>[0]): string[] {
  return validateGeodata(input(over)).problems.map(formatProblem);
}

describe('validateGeodata on a good fixture', () => {
  it('passes and joins events to places with New Style day numbers', () => {
    const { problems, data } = validateGeodata(input());
    expect(problems).toEqual([]);
    expect(data.events).toHaveLength(1);
    expect(data.events[0]).toMatchObject({
      id: 'bloody-sunday-1905',
      start: dayFromYmd(1905, 1, 22),
      lon: 30.31,
      lat: 59.94
    });
    expect(data.places.find((p) => p.id === 'petrograd')?.names[1].from).toBe(
      dayFromYmd(1914, 8, 31)
    );
  });
});

describe('validateGeodata on bad fixtures names file, row and field', () => {
  it('an unknown place id', () => {
    expect(messages({ events: EVENT.replace('place: petrograd', 'place: petrogard') })).toEqual([
      'geodata/events/1905.yaml:1 [bloody-sunday-1905] place: "petrogard" is not in places.geojson'
    ]);
  });

  it('a missing place id', () => {
    expect(messages({ events: EVENT.replace('  place: petrograd\n', '') })[0]).toMatch(
      /1905\.yaml:1 \[bloody-sunday-1905\] place: /
    );
  });

  it('an impossible date', () => {
    const m = messages({ events: EVENT.replace('date: 1905-01-09', 'date: 1905-02-30') });
    expect(m).toContain(
      'geodata/events/1905.yaml:1 [bloody-sunday-1905] date: "1905-02-30" does not exist in the julian calendar'
    );
  });

  it('a start that does not match the Old Style date, with the expected value', () => {
    const m = messages({ events: EVENT.replace('start: 1905-01-22', 'start: 1905-01-09') });
    expect(m).toContain(
      'geodata/events/1905.yaml:1 [bloody-sunday-1905] start: 1905-01-09 does not match date 1905-01-09 (julian): expected 1905-01-22'
    );
  });

  it('a reversed span', () => {
    const bad = EVENT.replace('date: 1905-01-09', 'date: 1905-01-09/1905-01-01').replace(
      'end: 1905-01-22',
      'end: 1905-01-14'
    );
    expect(messages({ events: bad }).join('\n')).toMatch(
      /end: 1905-01-14 is before start 1905-01-22/
    );
    expect(messages({ events: bad }).join('\n')).toMatch(
      /date: "1905-01-09\/1905-01-01" ends before it starts/
    );
  });

  it('a date outside 1850–1950', () => {
    const bad = EVENT.replace('date: 1905-01-09', 'date: 1805-01-09')
      .replace('start: 1905-01-22', 'start: 1805-01-21')
      .replace('end: 1905-01-22', 'end: 1805-01-21');
    expect(messages({ events: bad })).toContain(
      'geodata/events/1905.yaml:1 [bloody-sunday-1905] start: 1805-01-21 is outside 1850–1950'
    );
  });

  it('an unknown type', () => {
    expect(messages({ events: EVENT.replace('type: repression', 'type: picnic') })[0]).toMatch(
      /1905\.yaml:1 \[bloody-sunday-1905\] type: must be one of rising, strike/
    );
  });

  it('a source id not in the bibliography', () => {
    expect(messages({ events: EVENT.replace('id: tabor-2017', 'id: trotsky-1930') })).toEqual([
      'geodata/events/1905.yaml:1 [bloody-sunday-1905] sources[0].id: "trotsky-1930" is not in sources.json'
    ]);
  });

  it('a paragraph beyond the end of the text', () => {
    expect(messages({ events: EVENT.replace('line: 12', 'line: 51') })).toEqual([
      'geodata/events/1905.yaml:1 [bloody-sunday-1905] sources[0].line: 51 is beyond the end of tabor-2017 (50 lines)'
    ]);
  });

  it('a paragraph that is a blank line of the text', () => {
    const lines: number[] = Array.from({ length: 50 }, (_, i) => (i === 11 ? 0 : 30));
    expect(
      messages({ lines: { 'tabor.txt': lines, 'trotsky.txt': new Array(500).fill(9) } })
    ).toEqual([
      'geodata/events/1905.yaml:1 [bloody-sunday-1905] sources[0].line: 12 is a blank line of tabor-2017'
    ]);
    lines[11] = 1;
    expect(
      messages({ lines: { 'tabor.txt': lines, 'trotsky.txt': new Array(500).fill(9) } })
    ).toEqual([]);
  });

  it('a line count that differs from the text at hand', () => {
    expect(messages({ lines: { 'tabor.txt': new Array(40).fill(5) } })).toContain(
      'geodata/sources.json [tabor-2017] lines: says 50 but tabor.txt has 40 lines'
    );
  });

  it('a duplicate id, with both rows', () => {
    const second = EVENT.replace(/^/gm, '').trim();
    const m = messages({ events: `${EVENT}${second}\n` });
    expect(m).toEqual([
      'geodata/events/1905.yaml:13 [bloody-sunday-1905] id: is used twice (also at geodata/events/1905.yaml:1)'
    ]);
  });

  it('a place without coordinates', () => {
    const noGeom = {
      ...PLACES,
      features: [
        ...PLACES.features,
        { type: 'Feature', geometry: null, properties: { id: 'kiev' } }
      ]
    };
    expect(messages({ places: noGeom })).toEqual([
      'geodata/places.geojson [kiev] geometry: is missing: every place needs coordinates'
    ]);
  });

  it('a place outside the region', () => {
    const paris = {
      ...PLACES,
      features: [...PLACES.features, placeFeature('paris', [2.35, 48.85])]
    };
    expect(messages({ places: paris })).toEqual([
      "geodata/places.geojson [paris] geometry: [2.35, 48.85] lies outside the map's region"
    ]);
  });

  it('overlapping name periods', () => {
    const overlap = {
      ...PLACES,
      features: [
        placeFeature('petrograd', [30.31, 59.94], {
          names: [
            { name: 'St Petersburg', to: '1914-09-01' },
            { name: 'Petrograd', from: '1914-08-31' }
          ]
        }),
        PLACES.features[1]
      ]
    };
    expect(messages({ places: overlap })).toEqual([
      'geodata/places.geojson [petrograd] names[1]: "Petrograd" overlaps the period of "St Petersburg"'
    ]);
  });

  it('broken YAML, with its line', () => {
    expect(messages({ events: EVENT + '  - : : [\n' })[0]).toMatch(
      /^geodata\/events\/1905\.yaml:\d+ \(yaml\): /
    );
  });

  it('keeps reporting after the first problem', () => {
    const bad = EVENT.replace('place: petrograd', 'place: nowhere').replace('line: 12', 'line: 99');
    expect(messages({ events: bad })).toHaveLength(2);
  });
});

describe('the real geodata', () => {
  it('passes validation', () => {
    const { problems, data } = validateGeodata(readGeodata());
    expect(problems.map(formatProblem)).toEqual([]);
    expect(data.events.length).toBeGreaterThan(0);
  });

  it('places every event at its place, with no screen offset', () => {
    const { data } = validateGeodata(readGeodata());
    const byId = new Map(data.places.map((p) => [p.id, p]));
    const moved = data.events.filter((e) => {
      const p = byId.get(e.place)!;
      return e.dx !== 0 || e.dy !== 0 || e.lon !== p.lon || e.lat !== p.lat;
    });
    expect(moved.map((e) => e.id)).toEqual([]);
    expect(data.events.length).toBeGreaterThan(100);
  });
});

describe('timed city features', () => {
  it('become areas with day spans, and bad dates are reported', () => {
    const fc = (props: Record<string, unknown>) =>
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            id: 'route-a',
            geometry: {
              type: 'LineString',
              coordinates: [
                [29.7, 59.9],
                [29.8, 60.0]
              ]
            },
            properties: { layer: 'route', ...props }
          }
        ]
      });
    const good = validateGeodata({
      ...input(),
      cities: [
        {
          path: 'geodata/city/k.geojson',
          text: fc({ from_date: '1921-03-08', to_date: '1921-03-18' })
        }
      ]
    });
    expect(good.problems).toEqual([]);
    expect(good.data.areas.features[0].properties).toMatchObject({
      id: 'route-a',
      kind: 'route',
      from: dayFromYmd(1921, 3, 8),
      to: dayFromYmd(1921, 3, 18)
    });
    const bad = validateGeodata({
      ...input(),
      cities: [
        {
          path: 'geodata/city/k.geojson',
          text: fc({ from_date: '1921-02-30', to_date: '1921-03-18' })
        }
      ]
    });
    expect(bad.problems.map(formatProblem)).toEqual([
      'geodata/city/k.geojson [route-a] properties.from_date: "1921-02-30" is not a real date'
    ]);
  });
});
