/** `npm run check:data`: validates geodata/ and the stories; exits non-zero with file, row and field on any problem. */
import { loadAll } from './data/load-all';
import { formatProblem } from './data/problems';
import { REQUIRE_RUSSIAN } from './data/russian-gate';

const { problems, data, stories, missingRussian } = loadAll();
for (const p of problems) console.error(formatProblem(p));
if (problems.length) {
  console.error(`\ncheck:data: ${problems.length} problem(s) in geodata/`);
  process.exit(1);
}
if (missingRussian.length && !REQUIRE_RUSSIAN) {
  if (process.argv.includes('--russian'))
    for (const p of missingRussian) console.log(formatProblem(p));
  console.log(
    `check:data: ${missingRussian.length} Russian text(s) still to write (not yet required: ` +
      `REQUIRE_RUSSIAN in scripts/data/russian-gate.ts; list them with --russian)`
  );
}
console.log(
  `check:data: ok — ${data.events.length} events, ${data.places.length} places, ${data.sources.length} sources, ` +
    `${stories.length} stories (${stories.reduce((n, s) => n + s.scenes.length, 0)} scenes), data version ${data.version}`
);
