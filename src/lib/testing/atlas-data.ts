/**
 * The atlas's data as the build makes it, for unit tests that need the real events, places and
 * areas: validated and joined from geodata/ by the data check's own function, so that a test needs
 * no `npm run data` before it (a clean clone runs the unit tests first).
 */
import type { AtlasData } from '$lib/model/atlas-data';
import { loadAll } from '../../../scripts/data/load-all';

let data: AtlasData | undefined;

export function atlasData(): AtlasData {
  data ??= loadAll().data;
  return data;
}
