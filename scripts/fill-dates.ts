/** `npm run data:fill-dates [files…]`: writes start/end (New Style) into event files from date + calendar. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillDates } from './data/fill-dates';

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync('geodata/events')
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join('geodata/events', f));
let failed = false;
for (const f of files) {
  const { text, changed, problems } = fillDates(readFileSync(f, 'utf8'));
  for (const p of problems) console.error(`${f}: ${p}`);
  failed ||= problems.length > 0;
  if (changed) writeFileSync(f, text);
  console.log(`${f}: ${changed} date field(s) updated`);
}
process.exit(failed ? 1 : 0);
