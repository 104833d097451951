/**
 * Validates geodata/ and the stories in one pass, and matches the places to GeoNames: what
 * check:data reports and build-data writes.
 */
import { loadCities } from './geonames';
import { readGeodata } from './read-geodata';
import type { Problem } from './problems';
import { validateGeodata } from './validate';
import { parseStories } from './stories';
import type { AtlasData } from '../../src/lib/model/atlas-data';
import type { AtlasStory } from '../../src/lib/model/story-schema';

export function loadAll(root = process.cwd()): {
  data: AtlasData;
  stories: AtlasStory[];
  problems: Problem[];
} {
  const input = { ...readGeodata(root), geonames: loadCities() };
  const { data, problems } = validateGeodata(input);
  const parsed = parseStories(input.stories ?? [], data);
  return { data, stories: parsed.stories, problems: [...problems, ...parsed.problems] };
}
