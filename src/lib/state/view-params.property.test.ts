/**
 * Property tests of the URL parser on generated query strings: every parameter good, bad or
 * absent (with its expected effect), duplicated and reordered, plus noise. parseUrlState must never
 * throw, must apply every good parameter, and must name every bad one in exactly one problem.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ok, RUNS, TIMEOUT } from '$lib/testing/property';
import { EVENT_TYPE_IDS } from '$lib/model/event-types';
import { dayFromIso, dayFromYmd, isoFromDay } from '$lib/time/days';
import { TIME_MODES } from '$lib/time/modes';
import { DEFAULT_VIEW, parseUrlState, serializeUrlState, type ViewState } from './view-params';

const TYPE_IDS: readonly string[] = EVENT_TYPE_IDS;
const SEED = 1921;

const defaults: ViewState = DEFAULT_VIEW;

/** One parameter: what goes in the URL, and what it does to the state (for a good value). */
interface Param {
  key: string;
  value: string;
  bad: boolean;
  apply?: (s: ViewState) => void;
}

const FIRST = dayFromYmd(1000, 1, 1);
const LAST = dayFromYmd(2100, 12, 31);
const day = fc.integer({ min: FIRST, max: LAST });

const NASTY = [
  '',
  ' ',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%00',
  '\u0000',
  '\ufeff',
  '\u202e',
  '🚀',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '[]',
  '{}',
  ',',
  '|',
  '/',
  '&',
  '=',
  '#'
];
const noise = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer({ min: 1, max: 20_000 }).map((n) => 'x'.repeat(n))
);
/** Noise that is not the given kind of value. */
const noiseBut = (isGood: (v: string) => boolean) => noise.filter((v) => !isGood(v));

const isDate = (v: string) => {
  const d = dayFromIso(v);
  return d !== null && d >= FIRST && d <= LAST;
};
const inRange = (v: string, min: number, max: number) =>
  v.trim() !== '' && Number.isFinite(Number(v)) && Number(v) >= min && Number(v) <= max;
const SLUG = /^[a-z0-9-]{1,120}$/;
const ID = /^[a-z0-9:._-]+$/i;

const good = (key: string, value: string, apply: (s: ViewState) => void): Param => ({
  key,
  value,
  bad: false,
  apply
});
const bad =
  (key: string) =>
  (value: string): Param => ({ key, value, bad: true });

const numberText = (min: number, max: number) =>
  fc.oneof(
    fc.integer({ min: Math.ceil(min), max: Math.floor(max) }).map(String),
    fc.double({ min, max, noNaN: true }).map(String)
  );

const PARAMS: Record<string, fc.Arbitrary<Param>> = {
  t: fc.oneof(
    day.map((d) => good('t', isoFromDay(d), (s) => (s.day = d))),
    fc
      .oneof(
        fc.constantFrom(
          '1917-02-30',
          '1917-13-01',
          '1900-02-29',
          '1917-3-8',
          '17-03-08',
          '0001-01-01',
          '2101-01-01',
          '0999-12-31',
          '1917-03-08T00:00'
        ),
        noiseBut(isDate)
      )
      .map(bad('t'))
  ),
  mode: fc.oneof(
    fc.constantFrom(...TIME_MODES).map((m) => good('mode', m, (s) => (s.mode = m))),
    noiseBut((v) => (TIME_MODES as readonly string[]).includes(v)).map(bad('mode'))
  ),
  w: fc.oneof(
    numberText(1, 3650).map((v) => good('w', v, (s) => (s.windowDays = Math.round(Number(v))))),
    fc
      .oneof(
        fc.constantFrom('0', '-3', '3651', '0.5', '1e9'),
        noiseBut((v) => inRange(v, 1, 3650))
      )
      .map(bad('w'))
  ),
  speed: fc.oneof(
    numberText(1, 365).map((v) => good('speed', v, (s) => (s.speed = Number(v)))),
    fc
      .oneof(
        fc.constantFrom('0', '366', '-1'),
        noiseBut((v) => inRange(v, 1, 365))
      )
      .map(bad('speed'))
  ),
  z: fc.oneof(
    numberText(0, 18).map((v) => good('z', v, (s) => (s.zoom = Number(v)))),
    fc
      .oneof(
        fc.constantFrom('-1', '18.01', '99'),
        noiseBut((v) => inRange(v, 0, 18))
      )
      .map(bad('z'))
  ),
  c: fc.oneof(
    fc
      .tuple(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -85, max: 85, noNaN: true })
      )
      .map(([lon, lat]) => good('c', `${lon},${lat}`, (s) => (s.center = [lon, lat]))),
    fc
      .oneof(
        fc.constantFrom('abc', '1', '1,2,3', '200,10', '10,86', ',', 'NaN,1', '1,', ',1', '10;50'),
        noiseBut((v) => /^[^,]*,[^,]*$/.test(v))
      )
      .map(bad('c'))
  ),
  e: fc.oneof(
    fc.stringMatching(/^[a-z0-9-]{1,40}$/).map((v) => good('e', v, (s) => (s.selectedId = v))),
    fc
      .oneof(
        fc.constantFrom('A', 'a b', 'x'.repeat(121)),
        noiseBut((v) => SLUG.test(v))
      )
      .map(bad('e'))
  ),
  area: fc.oneof(
    fc
      .stringMatching(/^[a-z0-9-]{1,40}$/)
      .map((v) => good('area', v, (s) => (s.selectedAreaId = v))),
    fc
      .oneof(
        fc.constantFrom('A B', 'ice!'),
        noiseBut((v) => SLUG.test(v))
      )
      .map(bad('area'))
  ),
  hide: fc.oneof(
    fc
      .uniqueArray(fc.constantFrom(...EVENT_TYPE_IDS), { maxLength: 4 })
      .map((ts) => good('hide', ts.join(','), (s) => (s.hiddenTypes = ts))),
    // Unknown types are named and ignored; the known ones beside them still apply.
    fc
      .tuple(
        fc.uniqueArray(fc.constantFrom(...EVENT_TYPE_IDS), { maxLength: 3 }),
        fc.array(
          noiseBut((v) => v === '' || v.includes(',') || TYPE_IDS.includes(v)),
          {
            minLength: 1,
            maxLength: 3
          }
        )
      )
      .map(([known, unknown]) => ({
        key: 'hide',
        value: [...known, ...unknown].join(','),
        bad: true,
        apply: (s: ViewState) => (s.hiddenTypes = known)
      }))
  ),
  cal: fc.oneof(
    fc
      .constantFrom('ns' as const, 'os' as const, 'both' as const)
      .map((v) => good('cal', v, (s) => (s.dateStyle = v))),
    noiseBut((v) => ['ns', 'os', 'both'].includes(v)).map(bad('cal'))
  ),
  lang: fc.oneof(
    fc.constantFrom('en' as const, 'ru' as const).map((v) => good('lang', v, (s) => (s.lang = v))),
    noiseBut((v) => v === 'en' || v === 'ru').map(bad('lang'))
  ),
  span: fc.oneof(
    fc
      .tuple(day, day)
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)])
      .map(([a, b]) =>
        good('span', `${isoFromDay(a)}/${isoFromDay(b)}`, (s) => (s.span = { start: a, end: b }))
      ),
    fc
      .oneof(
        fc.constantFrom(
          '1921-04-01/1921-02-01',
          '1921-02-01/1921-02-01',
          '1921-02-01',
          '1921-02-01/1921-02-30',
          '1921-02-01/1921-03-01/1921-04-01',
          '0800-01-01/1921-01-01',
          '/'
        ),
        noiseBut((v) => v.includes('/'))
      )
      .map(bad('span'))
  ),
  // Filters: free-text actors (over 200 characters is bad), ids for places and sources.
  actor: fc.oneof(
    fc
      .uniqueArray(
        fc
          .string({ minLength: 1, maxLength: 30 })
          .filter((v) => !v.includes('|') && v.trim() !== ''),
        { minLength: 1, maxLength: 3, selector: (v) => v.trim() }
      )
      .map((vs) =>
        good('actor', vs.join('|'), (s) => (s.filters.actors = vs.map((v) => v.trim())))
      ),
    fc
      .tuple(fc.constantFrom('Lenin', 'Kronstadt sailors'), fc.integer({ min: 201, max: 5000 }))
      .map(([keep, n]) => ({
        key: 'actor',
        value: `${keep}|${'я'.repeat(n)}`,
        bad: true,
        apply: (s: ViewState) => (s.filters.actors = [keep])
      }))
  ),
  place: fc.oneof(
    fc
      .uniqueArray(fc.stringMatching(/^[a-z0-9:._-]{1,20}$/), { minLength: 1, maxLength: 3 })
      .map((vs) => good('place', vs.join('|'), (s) => (s.filters.places = vs))),
    // A value given twice (in one list or under the key twice) is used once, and named.
    fc.constantFrom('kronstadt|kronstadt', 'moscow|petrograd|moscow').map((value) => ({
      key: 'place',
      value,
      bad: true,
      apply: (s: ViewState) => (s.filters.places = [...new Set(value.split('|'))])
    })),
    fc
      .tuple(
        fc.constantFrom('kronstadt', 'moscow'),
        noiseBut(
          (v) => v.trim() === '' || v.includes('|') || v.trim().length > 200 || ID.test(v.trim())
        )
      )
      .map(([keep, junk]) => ({
        key: 'place',
        value: `${junk}|${keep}`,
        bad: true,
        apply: (s: ViewState) => (s.filters.places = [keep])
      }))
  ),
  src: fc.oneof(
    fc
      .uniqueArray(fc.stringMatching(/^[a-z0-9:._-]{1,20}$/), { minLength: 1, maxLength: 3 })
      .map((vs) => good('src', vs.join('|'), (s) => (s.filters.sources = vs))),
    fc.constantFrom('<x>', 'a b', 'ü').map((junk) => ({
      key: 'src',
      value: `tabor-2017|${junk}`,
      bad: true,
      apply: (s: ViewState) => (s.filters.sources = ['tabor-2017'])
    }))
  )
};
const KEYS = Object.keys(PARAMS);

/** A query: some parameters (each good or bad), in any order, with foreign ones mixed in. */
const query = fc
  .record({
    params: fc
      .uniqueArray(fc.constantFrom(...KEYS), { maxLength: KEYS.length })
      .chain((keys) => fc.tuple(...keys.map((k) => PARAMS[k]))),
    foreign: fc.array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom('utm_source', 'T', 'Mode', 'e ', 'fbclid'),
          fc.string({ maxLength: 8 }).filter((k) => !KEYS.includes(k))
        ),
        noise
      ),
      { maxLength: 3 }
    ),
    /** A second value for a single-valued key: the first one counts, and a different one is named. */
    duplicate: fc.option(noise, { nil: undefined }),
    seed: fc.nat()
  })
  .map(({ params, foreign, duplicate, seed }) => {
    const p = new URLSearchParams();
    const order = [...params.map((x) => [x.key, x.value]), ...foreign].sort(
      (a, b) => ((a[0].length * 31 + seed) % 7) - ((b[0].length * 31 + seed) % 7)
    );
    for (const [k, v] of order) p.append(k, v);
    const single = params.find((x) => !['actor', 'place', 'src'].includes(x.key));
    if (duplicate !== undefined && single) p.append(single.key, duplicate);
    // Through the string, as from a location bar.
    const search = new URLSearchParams(p.toString());
    const given = single ? search.getAll(single.key) : [];
    const twice = given.slice(1).some((v) => v !== given[0]) ? single!.key : null;
    return { params, search, twice };
  });

const clone = (s: ViewState): ViewState => JSON.parse(JSON.stringify(s));

describe('URL state properties', () => {
  it(
    `applies every good parameter and names every bad one (${RUNS} queries)`,
    () => {
      let runs = 0;
      fc.assert(
        fc.property(query, ({ params, search, twice }) => {
          runs++;
          const { state, problems } = parseUrlState(search, defaults);
          const expected = clone(defaults);
          for (const p of params) p.apply?.(expected);
          ok(JSON.stringify(state) === JSON.stringify(expected), 'the state', { state, expected });
          const badKeys = params.filter((p) => p.bad).map((p) => p.key);
          ok(
            problems.length === badKeys.length + (twice ? 1 : 0),
            'one problem per bad parameter',
            {
              problems,
              badKeys,
              twice
            }
          );
          if (twice)
            ok(
              problems.some((m) => m.startsWith(`"${twice}" is given more than once`)),
              `a problem names ${twice} given twice`,
              problems
            );
          for (const key of badKeys)
            ok(
              problems.some((m) => m.startsWith(`"${key}=`) || m.startsWith(`"${key}"`)),
              `a problem names ${key}`,
              problems
            );
          for (const m of problems) ok(m.length < 400, 'a short message', m);
          // The defaults are never changed.
          ok(defaults.filters.actors.length === 0 && defaults.hiddenTypes.length === 0, 'defaults');
        }),
        { numRuns: RUNS, seed: SEED }
      );
      expect(runs).toBeGreaterThanOrEqual(RUNS);
    },
    TIMEOUT
  );

  it(
    `never throws on noise and gives a usable state (${RUNS} query strings)`,
    () => {
      let runs = 0;
      const raw = fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc
          .array(fc.tuple(fc.constantFrom(...KEYS, 'x'), noise), { maxLength: 8 })
          .map((kv) => kv.map(([k, v]) => `${k}=${v}`).join('&')),
        fc
          .array(
            fc.tuple(
              fc.constantFrom(...KEYS),
              fc.constantFrom(...NASTY, '%', '%zz', '%E0%A4%A', '+', '=')
            ),
            { maxLength: 8 }
          )
          .map((kv) => kv.map(([k, v]) => `${k}=${v}`).join('&'))
      );
      fc.assert(
        fc.property(raw, (text) => {
          runs++;
          const { state, problems } = parseUrlState(new URLSearchParams(text), defaults);
          ok(
            Number.isInteger(state.day) && state.day >= FIRST && state.day <= LAST,
            'a day',
            state
          );
          ok(TIME_MODES.includes(state.mode), 'a mode', state);
          ok(state.windowDays >= 1 && state.windowDays <= 3650, 'a window', state);
          ok(state.speed >= 1 && state.speed <= 365, 'a speed', state);
          ok(state.zoom >= 0 && state.zoom <= 18, 'a zoom', state);
          ok(
            Math.abs(state.center[0]) <= 180 && Math.abs(state.center[1]) <= 85,
            'a centre',
            state
          );
          ok(state.selectedId === null || SLUG.test(state.selectedId), 'an event id', state);
          ok(state.selectedAreaId === null || SLUG.test(state.selectedAreaId), 'an area id', state);
          ok(
            state.hiddenTypes.every((t) => TYPE_IDS.includes(t)),
            'types',
            state
          );
          ok(
            ['ns', 'os', 'both'].includes(state.dateStyle) && ['en', 'ru'].includes(state.lang),
            'cal',
            state
          );
          ok(state.span === null || state.span.start < state.span.end, 'a span', state);
          ok(
            state.filters.places.every((v) => ID.test(v)) &&
              state.filters.sources.every((v) => ID.test(v)),
            'ids',
            state
          );
          ok(
            state.filters.actors.every((v) => v.length > 0 && v.length <= 200),
            'actors',
            state
          );
          for (const m of problems)
            ok(
              KEYS.some((k) => m.startsWith(`"${k}=`) || m.startsWith(`"${k}"`)),
              'names its parameter',
              m
            );
          // What it read, written back and read again, is read the same, without problems.
          const again = parseUrlState(
            new URLSearchParams(serializeUrlState(state, defaults)),
            defaults
          );
          ok(again.problems.length === 0, 'a clean round trip', again.problems);
        }),
        { numRuns: RUNS, seed: SEED }
      );
      expect(runs).toBeGreaterThanOrEqual(RUNS);
    },
    TIMEOUT
  );
});

describe('hostile URLs', () => {
  // How long this takes is measured by npm run bench.
  it('reads 100,000 filter values, keeps the good one, and quotes a huge value short', () => {
    const bad = Array.from({ length: 100_000 }, (_, i) => `<${i}>`).join('|');
    const { state, problems } = parseUrlState(
      new URLSearchParams({ place: `${bad}|kronstadt`, t: 'x'.repeat(1_000_000) }),
      defaults
    );
    expect(state.filters.places).toEqual(['kronstadt']);
    expect(problems).toHaveLength(2);
    for (const p of problems) expect(p.length).toBeLessThan(200);
  });
});
