/**
 * What the lecture editor does to a lecture, as pure functions of `StoryFile`: a new lecture, a
 * scene from the atlas's view, a copy of a built-in lecture, and moving, duplicating, deleting
 * and changing scenes. Each returns a new lecture and leaves its argument as it was.
 */
import { EVENT_TYPE_IDS } from '$lib/model/event-types';
import type { AtlasStory, SceneSettings } from '$lib/model/story-schema';
import { isoFromDay } from '$lib/time/days';
import { VIEW_PARAMS, type ViewState } from '$lib/state/view-params';
import { SCENE_VIEW_KEYS } from './story-scenes';
import type { StoryFile, StoryFileScene } from './story-file';
import { sceneText, storyText } from '$lib/i18n/story-text';

/** A lecture's id from its title: lower-case Latin letters, digits and hyphens. */
export function slugOf(title: string, fallback = 'lecture'): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** A lecture with no scenes yet. */
export function newLecture(title: string, summary: string, lang: 'en' | 'ru' = 'en'): StoryFile {
  return { front: { id: slugOf(title), title, summary, lang }, scenes: [] };
}

/** The atlas's other view parameters (selection, filters…) as a scene's `atlas` query, or none. */
export function sceneQuery(view: ViewState): string | undefined {
  const p = new URLSearchParams();
  for (const k of SCENE_VIEW_KEYS) {
    const row = VIEW_PARAMS[k] as unknown as {
      write(v: unknown, d: unknown): [string, string][];
      default: unknown;
    };
    for (const [key, v] of row.write(view[k], row.default)) p.set(key, v);
  }
  const q = p.toString().replace(/%2C/g, ',').replace(/%7C/g, '|').replace(/%2F/g, '/');
  return q || undefined;
}

/** Zoom within what a scene's `view` allows. */
const sceneZoom = (z: number) => Math.round(Math.min(15, Math.max(2, z)) * 100) / 100;
const coord = (x: number) => Math.round(x * 10000) / 10000;

/** A scene's settings from the atlas as the lecturer set it, with these highlights. */
export function settingsFromView(view: ViewState, highlight: readonly string[]): SceneSettings {
  const s: SceneSettings = {
    time: isoFromDay(Math.floor(view.day)),
    mode: view.mode,
    window: view.windowDays,
    view: { center: [coord(view.center[0]), coord(view.center[1])], zoom: sceneZoom(view.zoom) }
  };
  if (view.hiddenTypes.length)
    s.types = EVENT_TYPE_IDS.filter((t) => !view.hiddenTypes.includes(t));
  if (highlight.length) s.highlight = [...highlight];
  const atlas = sceneQuery(view);
  if (atlas) s.atlas = atlas;
  return s;
}

/**
 * An editable copy of a lecture the app has (built in, or read from a file), in `lang`: a built-in
 * lecture's texts in that language, and the copy marked as written in it (see `lang` in the
 * story's front matter).
 */
export function copyOfStory(story: AtlasStory, copy = true, lang?: 'en' | 'ru'): StoryFile {
  const words = storyText(story, lang ?? story.lang ?? 'en');
  const front: StoryFile['front'] = {
    id: copy ? `${story.id}-copy`.slice(0, 80) : story.id,
    title: words.title,
    summary: words.summary
  };
  if (words.subtitle) front.subtitle = words.subtitle;
  if (story.author) front.author = story.author;
  const language = lang ?? story.lang;
  if (language) front.lang = language;
  const file: StoryFile = {
    front,
    scenes: story.scenes.map((sc) => {
      const s: SceneSettings = {
        time: isoFromDay(sc.day),
        mode: sc.mode,
        window: sc.windowDays
      };
      if (sc.view) s.view = { center: [...sc.view.center], zoom: sc.view.zoom };
      if (sc.fit) s.fit = [...sc.fit];
      if (sc.types) s.types = [...sc.types];
      if (sc.highlight.length) s.highlight = [...sc.highlight];
      if (sc.animate) s.animate = { from: isoFromDay(sc.animate.from), speed: sc.animate.speed };
      if (sc.atlas) s.atlas = sc.atlas;
      const text = sceneText(sc, lang ?? story.lang ?? 'en');
      return { title: text.title, settings: s, caption: text.caption, notes: text.notes };
    })
  };
  if (story.events) file.events = story.events;
  return file;
}

const withScenes = (file: StoryFile, scenes: StoryFileScene[]): StoryFile => ({ ...file, scenes });

/** Adds a scene after scene `at` (at the end when absent). */
export function addScene(file: StoryFile, scene: StoryFileScene, at = file.scenes.length - 1) {
  const scenes = [...file.scenes];
  scenes.splice(at + 1, 0, scene);
  return withScenes(file, scenes);
}

/** Moves scene `from` to position `to` (both 0-based, clamped into the lecture). */
export function moveScene(file: StoryFile, from: number, to: number): StoryFile {
  const n = file.scenes.length;
  const target = Math.max(0, Math.min(n - 1, to));
  if (from < 0 || from >= n || from === target) return file;
  const scenes = [...file.scenes];
  const [s] = scenes.splice(from, 1);
  scenes.splice(target, 0, s);
  return withScenes(file, scenes);
}

/** Puts a copy of scene `i` after it. */
export function duplicateScene(file: StoryFile, i: number): StoryFile {
  const s = file.scenes[i];
  return s ? addScene(file, structuredClone(s), i) : file;
}

export function deleteScene(file: StoryFile, i: number): StoryFile {
  return withScenes(
    file,
    file.scenes.filter((_, k) => k !== i)
  );
}

/** Changes fields of scene `i`. */
export function updateScene(file: StoryFile, i: number, patch: Partial<StoryFileScene>): StoryFile {
  return withScenes(
    file,
    file.scenes.map((s, k) => (k === i ? { ...s, ...patch } : s))
  );
}

/** Adds an event to scene `i`'s highlights, or takes it out if it is there. */
export function toggleHighlight(file: StoryFile, i: number, id: string): StoryFile {
  const s = file.scenes[i];
  if (!s) return file;
  const now = s.settings.highlight ?? [];
  const highlight = now.includes(id) ? now.filter((h) => h !== id) : [...now, id];
  const settings: SceneSettings = { ...s.settings, highlight };
  if (!highlight.length) delete settings.highlight;
  return updateScene(file, i, { settings });
}
