/**
 * Validates geodata/ and the stories in one pass, and matches the places to GeoNames: what
 * check:data reports and build-data writes. Whether a missing Russian text fails them is the gate
 * in `russian-gate.ts`.
 */
import { loadCities } from './geonames';
import { readGeodata } from './read-geodata';
import type { Problem } from './problems';
import { validateGeodata } from './validate';
import { parseStories } from './stories';
import { REQUIRE_RUSSIAN } from './russian-gate';
import type { AtlasData } from '../../src/lib/model/atlas-data';
import type { AtlasStory } from '../../src/lib/model/story-schema';

export function loadAll(root = process.cwd()): {
  data: AtlasData;
  stories: AtlasStory[];
  problems: Problem[];
  missingRussian: Problem[];
} {
  const requireRussian = REQUIRE_RUSSIAN;
  const input = { ...readGeodata(root), geonames: loadCities(), requireRussian };
  const { data, problems, missingRussian } = validateGeodata(input);
  const parsed = parseStories(input.stories ?? [], data, { requireRussian });
  return {
    data,
    stories: parsed.stories,
    problems: [...problems, ...parsed.problems],
    missingRussian: [...missingRussian, ...parsed.missingRussian]
  };
}
