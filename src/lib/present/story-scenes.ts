/**
 * A lecture read from its file (`readStoryFile`) checked against the data and turned into the
 * scenes the app shows: dates to days, `fit` ids to bounds, highlights and the atlas's other view
 * parameters checked. Shared by `npm run check:data` and the lecture editor. Pure; never throws.
 */
import Papa from 'papaparse';
import type { AtlasData } from '../model/atlas-data';
import type { AtlasScene, AtlasStory } from '../model/story-schema';
import { short, type Problem } from '../model/problems';
import { dayFromIso } from '../time/days';
import { restore } from '../export/neutralise';
import {
  DEFAULT_VIEW,
  parseUrlState,
  VIEW_KEYS,
  VIEW_PARAMS,
  type ViewKey
} from '../state/view-params';
import { EVENTS_BLOCK, type ReadStory, type StoryFileScene } from './story-file';

/**
 * The rows of the view table a scene sets through `atlas:`: every row but those its own settings
 * say (date, mode, window, camera, types) and those that are not the scene's (speed, language).
 */
export const SCENE_VIEW_KEYS: readonly ViewKey[] = VIEW_KEYS.filter(
  (k) =>
    !['day', 'mode', 'windowDays', 'zoom', 'center', 'hiddenTypes', 'speed', 'lang'].includes(k)
);

/** The query keys `atlas:` may hold. */
const SCENE_QUERY_KEYS = new Set(SCENE_VIEW_KEYS.flatMap((k) => VIEW_PARAMS[k].keys));

interface Point {
  lon: number;
  lat: number;
}

interface Lookup {
  data: Pick<AtlasData, 'domain' | 'places' | 'events'>;
  places: Map<string, Point>;
  events: Map<string, Point>;
}

/**
 * The carried events' ids and positions, from the block's `id`, `lon` and `lat` columns. The
 * events themselves are read by the atlas's CSV import when the lecture is opened in the browser.
 */
export function carriedEventPoints(
  csv: string,
  file: string,
  line: number,
  problems: Problem[]
): Map<string, Point> {
  const out = new Map<string, Point>();
  const { data } = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  const [header = [], ...rows] = data;
  const col = (name: string) => header.findIndex((h) => h.trim() === name);
  const [id, lon, lat] = [col('id'), col('lon'), col('lat')];
  const missing = [id < 0 && 'id', lon < 0 && 'lon', lat < 0 && 'lat'].filter(Boolean);
  if (missing.length) {
    problems.push({
      file,
      line,
      field: EVENTS_BLOCK,
      message: `has no column ${missing.join(', ')}: it must be the atlas's CSV export`
    });
    return out;
  }
  rows.forEach((r, i) => {
    const key = restore(r[id] ?? '').trim();
    const p = { lon: Number(r[lon]), lat: Number(r[lat]) };
    const where = { file, line, field: `${EVENTS_BLOCK} row ${i + 2}` };
    if (!key) problems.push({ ...where, message: 'has no id' });
    else if (!Number.isFinite(p.lon) || !Number.isFinite(p.lat) || r[lon] === '' || r[lat] === '')
      problems.push({
        ...where,
        id: key,
        message: `lon "${r[lon]}", lat "${r[lat]}" are not numbers`
      });
    else if (out.has(key)) problems.push({ ...where, id: key, message: 'repeats an id' });
    else out.set(key, p);
  });
  return out;
}

/** Problems with a scene's `atlas:` parameters (unknown keys, bad values, unknown event). */
function atlasProblems(query: string, known: (id: string) => boolean): string[] {
  const params = new URLSearchParams(query);
  const out: string[] = [];
  for (const key of new Set(params.keys()))
    if (!SCENE_QUERY_KEYS.has(key))
      out.push(
        `"${short(key)}" is not a scene's view parameter (${[...SCENE_QUERY_KEYS].join(', ')})`
      );
  const { state, problems } = parseUrlState(params, DEFAULT_VIEW);
  out.push(...problems);
  if (state.selectedId && !known(state.selectedId))
    out.push(`e=${state.selectedId}: no such event`);
  return out;
}

function sceneOf(
  file: string,
  line: number,
  { title, settings: set, caption, notes }: StoryFileScene,
  { data, places, events }: Lookup,
  problems: Problem[]
): AtlasScene | null {
  const where = `scene "${short(title)}"`;
  const day = dayFromIso(set.time);
  if (day === null) {
    problems.push({
      file,
      line,
      field: `${where}.time`,
      message: `"${set.time}" is not a real date`
    });
    return null;
  }
  if (day < data.domain.start || day > data.domain.end)
    problems.push({
      file,
      line,
      field: `${where}.time`,
      message: `${set.time} is outside the atlas's span`
    });
  let bounds: AtlasScene['bounds'];
  for (const id of set.fit ?? []) {
    const p = places.get(id) ?? events.get(id);
    if (!p) {
      problems.push({
        file,
        line,
        field: `${where}.fit`,
        message: `"${id}" is neither a place nor an event`
      });
      continue;
    }
    const [w, s, e, n] = bounds ?? [p.lon, p.lat, p.lon, p.lat];
    bounds = [Math.min(w, p.lon), Math.min(s, p.lat), Math.max(e, p.lon), Math.max(n, p.lat)];
  }
  for (const id of set.highlight ?? []) {
    if (!events.has(id))
      problems.push({
        file,
        line,
        field: `${where}.highlight`,
        message: `"${id}" is not an event id`
      });
  }
  let animate: AtlasScene['animate'];
  if (set.animate) {
    const from = dayFromIso(set.animate.from);
    if (from === null || from > day)
      problems.push({
        file,
        line,
        field: `${where}.animate.from`,
        message: `${set.animate.from} must be a real date before time`
      });
    else animate = { from, speed: set.animate.speed };
  }
  if (set.atlas !== undefined)
    for (const message of atlasProblems(set.atlas, (id) => events.has(id)))
      problems.push({ file, line, field: `${where}.atlas`, message });
  if (!caption)
    problems.push({
      file,
      line,
      field: `${where}.caption`,
      message: 'is empty: the audience needs a caption'
    });
  const scene: AtlasScene = {
    title,
    day,
    mode: set.mode,
    windowDays: set.window,
    view: set.view,
    bounds,
    types: set.types,
    highlight: set.highlight ?? [],
    animate,
    caption,
    notes
  };
  if (set.fit) scene.fit = set.fit;
  if (set.atlas) scene.atlas = set.atlas;
  return scene;
}

/**
 * The lecture of a file that was read, checked against `data`: its scenes (a scene whose date is
 * not real is dropped) and the problems, at the file's lines. The carried events count as events
 * a scene may fit, highlight or select.
 */
export function storyOf(
  read: ReadStory,
  path: string,
  data: Pick<AtlasData, 'domain' | 'places' | 'events'>
): { story: AtlasStory | null; problems: Problem[] } {
  const problems: Problem[] = [...read.problems];
  if (!read.story) return { story: null, problems };
  const { front, scenes, events } = read.story;
  const lookup: Lookup = {
    data,
    places: new Map(data.places.map((p) => [p.id, p])),
    events: new Map(data.events.map((e) => [e.id, e]))
  };
  if (events !== undefined)
    for (const [id, p] of carriedEventPoints(events, path, read.eventsLine ?? 1, problems)) {
      if (lookup.events.has(id))
        problems.push({
          file: path,
          line: read.eventsLine,
          id,
          field: EVENTS_BLOCK,
          message: "is the id of one of the atlas's own events"
        });
      else lookup.events.set(id, p);
    }
  const out: AtlasScene[] = [];
  scenes.forEach((s, i) => {
    const scene = sceneOf(path, read.lines[i] ?? 1, s, lookup, problems);
    if (scene) out.push(scene);
  });
  const story: AtlasStory = { ...front, scenes: out };
  if (events !== undefined) story.events = events;
  return { story, problems };
}
