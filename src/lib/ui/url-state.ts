/**
 * The URL is the state: time, mode, window, view, selection, filters and calendar live in the
 * query string, so every view can be bookmarked, shared and cited. Parsing never throws: a bad
 * parameter is dropped, reported, and the default used instead.
 */
import { dayFromIso, dayFromYmd, isoFromDay } from '$lib/time/days';
import { TIME_MODES, type TimeMode } from '$lib/time/modes';
import type { DateStyle } from '$lib/time/format';
import { EVENT_TYPE_IDS } from '$lib/model/event-types';
import { HOME_VIEW } from '$lib/map/region';

export interface ViewState {
  day: number;
  mode: TimeMode;
  windowDays: number;
  /** Days of history per second of playback. */
  speed: number;
  center: [number, number];
  zoom: number;
  selected: string | null;
  hiddenTypes: string[];
  dateStyle: DateStyle;
  /** Filters: events must match one value of each non-empty list. */
  filters: Filters;
  /** The slider's zoomed span (inclusive days), or null for the whole period. */
  span: { start: number; end: number } | null;
  lang: Lang;
  /** A selected area (its panel lists the events inside it). */
  area: string | null;
}

export type Lang = 'en' | 'ru';

export interface Filters {
  actors: string[];
  places: string[];
  sources: string[];
}

export const NO_FILTERS: Filters = { actors: [], places: [], sources: [] };

/** The view a plain link opens: 8 March 1917 (New Style), a 30-day window, the home camera. */
export const DEFAULT_VIEW: ViewState = {
  day: dayFromYmd(1917, 3, 8),
  mode: 'window',
  windowDays: 30,
  speed: 30,
  center: HOME_VIEW.center,
  zoom: HOME_VIEW.zoom,
  selected: null,
  hiddenTypes: [],
  dateStyle: 'both',
  filters: NO_FILTERS,
  span: null,
  lang: 'en',
  area: null
};

export interface ParsedUrl {
  state: ViewState;
  /** One message per parameter that could not be used. */
  problems: string[];
}

export const SPEEDS = [1, 7, 30, 91, 365] as const;

/** The days a URL may name: the data's dates all lie in 1850–1950 (scripts/data/validate.ts). */
const FIRST_DAY = dayFromYmd(1850, 1, 1);
const LAST_DAY = dayFromYmd(1950, 12, 31);

/** A New Style `YYYY-MM-DD` in 1850–1950 as a day number, or null. */
function urlDay(v: string): number | null {
  const d = dayFromIso(v);
  return d !== null && d >= FIRST_DAY && d <= LAST_DAY ? d : null;
}

/** A value quoted in a message, cut short if long. */
const short = (v: string) => (v.length > 60 ? `${v.slice(0, 60)}…` : v);

function num(v: string | null, min: number, max: number): number | null {
  if (v === null || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

/** Reads the view from a query string; anything absent or bad takes the default's value. */
export function parseUrlState(params: URLSearchParams, defaults: ViewState): ParsedUrl {
  const state: ViewState = {
    ...defaults,
    center: [...defaults.center],
    hiddenTypes: [...defaults.hiddenTypes],
    filters: {
      actors: [...defaults.filters.actors],
      places: [...defaults.filters.places],
      sources: [...defaults.filters.sources]
    }
  };
  const problems: string[] = [];
  const bad = (key: string, why: string) =>
    problems.push(`"${key}=${short(params.get(key) ?? '')}" ${why}; using the default`);

  const t = params.get('t');
  if (t !== null) {
    const d = dayFromIso(t);
    if (d === null) bad('t', 'is not a date (YYYY-MM-DD)');
    else if (urlDay(t) === null) bad('t', 'is outside 1850–1950');
    else state.day = d;
  }
  const mode = params.get('mode');
  if (mode !== null) {
    if ((TIME_MODES as readonly string[]).includes(mode)) state.mode = mode as TimeMode;
    else bad('mode', `is not one of ${TIME_MODES.join(', ')}`);
  }
  if (params.has('w')) {
    const w = num(params.get('w'), 1, 3650);
    if (w === null) bad('w', 'is not a window of 1–3650 days');
    else state.windowDays = Math.round(w);
  }
  if (params.has('speed')) {
    const s = num(params.get('speed'), 1, 365);
    if (s === null) bad('speed', 'is not 1–365 days per second');
    else state.speed = s;
  }
  if (params.has('z')) {
    const z = num(params.get('z'), 0, 18);
    if (z === null) bad('z', 'is not a zoom of 0–18');
    else state.zoom = z;
  }
  const c = params.get('c');
  if (c !== null) {
    const parts = c.split(',');
    const [lon, lat] = parts.map((x) => num(x, -180, 180));
    if (parts.length !== 2 || lon === null || lat === null || Math.abs(lat) > 85)
      bad('c', 'is not "lon,lat"');
    else state.center = [lon, lat];
  }
  const e = params.get('e');
  if (e !== null) {
    if (/^[a-z0-9-]{1,120}$/.test(e)) state.selected = e;
    else bad('e', 'is not an event id');
  }
  const hide = params.get('hide');
  if (hide !== null) {
    const parts = [...new Set(hide.split(',').filter(Boolean))];
    const known = (p: string) => (EVENT_TYPE_IDS as readonly string[]).includes(p);
    const unknown = parts.filter((p) => !known(p));
    if (unknown.length)
      problems.push(`"hide" names unknown type(s) ${short(unknown.join(', '))}; ignored`);
    state.hiddenTypes = parts.filter(known);
  }
  const cal = params.get('cal');
  if (cal !== null) {
    if (cal === 'ns' || cal === 'os' || cal === 'both') state.dateStyle = cal;
    else bad('cal', 'is not ns, os or both');
  }
  const list = (key: string) => {
    const values = params
      .getAll(key)
      .flatMap((v) => v.split('|'))
      .map((v) => v.trim())
      .filter((v) => v.length > 0);
    const long = values.filter((v) => v.length > 200);
    if (long.length)
      problems.push(`"${key}" has values over 200 characters (${short(long[0])}); ignored`);
    return values.filter((v) => v.length <= 200);
  };
  state.filters = { actors: list('actor'), places: list('place'), sources: list('src') };
  const isId = (v: string) => /^[a-z0-9:._-]+$/i.test(v);
  for (const [key, values] of [
    ['place', state.filters.places],
    ['src', state.filters.sources]
  ] as const) {
    const badIds = values.filter((v) => !isId(v));
    if (badIds.length) {
      problems.push(`"${key}" has ids that cannot be right (${short(badIds.join(', '))}); ignored`);
      if (key === 'place') state.filters.places = values.filter(isId);
      else state.filters.sources = values.filter(isId);
    }
  }
  const span = params.get('span');
  if (span !== null) {
    const parts = span.split('/');
    const [a, b] = parts.map(urlDay);
    if (parts.length !== 2 || a === null || b === null || b <= a)
      bad('span', 'is not a range YYYY-MM-DD/YYYY-MM-DD in 1850–1950');
    else state.span = { start: a, end: b };
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if (lang === 'en' || lang === 'ru') state.lang = lang;
    else bad('lang', 'is not en or ru');
  }
  const area = params.get('area');
  if (area !== null) {
    if (/^[a-z0-9-]{1,120}$/.test(area)) state.area = area;
    else bad('area', 'is not an area id');
  }
  return { state, problems };
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** Writes the view as a query string, leaving out what equals the default. */
export function serializeUrlState(s: ViewState, defaults: ViewState): string {
  const p = new URLSearchParams();
  p.set('t', isoFromDay(Math.floor(s.day)));
  if (s.mode !== defaults.mode) p.set('mode', s.mode);
  if (s.windowDays !== defaults.windowDays) p.set('w', String(s.windowDays));
  if (s.speed !== defaults.speed) p.set('speed', String(s.speed));
  p.set('z', String(round(s.zoom, 2)));
  p.set('c', `${round(s.center[0], 4)},${round(s.center[1], 4)}`);
  if (s.selected) p.set('e', s.selected);
  if (s.hiddenTypes.length) p.set('hide', [...s.hiddenTypes].sort().join(','));
  if (s.dateStyle !== defaults.dateStyle) p.set('cal', s.dateStyle);
  if (s.filters.actors.length) p.set('actor', s.filters.actors.join('|'));
  if (s.filters.places.length) p.set('place', s.filters.places.join('|'));
  if (s.filters.sources.length) p.set('src', s.filters.sources.join('|'));
  if (s.span)
    p.set('span', `${isoFromDay(Math.floor(s.span.start))}/${isoFromDay(Math.ceil(s.span.end))}`);
  if (s.lang !== defaults.lang) p.set('lang', s.lang);
  if (s.area) p.set('area', s.area);
  return p.toString().replace(/%2C/g, ',').replace(/%7C/g, '|').replace(/%2F/g, '/');
}
