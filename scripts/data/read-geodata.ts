/** Reads the geodata folder, with the source texts' fingerprints, for validation. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { GeodataInput } from './validate';
import { readFingerprints } from '../sources/read-fingerprints';

export function readGeodata(root = process.cwd()): GeodataInput {
  const dir = join(root, 'geodata');
  const read = (p: string) => ({ path: relative(root, p), text: readFileSync(p, 'utf8') });
  const eventsDir = join(dir, 'events');
  const events = readdirSync(eventsDir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => read(join(eventsDir, f)));
  const fingerprints = readFingerprints(root);
  const sourceLines = fingerprints.length
    ? Object.fromEntries(fingerprints.map((fp) => [fp.file, fp.lines.map(([, n]) => n)]))
    : undefined;
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
    sourceLines
  };
}
