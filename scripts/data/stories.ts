/**
 * Reads and checks the lectures in geodata/stories/*.md against the validated data set, with the
 * reader the lecture editor uses (src/lib/present/story-file.ts, story-scenes.ts), each with its
 * Russian texts from the `<id>.ru.md` beside it (./story-russian.ts).
 * Pure: texts in, stories and `Problem`s (file, line, field) out. Never throws.
 */
import type { AtlasData } from '../../src/lib/model/atlas-data';
import type { AtlasStory } from '../../src/lib/model/story-schema';
import { readStoryFile } from '../../src/lib/present/story-file';
import { storyOf } from '../../src/lib/present/story-scenes';
import type { Problem } from './problems';
import type { RussianReport } from './russian-texts';
import { addRussian, isRussianPath, russianPath } from './story-russian';

/**
 * The lectures of `allFiles`. A missing Russian text is listed in `missingRussian`, and is a
 * problem too when `requireRussian`.
 */
export function parseStories(
  allFiles: { path: string; text: string }[],
  data: AtlasData,
  { requireRussian = false }: { requireRussian?: boolean } = {}
): { stories: AtlasStory[]; problems: Problem[]; missingRussian: Problem[] } {
  const problems: Problem[] = [];
  const russian: RussianReport = { problems, missing: [] };
  const files = allFiles.filter((f) => !isRussianPath(f.path));
  const ruFiles = new Map(allFiles.filter((f) => isRussianPath(f.path)).map((f) => [f.path, f]));
  for (const path of ruFiles.keys())
    if (!files.some((f) => russianPath(f.path) === path))
      problems.push({
        file: path,
        field: '(file)',
        message: `has no English lecture ${path
          .replace(/\.ru\.md$/, '.md')
          .split('/')
          .pop()}`
      });
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
    const story: AtlasStory = read.story;
    addRussian(story, file.path, ruFiles.get(russianPath(file.path)), russian);
    stories.push(story);
  }
  if (requireRussian) problems.push(...russian.missing);
  return { stories, problems, missingRussian: russian.missing };
}
