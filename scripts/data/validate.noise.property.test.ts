/**
 * Property tests of the data-file validator on damaged data files: valid files cut, spliced,
 * duplicated, nested deeply, or replaced by noise. validateGeodata must never throw, and every
 * problem must name its file and field (and line and id where it has them). Plus the hostile
 * files, one by one: huge and deeply nested.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ok, RUNS, TIMEOUT } from '../../src/lib/testing/property';
import { formatProblem } from './problems';
import { validateGeodata, type GeodataInput } from './validate';
import {
  checkProblems,
  paths,
  GOOD_SOURCES,
  lines,
  PLACES_PATH,
  placeFeature,
  SOURCES_PATH
} from './validate.fixtures';

const SEED = 1906;

const event = (id: string, place = 'moscow', date = '1917-03-08') =>
  `- id: ${id}\n  title: T <b>${id}</b>\n  summary: "S: ${id}"\n  type: strike\n  date: ${date}\n  calendar: gregorian\n  precision: day\n  start: ${date}\n  end: ${date}\n  place: ${place}\n  sources:\n    - { id: tabor-2017, line: 1 }\n`;

/** A valid data set: every file kind, with names of every period and an area. */
function validInput(): GeodataInput {
  return {
    sources: { path: SOURCES_PATH, text: JSON.stringify(GOOD_SOURCES, null, 1) },
    places: {
      path: PLACES_PATH,
      text: JSON.stringify(
        {
          type: 'FeatureCollection',
          features: [
            placeFeature('moscow', [37.62, 55.75]),
            placeFeature('petrograd', [30.31, 59.94], {
              names: [
                { name: 'St Petersburg', to: '1914-08-31' },
                { name: 'Petrograd', from: '1914-08-31' }
              ]
            }),
            {
              type: 'Feature',
              id: 'ice',
              geometry: {
                type: 'Polygon',
                coordinates: [
                  [
                    [29.7, 59.9],
                    [29.9, 59.9],
                    [29.9, 60],
                    [29.7, 59.9]
                  ]
                ]
              },
              properties: {
                id: 'ice',
                kind: 'ice',
                names: [{ name: 'Ice' }],
                certainty: 'region',
                anchor: [29.8, 59.95]
              }
            }
          ]
        },
        null,
        1
      )
    },
    events: [
      {
        path: 'geodata/events/1917.yaml',
        text: event('a') + event('b', 'petrograd', '1917-03-09')
      },
      { path: 'geodata/events/1921.yaml', text: `# Kronstadt\n${event('d', 'ice', '1921-03-07')}` }
    ],
    cities: [
      {
        path: 'geodata/city/k.geojson',
        text: JSON.stringify({
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
              properties: { layer: 'route', from_date: '1921-03-08', to_date: '1921-03-18' }
            }
          ]
        })
      }
    ],
    sourceLines: { 'tabor.txt': lines(50), 'trotsky.txt': lines(500) }
  };
}

/** Strings that have broken parsers: markup, quotes, YAML and JSON syntax, odd unicode. */
const nasty = fc.constantFrom(
  '<script>alert(1)</script>',
  '"',
  "'",
  ': ',
  '\n- ',
  '\n  ',
  '\t',
  '#',
  '&a ',
  '*a',
  '<<: *a',
  '!!binary ',
  '!custom ',
  '%YAML 1.1\n---\n',
  '---\n',
  '...\n',
  '{',
  '}',
  '[',
  ']',
  ',',
  'null',
  '1e999',
  '-0',
  '"\\u0000"',
  '\ufeff',
  '\u0000',
  '\r\n',
  '\u2028',
  '🚩',
  '__proto__',
  '"__proto__": {"id": 1}',
  'constructor',
  '1917-02-30',
  '99999-01-01'
);
const anyText = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.integer({ min: 100, max: 1000 }).map((n) => 'Ж'.repeat(n))
);

describe('validateGeodata on damaged files', () => {
  it('starts from a valid data set', () => {
    const { problems, data } = validateGeodata(validInput());
    expect(problems).toEqual([]);
    expect(data.events.map((e) => e.id)).toEqual(['a', 'b', 'd']);
  });

  /** Damage to a whole file: cuts, insertions, duplications, deep nesting, noise. */
  const mutation = fc.oneof(
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: fc.oneof(nasty, anyText) }),
    fc.record({ op: fc.constant('delete' as const), at: fc.nat(), n: fc.nat(60) }),
    fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), n: fc.nat(120) }),
    fc.record({
      op: fc.constant('deep' as const),
      at: fc.nat(),
      n: fc.integer({ min: 1, max: 150 }),
      open: fc.constantFrom('[', '{"a":', '- ')
    })
  );
  type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;
  const mutate = (s: string, m: Mutation): string => {
    const at = s.length ? m.at % (s.length + 1) : 0;
    switch (m.op) {
      case 'insert':
        return s.slice(0, at) + m.s + s.slice(at);
      case 'delete':
        return s.slice(0, at) + s.slice(at + m.n);
      case 'duplicate':
        return s.slice(0, at + m.n) + s.slice(at, at + m.n) + s.slice(at + m.n);
      case 'deep':
        return s.slice(0, at) + m.open.repeat(m.n) + s.slice(at);
    }
  };
  const damaged = fc
    .tuple(
      fc.array(fc.tuple(fc.nat(4), mutation), { minLength: 1, maxLength: 4 }),
      fc.option(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.constantFrom(
            '',
            'null',
            '[]',
            '{}',
            '"x"',
            '1e999',
            '[null]',
            '{"type":"FeatureCollection","features":[null,1,"x",[]]}'
          )
        ),
        { nil: undefined }
      ),
      fc.nat(4),
      fc.option(
        fc.dictionary(
          fc.oneof(fc.string(), fc.constantFrom('__proto__', 'toString', 'tabor.txt')),
          fc.array(fc.oneof(fc.integer(), fc.constant(NaN)), { maxLength: 600 })
        ),
        { nil: undefined }
      )
    )
    .map(([ms, noise, noiseAt, counts]) => {
      const input = validInput();
      const files = [input.sources, input.places, ...input.events, ...(input.cities ?? [])];
      const touched = new Set<string>();
      for (const [k, m] of ms) {
        const f = files[k % files.length];
        f.text = mutate(f.text, m);
        touched.add(f.path);
      }
      if (noise !== undefined) {
        files[noiseAt % files.length].text = noise;
        touched.add(files[noiseAt % files.length].path);
      }
      if (counts) input.sourceLines = counts;
      return { input, touched };
    });

  it(
    `never throws on damaged files and noise, and every problem names its file and field (${RUNS} data sets)`,
    () => {
      let runs = 0;
      fc.assert(
        fc.property(damaged, ({ input, touched }) => {
          runs++;
          const { problems, data } = validateGeodata(input);
          checkProblems(problems, paths(input));
          // An event file left whole keeps its events, while the places are whole too.
          const ids = new Set(data.events.map((e) => e.id));
          const kept = {
            'geodata/events/1917.yaml': ['a', 'b'],
            'geodata/events/1921.yaml': ['d']
          };
          if (!touched.has(PLACES_PATH))
            for (const [path, expected] of Object.entries(kept))
              if (!touched.has(path))
                ok(
                  expected.every((id) => ids.has(id)),
                  'a whole file keeps its events',
                  { path, problems }
                );
          for (const e of data.events) {
            ok(Number.isFinite(e.lon) && Number.isFinite(e.lat), 'an event has coordinates', e);
            // (An end before its start is reported; the data is used only without problems.)
            ok(Number.isInteger(e.start) && Number.isInteger(e.end), 'an event has days', e);
          }
          for (const p of data.places)
            ok(Number.isFinite(p.lon) && Number.isFinite(p.lat), 'a place has coordinates', p);
          ok(typeof JSON.stringify(data) === 'string', 'the data can be written');
        }),
        { numRuns: RUNS, seed: SEED }
      );
      expect(runs).toBeGreaterThanOrEqual(RUNS);
    },
    TIMEOUT
  );
});

describe('hostile data files', () => {
  it(
    // How long this takes is measured by npm run bench.
    'reads a file of 10,000 events and reports the bad one after them at its own line',
    () => {
      const one = (i: number) =>
        `- id: e-${i}\n  title: T\n  summary: S\n  type: strike\n  date: 1917-03-08\n  calendar: gregorian\n  precision: day\n  start: 1917-03-08\n  end: 1917-03-08\n  place: moscow\n  sources:\n    - { id: tabor-2017, line: 1 }\n`;
      const events = Array.from({ length: 10_000 }, (_, i) => one(i)).join('');
      const { problems, data } = validateGeodata({
        sources: { path: SOURCES_PATH, text: JSON.stringify(GOOD_SOURCES) },
        places: {
          path: PLACES_PATH,
          text: JSON.stringify({
            type: 'FeatureCollection',
            features: [placeFeature('moscow', [37.62, 55.75])]
          })
        },
        events: [{ path: 'geodata/events/big.yaml', text: `${events}- id: bad\n  title: x\n` }]
      });
      expect(data.events).toHaveLength(10_000);
      expect(problems[0]).toMatchObject({ line: 10_000 * 12 + 1, id: 'bad' });
    },
    TIMEOUT
  );

  it(
    'reports files nested 100,000 levels deep instead of overflowing the stack',
    () => {
      const deep = '['.repeat(100_000) + ']'.repeat(100_000);
      const { problems, data } = validateGeodata({
        sources: { path: SOURCES_PATH, text: deep },
        places: { path: PLACES_PATH, text: `{"type":"FeatureCollection","features":${deep}}` },
        events: [
          { path: 'a.yaml', text: `- id: a\n  title: ${deep}\n` },
          { path: 'b.yaml', text: '- '.repeat(100_000) + 'x\n' },
          { path: 'c.yaml', text: `- id: c\n  title: ${'{a: '.repeat(100_000)}\n` }
        ],
        cities: [
          {
            path: 'k.geojson',
            text: `{"type":"FeatureCollection","features":[{"type":"Feature","id":"k","geometry":{"type":"LineString","coordinates":${deep}},"properties":{}}]}`
          }
        ]
      });
      expect(data.events).toEqual([]);
      const files = new Set(problems.map((p) => p.file));
      expect([...files].sort()).toEqual(
        [SOURCES_PATH, PLACES_PATH, 'a.yaml', 'b.yaml', 'c.yaml', 'k.geojson'].sort()
      );
      expect(problems.find((p) => p.file === 'k.geojson')).toMatchObject({
        id: 'k',
        field: expect.stringMatching(/^geometry/)
      });
    },
    TIMEOUT
  );

  it('resolves YAML aliases between events, and refuses an alias bomb in one', () => {
    const shared = event('a').replace(
      '  sources:\n    - { id: tabor-2017, line: 1 }\n',
      '  sources: &cited\n    - { id: tabor-2017, line: 1 }\n'
    );
    const bomb =
      '- id: bomb\n  a: &x [x, x, x, x, x, x, x, x, x, x]\n' +
      '  b: &y [*x, *x, *x, *x, *x, *x, *x, *x, *x, *x]\n' +
      '  c: [*y, *y, *y, *y, *y, *y, *y, *y, *y, *y]\n';
    const { problems, data } = validateGeodata({
      ...validInput(),
      events: [
        {
          path: 'e.yaml',
          text: shared + event('b').replace(/ {2}sources:\n.*\n$/, '  sources: *cited\n') + bomb
        }
      ],
      cities: []
    });
    expect(data.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(problems).toMatchObject([{ file: 'e.yaml', line: 24, id: '#3', field: '(yaml)' }]);
    expect(problems[0].message).toMatch(/cannot be read: .*alias/i);
  });

  it('keeps the events of a YAML file around one broken event', () => {
    const good = (id: string) =>
      `- id: ${id}\n  title: T\n  summary: S\n  type: strike\n  date: 1917-03-08\n  calendar: gregorian\n  precision: day\n  start: 1917-03-08\n  end: 1917-03-08\n  place: moscow\n  sources:\n    - { id: tabor-2017, line: 1 }\n`;
    const { problems, data } = validateGeodata({
      sources: { path: SOURCES_PATH, text: `\ufeff${JSON.stringify(GOOD_SOURCES)}` },
      places: {
        path: PLACES_PATH,
        text: JSON.stringify({
          type: 'FeatureCollection',
          features: [placeFeature('moscow', [37.62, 55.75])]
        })
      },
      events: [{ path: 'e.yaml', text: `${good('a')}${good('b')}  id: again\n${good('c')}` }]
    });
    expect(data.events.map((e) => e.id)).toEqual(['a', 'c']);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^e\.yaml:25 \(yaml\): Map keys must be unique/)
    ]);
  });
});
