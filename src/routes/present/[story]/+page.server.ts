// Every lecture's page is prerendered, so the static build (and the offline cache) holds it.
import { readFileSync } from 'node:fs';

export const entries = () =>
  (JSON.parse(readFileSync('static/data/stories.json', 'utf8')) as { id: string }[])
    .map((s) => ({
      story: s.id
    }))
    .concat({ story: 'local' }); // a lecture kept in the browser: ?key=…
