/** `npm run data`: validates geodata/ and writes static/data/atlas.json and the city layers for the app. */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGeodata } from './data/read-geodata';
import { formatProblem, validateGeodata } from './data/validate';

const { problems, data } = validateGeodata(readGeodata());
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\nbuild-data: ${problems.length} problem(s) in geodata/; nothing written`);
  process.exit(1);
}
const out = join('static', 'data');
mkdirSync(join(out, 'city'), { recursive: true });
writeFileSync(join(out, 'atlas.json'), JSON.stringify(data));
for (const f of readdirSync(join('geodata', 'city')).filter((f) => f.endsWith('.geojson'))) {
  copyFileSync(join('geodata', 'city', f), join(out, 'city', f.replace(/\.geojson$/, '.json')));
}
console.log(
  `build-data: ${data.events.length} events, ${data.places.length} places → ${out}/atlas.json (version ${data.version})`
);
