/**
 * The URL is the state: every parameter of a view (time, mode, camera, selection, filters,
 * calendar, language…) is declared once, in `VIEW_PARAMS`, with its query key, how it is read and
 * written, its default and whether a change of it makes a new history entry. The view's type, its
 * defaults, parsing and serialising are all derived from that table: a new parameter is one row.
 *
 * Parsing never throws: a bad value is dropped, reported, and the default used instead.
 */
import { URL_SPAN, dayFromIso, dayFromYmd, isoFromDay } from '../time/days';
import { TIME_MODES, type TimeMode } from '../time/modes';
import type { DateStyle } from '../time/format';
import { EVENT_TYPE_IDS } from '../model/event-types';
import { HOME_VIEW } from '../geo/region';

export type Lang = 'en' | 'ru';

export interface Filters {
  actors: string[];
  places: string[];
  sources: string[];
}

export const NO_FILTERS: Filters = { actors: [], places: [], sources: [] };

/** Playback speeds offered, in days of history per second. */
export const SPEEDS = [1, 7, 30, 91, 365] as const;

/** What reading one parameter gave: a value (or none, for the default) and what was wrong. */
export interface Reading<T> {
  value?: T;
  problems: string[];
}

/** One parameter of the view: a row of the table. */
export interface ViewParam<T> {
  /** The query keys it reads and writes (most have one). */
  keys: readonly string[];
  default: T;
  /** Does a change make a new history entry (back undoes it), or update the current one? */
  push: boolean;
  /** Reads the value from the query, given every value of each key (a key may repeat). */
  read(values: (key: string) => string[]): Reading<T>;
  /** The query entries for a value; none where a link need not say it. */
  write(value: T, fallback: T): [string, string][];
}

/** A New Style `YYYY-MM-DD` in the data's span (1000–2100) as a day number, or null. */
function urlDay(v: string): number | null {
  const d = dayFromIso(v);
  return d !== null && d >= URL_SPAN.first && d <= URL_SPAN.last ? d : null;
}

/** A value quoted in a message, cut short if long. */
const short = (v: string) => (v.length > 60 ? `${v.slice(0, 60)}…` : v);

function num(v: string, min: number, max: number): number | null {
  if (v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/**
 * A parameter with one key, read from its first value: `parse` gives the value or the reason it is
 * not one (reported as `"key=value" reason; using the default`); `format` writes it. Written when it
 * differs from the default, or always with `always`.
 */
function single<T>(
  key: string,
  fallback: T,
  push: boolean,
  parse: (v: string) => { value: T } | string,
  format: (v: T) => string | null,
  always = false
): ViewParam<T> {
  return {
    keys: [key],
    default: fallback,
    push,
    read(values) {
      const v = values(key)[0];
      if (v === undefined) return { problems: [] };
      const r = parse(v);
      return typeof r === 'string'
        ? { problems: [`"${key}=${short(v)}" ${r}; using the default`] }
        : { value: r.value, problems: [] };
    },
    write(value, def) {
      const s = always || value !== def ? format(value) : null;
      return s === null ? [] : [[key, s]];
    }
  };
}

/** A parameter whose value is one of a few words; `why` says so when it is not. */
function oneOf<T extends string>(
  key: string,
  fallback: T,
  words: readonly T[],
  why: string
): ViewParam<T> {
  return single<T>(
    key,
    fallback,
    true,
    (v) => ((words as readonly string[]).includes(v) ? { value: v as T } : why),
    (v) => v
  );
}

/** An id (event, area): lower-case letters, digits and hyphens. */
function slug(key: string, what: string): ViewParam<string | null> {
  return single<string | null>(
    key,
    null,
    true,
    (v) => (/^[a-z0-9-]{1,120}$/.test(v) ? { value: v } : `is not ${what}`),
    (v) => v
  );
}

/** The values of a list key: every occurrence, split at `|`, trimmed, blanks dropped. */
function listValues(values: (key: string) => string[], key: string): string[] {
  return values(key)
    .flatMap((v) => v.split('|'))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

const isId = (v: string) => /^[a-z0-9:._-]+$/i.test(v);

/** The filters: actors, places and sources, each a `|`-separated list under its own key. */
const filtersParam: ViewParam<Filters> = {
  keys: ['actor', 'place', 'src'],
  default: NO_FILTERS,
  push: true,
  read(values) {
    const problems: string[] = [];
    const list = (key: string) => {
      const given = listValues(values, key);
      const all = new Set<string>();
      const repeated = new Set<string>();
      for (const v of given) (all.has(v) ? repeated : all).add(v);
      if (repeated.size)
        problems.push(`"${key}" repeats ${short([...repeated].join(', '))}; each is used once`);
      const long = [...all].filter((v) => v.length > 200);
      if (long.length)
        problems.push(`"${key}" has values over 200 characters (${short(long[0])}); ignored`);
      return [...all].filter((v) => v.length <= 200);
    };
    const [actors, places, sources] = [list('actor'), list('place'), list('src')];
    const ids = (key: string, vs: string[]) => {
      const bad = vs.filter((v) => !isId(v));
      if (bad.length)
        problems.push(`"${key}" has ids that cannot be right (${short(bad.join(', '))}); ignored`);
      return vs.filter(isId);
    };
    return {
      value: { actors, places: ids('place', places), sources: ids('src', sources) },
      problems
    };
  },
  write(f) {
    const out: [string, string][] = [];
    if (f.actors.length) out.push(['actor', f.actors.join('|')]);
    if (f.places.length) out.push(['place', f.places.join('|')]);
    if (f.sources.length) out.push(['src', f.sources.join('|')]);
    return out;
  }
};

/**
 * The view's parameters, in the order they are read and written. `push: false` marks the ones
 * that move continuously (the slider's date, the camera, the playback speed, the window typed in days): a change updates the
 * current history entry in place; any other change is a new entry that Back undoes.
 */
export const VIEW_PARAMS = {
  /** The slider's date (New Style day number; playback moves it in fractions). */
  day: single<number>(
    't',
    dayFromYmd(1917, 3, 8),
    false,
    (v) =>
      dayFromIso(v) === null
        ? 'is not a date (YYYY-MM-DD)'
        : urlDay(v) === null
          ? 'is outside 1000–2100'
          : { value: dayFromIso(v)! },
    (d) => isoFromDay(Math.floor(d)),
    true
  ),
  mode: oneOf<TimeMode>('mode', 'window', TIME_MODES, `is not one of ${TIME_MODES.join(', ')}`),
  /** Days shown behind the date in the recent-window mode. */
  windowDays: single<number>(
    'w',
    30,
    false,
    (v) => {
      const w = num(v, 1, 3650);
      return w === null ? 'is not a window of 1–3650 days' : { value: Math.round(w) };
    },
    String
  ),
  /** Days of history per second of playback. */
  speed: single<number>(
    'speed',
    30,
    false,
    (v) => {
      const s = num(v, 1, 365);
      return s === null ? 'is not 1–365 days per second' : { value: s };
    },
    String
  ),
  zoom: single<number>(
    'z',
    HOME_VIEW.zoom,
    false,
    (v) => {
      const z = num(v, 0, 18);
      return z === null ? 'is not a zoom of 0–18' : { value: z };
    },
    (z) => String(round(z, 2)),
    true
  ),
  center: single<[number, number]>(
    'c',
    HOME_VIEW.center,
    false,
    (v) => {
      const parts = v.split(',');
      const [lon, lat] = parts.map((x) => num(x, -180, 180));
      return parts.length !== 2 || lon === null || lat === null || Math.abs(lat) > 85
        ? 'is not "lon,lat"'
        : { value: [lon, lat] };
    },
    ([lon, lat]) => `${round(lon, 4)},${round(lat, 4)}`,
    true
  ),
  /** The selected event (its panel is open). */
  selectedId: slug('e', 'an event id'),
  /** Event types hidden in the legend. */
  hiddenTypes: {
    keys: ['hide'],
    default: [] as string[],
    push: true,
    read(values) {
      const hide = values('hide')[0];
      if (hide === undefined) return { problems: [] };
      const parts = [...new Set(hide.split(',').filter(Boolean))];
      const known = (p: string) => (EVENT_TYPE_IDS as readonly string[]).includes(p);
      const unknown = parts.filter((p) => !known(p));
      return {
        value: parts.filter(known),
        problems: unknown.length
          ? [`"hide" names unknown type(s) ${short(unknown.join(', '))}; ignored`]
          : []
      };
    },
    write: (v) => (v.length ? [['hide', [...v].sort().join(',')]] : [])
  } satisfies ViewParam<string[]>,
  dateStyle: oneOf<DateStyle>('cal', 'both', ['ns', 'os', 'both'], 'is not ns, os or both'),
  /** Events must match one value of each non-empty list. */
  filters: filtersParam,
  /** The slider's zoomed span (inclusive days), or null for the whole period. */
  span: single<{ start: number; end: number } | null>(
    'span',
    null,
    true,
    (v) => {
      const parts = v.split('/');
      const [a, b] = parts.map(urlDay);
      return parts.length !== 2 || a === null || b === null || b <= a
        ? 'is not a range YYYY-MM-DD/YYYY-MM-DD in 1000–2100'
        : { value: { start: a, end: b } };
    },
    (s) => (s ? `${isoFromDay(Math.floor(s.start))}/${isoFromDay(Math.ceil(s.end))}` : null)
  ),
  lang: oneOf<Lang>('lang', 'en', ['en', 'ru'], 'is not en or ru'),
  /** A selected area (its panel lists the events inside it). */
  selectedAreaId: slug('area', 'an area id')
};

type Params = typeof VIEW_PARAMS;

/** A view of the atlas: one field per row of `VIEW_PARAMS`. */
export type ViewState = { [K in keyof Params]: Params[K] extends ViewParam<infer T> ? T : never };

export type ViewKey = keyof ViewState;

export const VIEW_KEYS = Object.keys(VIEW_PARAMS) as ViewKey[];

/** The view a plain link opens: 8 March 1917 (New Style), a 30-day window, the home camera. */
export const DEFAULT_VIEW = Object.fromEntries(
  VIEW_KEYS.map((k) => [k, VIEW_PARAMS[k].default])
) as ViewState;

const param = <K extends ViewKey>(k: K) => VIEW_PARAMS[k] as unknown as ViewParam<ViewState[K]>;

export interface ParsedUrl {
  state: ViewState;
  /** One message per parameter that could not be used. */
  problems: string[];
}

/** Reads the view from a query string; anything absent or bad takes the default's value. */
export function parseUrlState(params: URLSearchParams, defaults: ViewState): ParsedUrl {
  const state = structuredClone(defaults);
  const problems: string[] = [];
  const values = (key: string) => params.getAll(key);
  for (const k of VIEW_KEYS) {
    const r = param(k).read(values);
    problems.push(...r.problems);
    if (r.value !== undefined) (state as Record<ViewKey, unknown>)[k] = r.value;
    // A key of one value given again with another: the first is read, the others named.
    if (k === 'filters') continue;
    for (const key of param(k).keys) {
      const [first, ...more] = values(key);
      const others = [...new Set(more)].filter((v) => v !== first);
      if (others.length)
        problems.push(
          `"${key}" is given more than once (${short(others.join(', '))}); using "${short(first)}"`
        );
    }
  }
  return { state, problems };
}

/** Writes the view as a query string, leaving out what a link need not say. */
export function serializeUrlState(s: ViewState, defaults: ViewState): string {
  const p = new URLSearchParams();
  for (const k of VIEW_KEYS)
    for (const [key, v] of param(k).write(s[k], defaults[k])) p.set(key, v);
  return p.toString().replace(/%2C/g, ',').replace(/%7C/g, '|').replace(/%2F/g, '/');
}

/** Does going from view `a` to view `b` make a new history entry (a change of a `push` row)? */
export function isHistoryChange(a: ViewState, b: ViewState, defaults: ViewState): boolean {
  return VIEW_KEYS.some((k) => {
    const p = param(k);
    if (!p.push) return false;
    const write = (v: ViewState) => JSON.stringify(p.write(v[k], defaults[k]));
    return write(a) !== write(b);
  });
}
