/**
 * Property tests of the data-file validator on generated geodata: good events, places, sources
 * and city features mixed with bad ones (each bad one with the file, line, id and field it must be
 * reported under), then the same files damaged and noise. validateGeodata must never throw, must
 * report every bad part where it is, and must keep every good part.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ok, RUNS, TIMEOUT } from '../../src/lib/testing/property';
import { EVENT_TYPE_IDS } from '../../src/lib/model/event-types';
import { dateFromDay } from '../../src/lib/time/calendar';
import { dayFromYmd, isoFromDay } from '../../src/lib/time/days';
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

const SEED = 1905;

const GOOD_PLACES: Record<string, [number, number]> = {
  petrograd: [30.31, 59.94],
  moscow: [37.62, 55.75],
  kronstadt: [29.77, 59.99]
};

/** Strings that have broken parsers: markup, quotes, YAML syntax, line ends, odd unicode. */
const NASTY = [
  '<script>alert(1)</script>',
  '"; DROP TABLE events; --',
  "'quoted'",
  '"',
  ': colon',
  '- dash',
  '# hash',
  '&anchor',
  '*alias',
  '!!binary',
  '{ a: 1 }',
  '[1, 2',
  '|',
  '>',
  '%YAML 1.1',
  '---',
  '...',
  'null',
  '~',
  'yes',
  '1917-02-30',
  '\ufeff',
  '\u0000',
  '\t',
  'line\nbreak',
  'crlf\r\nbreak',
  '\u202e',
  '🚩 Красный Октябрь',
  '__proto__',
  'constructor'
];
const nasty = fc.constantFrom(...NASTY);
const anyText = fc.oneof(
  { weight: 8, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 6, arbitrary: nasty },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 400 }).map((n) => 'Ж'.repeat(n)) }
);
/** Text the schema takes: not empty once trimmed. */
const text = anyText.filter((s) => s.trim().length > 0);

const day = fc.integer({ min: dayFromYmd(1851, 1, 1), max: dayFromYmd(1949, 12, 31) });
const pad = (n: number) => String(n).padStart(2, '0');
const written = (calendar: 'julian' | 'gregorian', d: number) => {
  const { year, month, day } = dateFromDay(calendar, d);
  return `${year}-${pad(month)}-${pad(day)}`;
};

interface EventSpec {
  /** The item as written (an object, or any YAML value for a malformed item), or raw YAML text. */
  item: unknown;
  raw?: string;
  id: string;
  /** null: good. Else the field (or field prefix) it must be reported under. */
  bad: string | null;
  /** The problem's id, where it differs from `id` (an item without a usable id). */
  problemId?: string;
  place?: string;
  start?: number;
}

const goodEvent = fc
  .record({
    title: text,
    summary: text,
    type: fc.constantFrom(...EVENT_TYPE_IDS),
    calendar: fc.constantFrom('julian' as const, 'gregorian' as const),
    day,
    span: fc.nat(40),
    place: fc.constantFrom(...Object.keys(GOOD_PLACES)),
    line: fc.integer({ min: 1, max: 50 }),
    // A competing date says where its line gives it (a note that is not blank).
    second: fc.option(fc.record({ line: fc.integer({ min: 1, max: 500 }), day, note: text })),
    actors: fc.option(fc.array(text, { maxLength: 2 }), { nil: undefined }),
    casualties: fc.option(fc.nat(10_000), { nil: undefined }),
    approximate: fc.option(fc.boolean(), { nil: undefined }),
    note: fc.option(anyText, { nil: undefined })
  })
  .map((g) => {
    const end = g.day + g.span;
    const item: Record<string, unknown> = {
      id: 'x',
      title: g.title,
      summary: g.summary,
      type: g.type,
      date: g.span
        ? `${written(g.calendar, g.day)}/${written(g.calendar, end)}`
        : written(g.calendar, g.day),
      calendar: g.calendar,
      precision: 'day',
      start: isoFromDay(g.day),
      end: isoFromDay(end),
      place: g.place,
      sources: [
        { id: 'tabor-2017', line: g.line },
        ...(g.second
          ? [
              {
                id: 'trotsky-1930',
                line: g.second.line,
                date: isoFromDay(g.second.day),
                calendar: 'gregorian',
                note: g.second.note
              }
            ]
          : [])
      ]
    };
    if (g.actors) item.actors = g.actors;
    if (g.casualties !== undefined)
      item.casualties = [
        // Two events may draw the same toll: then each must say what it covers.
        {
          count: g.casualties,
          kind: 'killed',
          source: 'tabor-2017',
          line: g.line,
          covers: 'the whole rising'
        }
      ];
    if (g.approximate !== undefined) item.approximate = g.approximate;
    if (g.note !== undefined) item.note = g.note;
    return { item, start: g.day, place: g.place };
  });

/** A defect of an event, and the field it is reported under. */
const DEFECTS: Record<string, (e: Record<string, unknown>) => [unknown, string, string?]> = {
  'no id': (e) => [{ ...e, id: undefined }, 'id', '#'],
  'id not a slug': (e) => [{ ...e, id: 'Not A Slug' }, 'id', 'Not A Slug'],
  'id a number': (e) => [{ ...e, id: 1917 }, 'id', '1917'],
  'id a map': (e) => [{ ...e, id: { toString: 1 } }, 'id', '#'],
  'title empty': (e) => [{ ...e, title: '   ' }, 'title'],
  'title a list': (e) => [{ ...e, title: ['a'] }, 'title'],
  'summary missing': (e) => [{ ...e, summary: undefined }, 'summary'],
  'type unknown': (e) => [{ ...e, type: 'picnic' }, 'type'],
  'date impossible': (e) => [{ ...e, date: '1917-02-30' }, 'date'],
  'date april 31': (e) => [{ ...e, date: '1917-04-31' }, 'date'],
  'date month 13': (e) => [{ ...e, date: '1917-13-01' }, 'date'],
  'date reversed': (e) => [{ ...e, date: '1917-05-01/1917-04-01' }, 'date'],
  'date nonsense': (e) => [{ ...e, date: '<script>alert(1)</script>' }, 'date'],
  'start impossible': (e) => [{ ...e, start: '1917-02-30' }, 'start'],
  'start badly written': (e) => [{ ...e, start: '1917-3-8' }, 'start'],
  'start before 1850': (e) => [{ ...e, start: '1805-01-21' }, 'start'],
  'end before start': (e) => [{ ...e, end: '1850-01-01' }, 'end'],
  'end after 1950': (e) => [{ ...e, end: '2024-01-01' }, 'end'],
  'calendar unknown': (e) => [{ ...e, calendar: 'old' }, 'calendar'],
  'precision unknown': (e) => [{ ...e, precision: 'weekly' }, 'precision'],
  'place unknown': (e) => [{ ...e, place: 'atlantis' }, 'place'],
  'place missing': (e) => [{ ...e, place: undefined }, 'place'],
  'no sources': (e) => [{ ...e, sources: [] }, 'sources'],
  'sources a string': (e) => [{ ...e, sources: 'tabor' }, 'sources'],
  'source unknown': (e) => [{ ...e, sources: [{ id: 'nobody-1900', line: 1 }] }, 'sources[0].id'],
  'source line beyond': (e) => [
    { ...e, sources: [{ id: 'tabor-2017', line: 51 }] },
    'sources[0].line'
  ],
  'source line zero': (e) => [
    { ...e, sources: [{ id: 'tabor-2017', line: 0 }] },
    'sources[0].line'
  ],
  'casualties negative': (e) => [
    { ...e, casualties: [{ count: -5, kind: 'killed', source: 'tabor-2017' }] },
    'casualties[0].count'
  ],
  'unknown key': (e) => [{ ...e, colour: 'red' }, 'colour'],
  'a scalar': () => ['just text', '(row)', '#'],
  'a list': () => [[1, 2, 3], '(row)', '#'],
  null: () => [null, '(row)', '#']
};

const badEvent = fc.tuple(goodEvent, fc.constantFrom(...Object.keys(DEFECTS)));

/** YAML damage local to one item (the items around it still read). */
const RAW_DEFECTS: Record<string, (yaml: string) => [string, string]> = {
  // A key given twice is a YAML error inside the item.
  'duplicate key': (y) => [`${y}  title: again\n`, '(yaml)'],
  // More than MAX_ALIASES expansions: refused as a "billion laughs" attack.
  'alias bomb': (y) => [
    y +
      '  a: &a [x, x, x, x, x, x, x, x, x, x]\n' +
      '  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n' +
      '  c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n',
    '(yaml)'
  ],
  'deep nesting': (y) => [`${y}  deep: ${'['.repeat(60)}${']'.repeat(60)}\n`, '(yaml)|deep'],
  'tab indent': (y) => [`${y}\tcolour: red\n`, '(yaml)']
};

/** Serialised items: `- ` plus the item, as a block. */
const itemYaml = (item: unknown) => stringify([item], { lineWidth: 0 });

interface FileSpec {
  path: string;
  text: string;
  events: (EventSpec & { line: number; lines: number; afterBreak: boolean })[];
}

const eventFile = (index: number) =>
  fc
    .record({
      items: fc.array(
        fc.oneof(
          { weight: 3, arbitrary: goodEvent.map((g) => ({ kind: 'good' as const, g })) },
          { weight: 2, arbitrary: badEvent.map((b) => ({ kind: 'bad' as const, b })) },
          {
            weight: 1,
            arbitrary: fc
              .tuple(goodEvent, fc.constantFrom(...Object.keys(RAW_DEFECTS)))
              .map(([g, d]) => ({ kind: 'raw' as const, g, d }))
          }
        ),
        { maxLength: 3 }
      ),
      gaps: fc.array(fc.constantFrom('', '\n', '# a comment\n', '\n\n'), {
        minLength: 6,
        maxLength: 6
      }),
      bom: fc.boolean(),
      crlf: fc.boolean()
    })
    .map(({ items, gaps, bom, crlf }): FileSpec => {
      const path = `geodata/events/${1905 + index}.yaml`;
      const events: FileSpec['events'] = [];
      let textOut = '';
      let line = 1;
      let broken = false;
      items.forEach((it, i) => {
        textOut += gaps[i];
        line += gaps[i].split('\n').length - 1;
        const id = `ev-${index}-${i}`;
        let chunk: string;
        let spec: EventSpec;
        if (it.kind === 'good') {
          chunk = itemYaml({ ...it.g.item, id });
          spec = { item: it.g.item, id, bad: null, place: it.g.place, start: it.g.start };
        } else if (it.kind === 'bad') {
          const [g, defect] = it.b;
          const [item, field, problemId] = DEFECTS[defect]({ ...g.item, id });
          chunk = itemYaml(item);
          spec = {
            item,
            id,
            bad: field,
            problemId: problemId === '#' ? `#${i + 1}` : (problemId ?? id)
          };
        } else {
          const [raw, field] = RAW_DEFECTS[it.d](itemYaml({ ...it.g.item, id }));
          chunk = raw;
          spec = { item: null, raw, id, bad: field, problemId: `#${i + 1}` };
        }
        const lines = chunk.split('\n').length - 1;
        events.push({ ...spec, line, lines, afterBreak: broken });
        // A tab where indentation goes ends the YAML stream: the items after it are not items.
        if (it.kind === 'raw' && it.d === 'tab indent') broken = true;
        textOut += chunk;
        line += lines;
      });
      if (crlf) textOut = textOut.replace(/\n/g, '\r\n');
      if (bom) textOut = `\ufeff${textOut}`;
      return { path, text: textOut, events };
    });

/** Place features: the good ones, bad ones mixed in (with the id and field to report). */
const PLACE_DEFECTS: [unknown, string, string][] = [
  [{ type: 'Feature', geometry: null, properties: { id: 'kiev' } }, 'kiev', 'geometry'],
  [null, 'feature #', 'geometry'],
  [placeFeature('Bad Id', [30, 50]), 'Bad Id', 'properties.id'],
  [
    {
      ...placeFeature('x', [30, 50]),
      id: undefined,
      properties: { id: { toString: 1 }, kind: 'city', names: [{ name: 'x' }], certainty: 'exact' }
    },
    'feature #',
    'properties.id'
  ],
  [placeFeature('paris', [2.35, 48.85]), 'paris', 'geometry'],
  [placeFeature('noname', [30, 50], { names: [] }), 'noname', 'properties.names'],
  [placeFeature('badfrom', [30, 50], { from: '1917-02-30' }), 'badfrom', 'properties.from'],
  [placeFeature('badkind', [30, 50], { kind: 'castle' }), 'badkind', 'properties.kind'],
  [placeFeature('nan', ['a', 50]), 'nan', 'geometry'],
  [
    {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [30, 50],
            [31, 50],
            [31, 51],
            [30, 50]
          ]
        ]
      },
      properties: {
        id: 'anchored',
        kind: 'area',
        names: [{ name: 'A' }],
        certainty: 'region',
        anchor: ['a', { b: 1 }]
      }
    },
    'anchored',
    'properties.anchor'
  ],
  [
    placeFeature('overlap', [30, 50], {
      names: [
        { name: 'A', to: '1914-09-01' },
        { name: 'B', from: '1914-08-31' }
      ]
    }),
    'overlap',
    'names[1]'
  ]
];
const SOURCE_DEFECTS: [unknown, string, string][] = [
  [{ ...GOOD_SOURCES[0], id: 'no-author', author: undefined }, 'no-author', 'author'],
  [{ ...GOOD_SOURCES[0], id: 'zero-lines', lines: 0 }, 'zero-lines', 'lines'],
  [{ ...GOOD_SOURCES[0], id: { toString: 1 } }, '#', 'id'],
  [null, '#', '(row)'],
  [{ ...GOOD_SOURCES[0], id: 'extra', isbn: 1 }, 'extra', 'isbn'],
  [{ ...GOOD_SOURCES[0], id: 'tabor-2017' }, 'tabor-2017', 'id']
];
const CITY_DEFECTS: [unknown, string, string][] = [
  [
    {
      type: 'Feature',
      id: 'c-nogeom',
      properties: { from_date: '1921-03-08', to_date: '1921-03-18' }
    },
    'c-nogeom',
    'geometry'
  ],
  [null, 'feature #', 'geometry'],
  [
    {
      type: 'Feature',
      id: 'c-circle',
      geometry: { type: 'Circle', coordinates: [30, 60] },
      properties: {}
    },
    'c-circle',
    'geometry'
  ],
  [
    {
      type: 'Feature',
      id: 'c-deep',
      geometry: {
        type: 'LineString',
        coordinates: JSON.parse('['.repeat(500) + ']'.repeat(500))
      },
      properties: {}
    },
    'c-deep',
    'geometry'
  ],
  [
    {
      type: 'Feature',
      id: 'c-date',
      geometry: {
        type: 'LineString',
        coordinates: [
          [29.7, 59.9],
          [29.8, 60]
        ]
      },
      properties: { from_date: '1921-02-30', to_date: '1921-03-18' }
    },
    'c-date',
    'properties.from_date'
  ],
  [
    {
      type: 'Feature',
      id: 'c-obj',
      geometry: {
        type: 'LineString',
        coordinates: [
          [29.7, 59.9],
          [29.8, 60]
        ]
      },
      properties: { from_date: { toString: 1 }, to_date: '1921-03-18', name: { deep: [[[1]]] } }
    },
    'c-obj',
    'properties.from_date'
  ],
  [
    {
      type: 'Feature',
      id: 'c-far',
      geometry: { type: 'Point', coordinates: [2, 48] },
      properties: {}
    },
    'c-far',
    'geometry'
  ]
];

const mixed = <T>(good: T[], bad: [unknown, string, string][]) =>
  fc
    .tuple(
      fc.subarray(
        bad.map((_, i) => i),
        { maxLength: 2 }
      ),
      fc.nat()
    )
    .map(([picked, seed]) => {
      const items: { value: unknown; bad?: [string, string] }[] = good.map((value) => ({ value }));
      for (const i of picked)
        items.splice((seed + i * 7) % (items.length + 1), 0, {
          value: bad[i][0],
          bad: [bad[i][1], bad[i][2]]
        });
      return items;
    });

const goodCity = (k: number) => ({
  type: 'Feature',
  id: `route-${k}`,
  geometry: {
    type: 'LineString',
    coordinates: [
      [29.7, 59.9],
      [29.8, 60.0]
    ]
  },
  properties: { layer: 'route', name: `Route ${k}`, from_date: '1921-03-08', to_date: '1921-03-18' }
});

const geodata = fc.record({
  files: fc
    .constantFrom(1, 1, 2)
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => eventFile(i)))),
  places: mixed(
    Object.entries(GOOD_PLACES).map(([id, c]) => placeFeature(id, c)),
    PLACE_DEFECTS
  ),
  sources: mixed(GOOD_SOURCES, SOURCE_DEFECTS),
  cities: fc.option(mixed([goodCity(1), goodCity(2)], CITY_DEFECTS), { nil: undefined }),
  counts: fc.boolean()
});
type Geodata = typeof geodata extends fc.Arbitrary<infer G> ? G : never;

function toInput(g: Geodata): GeodataInput {
  return {
    sources: { path: SOURCES_PATH, text: JSON.stringify(g.sources.map((s) => s.value)) },
    places: {
      path: PLACES_PATH,
      text: JSON.stringify({ type: 'FeatureCollection', features: g.places.map((p) => p.value) })
    },
    events: g.files.map((f) => ({ path: f.path, text: f.text })),
    cities: g.cities && [
      {
        path: 'geodata/city/k.geojson',
        text: JSON.stringify({ type: 'FeatureCollection', features: g.cities.map((c) => c.value) })
      }
    ],
    sourceLines: g.counts
      ? { 'tabor.txt': lines(50), 'trotsky.txt': lines(500), constructor: lines(1) }
      : undefined
  };
}

describe('validateGeodata properties', () => {
  it(
    `reports every bad event, place, source and city feature where it is and keeps the good ones (${RUNS} data sets)`,
    () => {
      let runs = 0;
      fc.assert(
        fc.property(geodata, (g) => {
          runs++;
          const input = toInput(g);
          const { problems, data } = validateGeodata(input);
          checkProblems(problems, paths(input));
          const events = new Map(data.events.map((e) => [e.id, e]));
          for (const file of g.files) {
            for (const spec of file.events) {
              const here = problems.filter((p) => p.file === file.path);
              if (spec.afterBreak) {
                ok(
                  here.some((p) => p.line! >= spec.line && p.line! < spec.line + spec.lines),
                  'text after a broken YAML stream is reported on its lines',
                  { spec, problems: here }
                );
              } else if (spec.bad === null) {
                const e = events.get(spec.id);
                ok(e !== undefined, 'a good event is kept', { spec, problems });
                ok(e.start === spec.start && e.place === spec.place, 'as written', { e, spec });
                ok([e.lon, e.lat].join() === GOOD_PLACES[spec.place!].join(), 'at its place', e);
                ok(!here.some((p) => p.id === spec.id && p.line === spec.line), 'no problem', {
                  spec,
                  problems
                });
              } else if (spec.raw === undefined) {
                const fields = spec.bad.split('|');
                ok(
                  here.some(
                    (p) =>
                      p.line === spec.line &&
                      p.id === spec.problemId &&
                      fields.some((f) => p.field === f || p.field.startsWith(`${f}.`))
                  ),
                  'a bad event is reported at its line, with its id and field',
                  { spec, problems: here }
                );
              } else {
                // YAML damage: reported on a line of the item; the item is not read.
                const fields = spec.bad.split('|');
                ok(
                  here.some(
                    (p) =>
                      p.line !== undefined &&
                      p.line >= spec.line &&
                      p.line < spec.line + spec.lines &&
                      fields.includes(p.field)
                  ),
                  'damaged YAML is reported on its lines',
                  { spec, problems: here }
                );
                ok(!events.has(spec.id), 'a damaged item is not read', spec);
              }
            }
          }
          const placeIds = new Set(data.places.map((p) => p.id));
          for (const id of Object.keys(GOOD_PLACES))
            ok(placeIds.has(id), 'a good place is kept', id);
          const sourceIds = new Set(data.sources.map((s) => s.id));
          for (const s of GOOD_SOURCES) ok(sourceIds.has(s.id), 'a good source is kept', s.id);
          const areaIds = new Set(data.areas.features.map((f) => f.id));
          for (const c of g.cities ?? [])
            if (!c.bad)
              ok(areaIds.has((c.value as { id: string }).id), 'a good city feature is kept', c);
          const check = (items: { bad?: [string, string] }[], file: string) =>
            items.forEach(({ bad }, i) => {
              if (!bad) return;
              const id = bad[0].endsWith('#') ? `${bad[0]}${i + 1}` : bad[0];
              ok(
                problems.some(
                  (p) =>
                    p.file === file &&
                    p.id === id &&
                    (p.field === bad[1] ||
                      p.field.startsWith(`${bad[1]}.`) ||
                      p.field.startsWith(`${bad[1]}[`))
                ),
                'a bad entry is reported with its id and field',
                { bad, id, problems: problems.filter((p) => p.file === file) }
              );
            });
          check(g.places, PLACES_PATH);
          check(g.sources, SOURCES_PATH);
          check(g.cities ?? [], 'geodata/city/k.geojson');
        }),
        { numRuns: RUNS, seed: SEED }
      );
      expect(runs).toBeGreaterThanOrEqual(RUNS);
    },
    TIMEOUT
  );
});
