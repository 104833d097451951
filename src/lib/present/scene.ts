/**
 * What a lecture scene does to the atlas: the slider date (or an animation towards it), the mode,
 * the types shown, the events highlighted, and where the camera goes.
 */
import type { AtlasScene, AtlasStory } from '$lib/model/story-schema';
import { EVENT_TYPE_IDS } from '$lib/model/event-types';
import type { CameraRequest } from '$lib/state/atlas-state.svelte';
import { DEFAULT_VIEW, parseUrlState, type ViewState } from '$lib/state/view-params';
import { SCENE_VIEW_KEYS } from './story-scenes';

export interface SceneState {
  /** Where the slider starts: the animation's start, or the scene's date. */
  startDay: number;
  /** Where it ends up. */
  day: number;
  /** Days per second of the animation, or null to jump. */
  speed: number | null;
  mode: AtlasScene['mode'];
  windowDays: number;
  hiddenTypes: string[];
  highlight: string[];
  camera: Omit<CameraRequest, 'seq'>;
  /** The atlas's other view parameters (selection, filters, time zoom, calendar, area). */
  view: Partial<ViewState>;
}

/**
 * The rows of `SCENE_VIEW_KEYS` a scene sets: from its `atlas` query, the default where it says
 * nothing, so that a scene never inherits the previous one's selection or filters.
 */
export function sceneView(scene: Pick<AtlasScene, 'atlas'>): Partial<ViewState> {
  const { state } = parseUrlState(new URLSearchParams(scene.atlas ?? ''), DEFAULT_VIEW);
  return Object.fromEntries(SCENE_VIEW_KEYS.map((k) => [k, state[k]]));
}

/** Seconds a scene change takes to move the slider when the scene has no animation of its own. */
export const TIME_GLIDE_SECONDS = 1.2;

/** Where an event is ([lon, lat]), or undefined when the data have no such event. */
export type Locate = (id: string) => [number, number] | undefined;

/** The zoom a scene fitted to its highlighted events never goes past, when it has no view. */
export const FIT_MAX_ZOOM = 11;

/**
 * Where a scene's camera goes: its highlighted events, with its `fit` area if it has one, fitted
 * into the uncovered part of the map, no closer than the scene's own zoom; a single highlighted
 * event with a view is centred at that zoom. A scene with no highlighted events found keeps its
 * area or its view.
 */
export function sceneCamera(
  scene: Pick<AtlasScene, 'bounds' | 'view' | 'highlight'>,
  motion: boolean,
  locate: Locate = () => undefined
): Omit<CameraRequest, 'seq'> {
  const points = scene.highlight.map(locate).filter((p): p is [number, number] => !!p);
  if (points.length === 0)
    return scene.bounds
      ? { bounds: scene.bounds, animate: motion }
      : { center: scene.view!.center, zoom: scene.view!.zoom, animate: motion };
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  let [w, s, e, n] = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
  if (scene.bounds) {
    w = Math.min(w, scene.bounds[0]);
    s = Math.min(s, scene.bounds[1]);
    e = Math.max(e, scene.bounds[2]);
    n = Math.max(n, scene.bounds[3]);
  }
  if (w === e && s === n && scene.view)
    return { center: [w, s], zoom: scene.view.zoom, animate: motion };
  return { bounds: [w, s, e, n], maxZoom: scene.view?.zoom ?? FIT_MAX_ZOOM, animate: motion };
}

/**
 * The state for `scene`, coming from `fromDay`. Without motion (reduced-motion preference) the
 * slider and the camera jump. `locate` finds the highlighted events the camera frames.
 */
export function sceneState(
  scene: AtlasScene,
  fromDay: number | null,
  motion: boolean,
  locate?: Locate
): SceneState {
  const hiddenTypes = scene.types ? EVENT_TYPE_IDS.filter((t) => !scene.types!.includes(t)) : [];
  const camera = sceneCamera(scene, motion, locate);
  let startDay = scene.day;
  let speed: number | null = null;
  if (motion && scene.animate) {
    startDay = scene.animate.from;
    speed = scene.animate.speed;
  } else if (motion && fromDay !== null && fromDay !== scene.day) {
    startDay = fromDay;
    speed = Math.abs(scene.day - fromDay) / TIME_GLIDE_SECONDS;
  }
  return {
    startDay,
    day: scene.day,
    speed,
    mode: scene.mode,
    windowDays: scene.windowDays,
    hiddenTypes,
    highlight: scene.highlight,
    camera,
    view: sceneView(scene)
  };
}

/** 1-based scene number from a URL parameter, clamped into the story; 1 when absent or bad. */
export function sceneNumber(param: string | null, story: Pick<AtlasStory, 'scenes'>): number {
  const n = Number(param);
  if (!Number.isInteger(n) || n < 1) return 1;
  return Math.min(n, story.scenes.length);
}
