/**
 * Property test of the lecture file's round trip: for any lecture the editor can hold (texts of
 * any Unicode, with lines that look like the format's own structure; any valid settings; carried
 * events with backtick runs), writing it and reading it back gives its canonical form, and
 * writing that again gives the same bytes.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { EVENT_TYPE_IDS } from '$lib/model/event-types';
import type { SceneSettings } from '$lib/model/story-schema';
import { isoFromDay, dayFromYmd } from '$lib/time/days';
import { ok, RUNS, TIMEOUT } from '$lib/testing/property';
import { normalizeStory, readStoryFile, writeStoryFile, type StoryFile } from './story-file';

/** Lines that the format treats as structure, and text that has broken parsers. */
const TRICKY = [
  '## heading',
  'Notes:',
  'Notes:  ',
  '```scene',
  '```',
  '---',
  '````atlas-events',
  '  ## indented',
  '\\## escaped',
  ': colon',
  '"quoted"',
  "'single'",
  '# comment',
  'null',
  'true',
  '1905',
  '<script>alert(1)</script>',
  '\u2028',
  '\r\n',
  '\r',
  '\t',
  '\ufeff',
  '\u00a0',
  'Кронштадт'
];

const text = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom(...TRICKY)), {
    maxLength: 6
  })
  .chain((parts) =>
    fc
      .array(fc.constantFrom('\n', ' ', '', '\n\n'), {
        minLength: parts.length,
        maxLength: parts.length
      })
      .map((seps) => parts.map((p, i) => p + seps[i]).join(''))
  );
const nonEmpty = text.filter((t) => t.length > 0);
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const iso = fc
  .integer({ min: dayFromYmd(1905, 1, 1), max: dayFromYmd(1921, 12, 31) })
  .map((d) => isoFromDay(d));
const coord = fc.double({ min: -179, max: 179, noNaN: true });

const settings: fc.Arbitrary<SceneSettings> = fc
  .record(
    {
      time: iso,
      mode: fc.constantFrom('instant', 'window', 'cumulative'),
      window: fc.integer({ min: 1, max: 3650 }),
      view: fc.record({
        center: fc.tuple(coord, fc.double({ min: -85, max: 85, noNaN: true })),
        zoom: fc.double({ min: 2, max: 15, noNaN: true })
      }),
      fit: fc.array(slug, { minLength: 1, maxLength: 3 }),
      types: fc.subarray([...EVENT_TYPE_IDS]),
      highlight: fc.array(slug, { maxLength: 3 }),
      animate: fc.record({ from: iso, speed: fc.double({ min: 0.1, max: 365, noNaN: true }) }),
      atlas: fc.oneof(
        fc.constant('e=a-b&cal=os&span=1917-01-01/1917-12-31&actor=Red Guards|`x`'),
        fc.string({ maxLength: 30 })
      )
    },
    { requiredKeys: ['time', 'mode', 'window'] }
  )
  .filter((s) => s.view !== undefined || s.fit !== undefined);

const csvCell = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.constantFrom('```', '````', '"q"', 'a,b', 'x\ny', 'x\r\ny')
);
const events = fc
  .array(fc.array(csvCell, { minLength: 3, maxLength: 3 }), { maxLength: 4 })
  .map((rows) =>
    ['id,lon,lat', ...rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(','))].join(
      '\r\n'
    )
  );

const lecture: fc.Arbitrary<StoryFile> = fc.record(
  {
    front: fc.record(
      {
        id: slug,
        title: nonEmpty,
        summary: nonEmpty,
        subtitle: text,
        author: text
      },
      { requiredKeys: ['id', 'title', 'summary'] }
    ),
    scenes: fc.array(fc.record({ title: text, settings, caption: text, notes: text }), {
      maxLength: 4
    }),
    events
  },
  { requiredKeys: ['front', 'scenes'] }
);

describe('the lecture file', () => {
  it(
    `reads back what it writes, and writes that again to the same bytes (${RUNS} lectures)`,
    () => {
      fc.assert(
        fc.property(lecture, (l) => {
          const bytes = writeStoryFile(l);
          const read = readStoryFile(bytes, 'l.md');
          const expected = l.scenes.length ? [] : ['has no "## " scene sections'];
          ok(
            isDeepStrictEqual(
              read.problems.map((p) => p.message),
              expected
            ),
            'no problems but a lecture without scenes',
            { problems: read.problems, bytes }
          );
          const want = normalizeStory(l);
          ok(isDeepStrictEqual(read.story, want), 'reads back the canonical lecture', {
            got: read.story,
            want,
            bytes
          });
          ok(read.lines.length === l.scenes.length, 'every scene read', bytes);
          ok(writeStoryFile(read.story!) === bytes, 'writes the same bytes again', bytes);
          ok(
            isDeepStrictEqual(normalizeStory(want), want),
            'the canonical form is its own canonical form',
            want
          );
        }),
        { numRuns: RUNS, seed: 1921 }
      );
    },
    TIMEOUT
  );
});
