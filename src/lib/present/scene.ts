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

/**
 * The state for `scene`, coming from `fromDay`. Without motion (reduced-motion preference) the
 * slider and the camera jump.
 */
export function sceneState(scene: AtlasScene, fromDay: number | null, motion: boolean): SceneState {
  const hiddenTypes = scene.types ? EVENT_TYPE_IDS.filter((t) => !scene.types!.includes(t)) : [];
  const camera = scene.bounds
    ? { bounds: scene.bounds, animate: motion }
    : { center: scene.view!.center, zoom: scene.view!.zoom, animate: motion };
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
