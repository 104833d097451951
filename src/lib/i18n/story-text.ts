/**
 * A lecture's words in the reader's language: the Russian texts the lecture's `.ru.md` gives, the
 * English where it gives none. The lecture, its presenter view, handout, embed and video read
 * them here.
 */
import type { AtlasScene, AtlasStory } from '$lib/model/story-schema';

export interface StoryText {
  title: string;
  summary: string;
  subtitle?: string;
}

export interface SceneText {
  title: string;
  caption: string;
  notes: string;
}

export function storyText(story: AtlasStory, lang: 'en' | 'ru'): StoryText {
  if (lang !== 'ru')
    return { title: story.title, summary: story.summary, subtitle: story.subtitle };
  return {
    title: story.titleRu || story.title,
    summary: story.summaryRu || story.summary,
    subtitle: story.subtitleRu || story.subtitle
  };
}

export function sceneText(scene: AtlasScene, lang: 'en' | 'ru'): SceneText {
  if (lang !== 'ru') return { title: scene.title, caption: scene.caption, notes: scene.notes };
  return {
    title: scene.titleRu || scene.title,
    caption: scene.captionRu || scene.caption,
    notes: scene.notesRu || scene.notes
  };
}
