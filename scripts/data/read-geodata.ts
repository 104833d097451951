/** Reads the geodata folder (and the source texts, where they are beside the repo) for validation. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { GeodataInput } from './validate';

/** Where the source texts live on the team's machines and in CI: `../shared/seeds`. */
export const SEEDS_DIR = process.env.ATLAS_SEEDS ?? join(process.cwd(), '..', 'shared', 'seeds');

export function readGeodata(root = process.cwd(), seedsDir = SEEDS_DIR): GeodataInput {
  const dir = join(root, 'geodata');
  const read = (p: string) => ({ path: relative(root, p), text: readFileSync(p, 'utf8') });
  const eventsDir = join(dir, 'events');
  const events = readdirSync(eventsDir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => read(join(eventsDir, f)));
  let sourceLineCounts: Record<string, number> | undefined;
  if (existsSync(seedsDir)) {
    sourceLineCounts = {};
    for (const f of readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(seedsDir, f), 'utf8');
      sourceLineCounts[f] = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    }
  }
  const cityDir = join(dir, 'city');
  const cities = existsSync(cityDir)
    ? readdirSync(cityDir)
        .filter((f) => f.endsWith('.geojson'))
        .sort()
        .map((f) => read(join(cityDir, f)))
    : [];
  const storyDir = join(dir, 'stories');
  const stories = existsSync(storyDir)
    ? readdirSync(storyDir)
        .filter((f) => f.endsWith('.md') && f !== 'README.md')
        .sort()
        .map((f) => read(join(storyDir, f)))
    : [];
  return {
    stories,
    cities,
    sources: read(join(dir, 'sources.json')),
    places: read(join(dir, 'places.geojson')),
    events,
    sourceLineCounts
  };
}
