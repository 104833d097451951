/** Fetching the built data (same origin, cached offline by the service worker). */
import { base } from '$app/paths';
import type { AtlasData } from '$lib/model/atlas-data';
import type { AtlasStory } from '$lib/model/story-schema';

async function getJson<T>(path: string): Promise<T> {
  const r = await fetch(`${base}/data/${path}`);
  if (!r.ok) throw new Error(`data/${path}: ${r.status} ${r.statusText}`);
  return (await r.json()) as T;
}

export const loadAtlas = () => getJson<AtlasData>('atlas.json');
export const loadStories = () => getJson<AtlasStory[]>('stories.json');
