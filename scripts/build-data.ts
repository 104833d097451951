/** `npm run data`: validates geodata/ and writes static/data/ (atlas.json, stories.json, city layers) for the app. */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from './data/load-all';
import { formatProblem } from './data/problems';

const { problems, data, stories } = loadAll();
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\nbuild-data: ${problems.length} problem(s) in geodata/; nothing written`);
  process.exit(1);
}
const out = join('static', 'data');
mkdirSync(join(out, 'city'), { recursive: true });
writeFileSync(join(out, 'atlas.json'), JSON.stringify(data));
writeFileSync(join(out, 'stories.json'), JSON.stringify(stories));
for (const f of readdirSync(join('geodata', 'city')).filter((f) => f.endsWith('.geojson'))) {
  copyFileSync(join('geodata', 'city', f), join(out, 'city', f.replace(/\.geojson$/, '.json')));
}
const matched = data.places.filter((p) => p.geonames !== undefined).length;
console.log(
  `build-data: ${data.events.length} events, ${data.places.length} places (${matched} with a GeoNames id), ${stories.length} stories → ${out}/ (version ${data.version})`
);
