/**
 * The lecture page's story: a built-in one by its id, or, at `/present/local?key=…` (a route the
 * static build holds, since a lecturer's own lectures have no page of their own), one kept in
 * this browser, checked against the data as `npm run check:data` would check its file.
 */
import { loadStories } from '$lib/data/load';
import type { AtlasData } from '$lib/model/atlas-data';
import type { AtlasStory } from '$lib/model/story-schema';
import { storyOfLecture } from './lecture-io';
import { getLecture } from './lecture-store';

/** The id of the route that presents a lecture kept in the browser. */
export const LOCAL_STORY = 'local';

/** The stories the lecture page can show for `id`: the built-in ones, or the kept lecture. */
export async function storiesFor(
  id: string,
  params: URLSearchParams,
  data: AtlasData
): Promise<AtlasStory[]> {
  if (id !== LOCAL_STORY) return loadStories();
  const key = params.get('key') ?? '';
  const rec = await getLecture(key);
  if (!rec) throw new Error(`no lecture "${key}" is kept in this browser`);
  const { story } = storyOfLecture(rec.file, LOCAL_STORY, data);
  return story && story.scenes.length ? [story] : [];
}
