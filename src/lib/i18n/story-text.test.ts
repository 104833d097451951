import { describe, expect, it } from 'vitest';
import type { AtlasScene, AtlasStory } from '$lib/model/story-schema';
import { sceneText, storyText } from './story-text';

const scene = {
  title: 'The rising',
  caption: 'The sailors meet.',
  notes: 'Line 12.',
  titleRu: 'Восстание',
  captionRu: 'Матросы собираются.',
  notesRu: 'Строка 12.'
} as AtlasScene;
const story = {
  id: 'k',
  title: 'Kronstadt 1921',
  summary: 'The rising.',
  subtitle: 'March 1921',
  titleRu: 'Кронштадт, 1921',
  summaryRu: 'Восстание.',
  scenes: [scene]
} as AtlasStory;

describe('storyText and sceneText', () => {
  it('give the Russian texts in Russian and the English ones in English', () => {
    expect(sceneText(scene, 'ru')).toEqual({
      title: 'Восстание',
      caption: 'Матросы собираются.',
      notes: 'Строка 12.'
    });
    expect(sceneText(scene, 'en')).toEqual({
      title: 'The rising',
      caption: 'The sailors meet.',
      notes: 'Line 12.'
    });
    expect(storyText(story, 'en').title).toBe('Kronstadt 1921');
  });

  it('fall back to the English for a text the lecture has no Russian for', () => {
    expect(storyText(story, 'ru')).toEqual({
      title: 'Кронштадт, 1921',
      summary: 'Восстание.',
      subtitle: 'March 1921'
    });
    const bare = { ...scene, notesRu: undefined };
    expect(sceneText(bare, 'ru').notes).toBe('Line 12.');
  });
});
