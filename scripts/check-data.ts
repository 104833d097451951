/** `npm run check:data`: validates geodata/ and the stories; exits non-zero with file, row and field on any problem. */
import { loadAll } from './data/load-all';
import { formatProblem } from './data/problems';

const { problems, data, stories } = loadAll();
for (const p of problems) console.error(formatProblem(p));
if (problems.length) {
  console.error(`\ncheck:data: ${problems.length} problem(s) in geodata/`);
  process.exit(1);
}
console.log(
  `check:data: ok — ${data.events.length} events, ${data.places.length} places, ${data.sources.length} sources, ` +
    `${stories.length} stories (${stories.reduce((n, s) => n + s.scenes.length, 0)} scenes), data version ${data.version}`
);
