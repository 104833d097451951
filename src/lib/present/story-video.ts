/** Video frames for a lecture: each scene glides to its date, then holds with its caption. */
import { sceneText } from '$lib/i18n/story-text';
import type { AtlasScene, AtlasStory } from '$lib/model/story-schema';
import { formatDay } from '$lib/time/format';
import type { Overlay } from './compose';
import { rangeFrames, type RecordPlan } from './record';

export const CREDIT = 'Revolution Atlas 1905–1921 · basemap Natural Earth';

/** The overlay of a scene's frame: its date, title and caption in `lang`. */
export function sceneOverlay(scene: AtlasScene, day: number, lang: 'en' | 'ru' = 'en'): Overlay {
  const words = sceneText(scene, lang);
  return {
    date: formatDay(Math.floor(day), 'both', 'day', lang),
    title: words.title,
    caption: words.caption,
    types: scene.types,
    credit: CREDIT
  };
}

/** Frames for one scene: its animation, or the last `lead` days before its date. */
export function sceneFrames(
  scene: AtlasScene,
  fps: number,
  apply: () => void,
  lead = 20,
  lang: 'en' | 'ru' = 'en'
): RecordPlan['frames'] {
  const from = scene.animate?.from ?? scene.day - lead;
  const speed = scene.animate?.speed ?? Math.max(1, (scene.day - from) / 2);
  const frames = rangeFrames(from, scene.day, speed, fps, (d) => sceneOverlay(scene, d, lang));
  frames[0].camera = apply;
  return frames;
}

/** Frames for a whole lecture: each scene's frames, then `hold` seconds on its date. */
export function storyFrames(
  story: AtlasStory,
  fps: number,
  apply: (index: number) => void,
  hold = 2,
  lang: 'en' | 'ru' = 'en'
): RecordPlan['frames'] {
  return story.scenes.flatMap((scene, i) => {
    const frames = sceneFrames(scene, fps, () => apply(i), undefined, lang);
    const still = Array.from({ length: Math.round(hold * fps) }, () => ({
      day: scene.day,
      overlay: sceneOverlay(scene, scene.day, lang)
    }));
    return [...frames, ...still];
  });
}
