/**
 * Reads and checks the lectures in geodata/stories/*.md against the validated data set, with the
 * reader the lecture editor uses (src/lib/present/story-file.ts, story-scenes.ts).
 * Pure: texts in, stories and `Problem`s (file, line, field) out. Never throws.
 */
import type { AtlasData } from '../../src/lib/model/atlas-data';
import type { AtlasStory } from '../../src/lib/model/story-schema';
import { readStoryFile } from '../../src/lib/present/story-file';
import { storyOf } from '../../src/lib/present/story-scenes';
import type { Problem } from './problems';

export function parseStories(
  files: { path: string; text: string }[],
  data: AtlasData
): { stories: AtlasStory[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const stories: AtlasStory[] = [];
  const ids = new Set<string>();
  for (const file of files) {
    const read = storyOf(readStoryFile(file.text, file.path), file.path, data);
    problems.push(...read.problems);
    if (!read.story) continue;
    if (ids.has(read.story.id))
      problems.push({
        file: file.path,
        line: 2,
        field: 'id',
        message: `"${read.story.id}" is used by another story`
      });
    ids.add(read.story.id);
    stories.push(read.story);
  }
  return { stories, problems };
}
