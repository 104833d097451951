/** `npm run check:data`: validates geodata/ and the stories; exits non-zero with file, row and field on any problem. */
import { existsSync } from 'node:fs';
import { SEEDS_DIR } from './data/read-geodata';
import { loadAll } from './data/load-all';
import { formatProblem } from './data/validate';

const { problems, data, stories } = loadAll();
if (!existsSync(SEEDS_DIR))
  console.warn(`note: ${SEEDS_DIR} not found; citation lines checked against sources.json "lines"`);
for (const p of problems) console.error(formatProblem(p));
if (problems.length) {
  console.error(`\ncheck:data: ${problems.length} problem(s) in geodata/`);
  process.exit(1);
}
console.log(
  `check:data: ok — ${data.events.length} events, ${data.places.length} places, ${data.sources.length} sources, ` +
    `${stories.length} stories (${stories.reduce((n, s) => n + s.scenes.length, 0)} scenes), data version ${data.version}`
);
