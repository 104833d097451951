/** `npm run check:data`: validates geodata/ and exits non-zero with file, row and field on any problem. */
import { readGeodata, SEEDS_DIR } from './data/read-geodata';
import { formatProblem, validateGeodata } from './data/validate';
import { existsSync } from 'node:fs';

const input = readGeodata();
const { problems, data } = validateGeodata(input);
if (!existsSync(SEEDS_DIR))
  console.warn(`note: ${SEEDS_DIR} not found; citation lines checked against sources.json "lines"`);
for (const p of problems) console.error(formatProblem(p));
if (problems.length) {
  console.error(`\ncheck:data: ${problems.length} problem(s) in geodata/`);
  process.exit(1);
}
console.log(
  `check:data: ok — ${data.events.length} events, ${data.places.length} places, ${data.sources.length} sources (data version ${data.version})`
);
