/**
 * Property tests of the list columns: `parse(format(x))` is `x` for generated values full of what
 * breaks naive formats (the separators, quotes, brackets, line breaks, Cyrillic, empty strings,
 * formula characters), and a whole event survives CSV → import parser → `readEventRow`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/import/formats/csv';
import { importTable, previewTable, readTable } from '$lib/import/run-import';
import type { AtlasCasualty, AtlasCitation, AtlasEvent } from '$lib/model/atlas-data';
import { EVENT_TYPE_IDS } from '$lib/model/event-types';
import { ok, RUNS, TIMEOUT } from '$lib/testing/property';
import { dayFromYmd } from '$lib/time/days';
import {
  formatActors,
  formatCasualties,
  formatSources,
  joinProvenance,
  parseActors,
  parseCasualties,
  parseSources,
  splitProvenance
} from './columns';
import { eventsToCsv, readEventRow } from './csv';
import { isFormula } from './neutralise';

const SEED = 1921;

/** Pieces that break naive list formats. */
const PIECES = [
  '|',
  ' | ',
  ';',
  '; ',
  ',',
  ':',
  '"',
  "'",
  '[',
  ']',
  '(',
  ')',
  '{',
  '~',
  '?',
  '=',
  '-',
  '@',
  '＝',
  '\t',
  '\n',
  '\r\n',
  ' ',
  '  ',
  'Кронштадт',
  'Петросовет',
  'sailors',
  'a',
  '12',
  'null',
  'import:',
  'é'
];
const piecy = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((a) => a.join(''));
/** Any text: random strings, full Unicode, and strings built from the pieces above. */
const text = fc.oneof(piecy, fc.string(), fc.string({ unit: 'grapheme' }));
/** A text that is not blank. */
const filled = text.filter((s) => s.trim() !== '');
/** Values the short forms can carry, so both forms are exercised. */
const slug = fc.constantFrom('guerin-1970', 'tabor-2017', 'anarwiki-failures', 'x', 'a.b_c');
const plainWord = fc.constantFrom(
  'killed',
  'wounded',
  'arrested',
  'executed',
  'убито',
  'shot dead'
);
const positive = fc.oneof(fc.integer({ min: 1, max: 2000 }), fc.constant(Number.MAX_SAFE_INTEGER));

/** fast-check's records have no prototype; the values compared against have Object's. */
const plain = <T extends object>(a: fc.Arbitrary<T>): fc.Arbitrary<T> => a.map((o) => ({ ...o }));

const actors = fc.array(fc.oneof(text, fc.constantFrom('Petrograd Soviet', 'Кронштадтцы')), {
  maxLength: 5
});

const casualty: fc.Arbitrary<AtlasCasualty> = plain(
  fc.record(
    {
      count: fc.oneof(fc.constant(null), fc.nat(), fc.constant(Number.MAX_SAFE_INTEGER)),
      text: text,
      kind: fc.oneof(plainWord, filled),
      source: fc.oneof(slug, filled),
      line: positive,
      approximate: fc.boolean(),
      note: text
    },
    { requiredKeys: ['count', 'kind', 'source'] }
  )
);
const simpleCasualty: fc.Arbitrary<AtlasCasualty> = plain(
  fc.record(
    {
      count: fc.oneof(fc.constant(null), fc.nat()),
      kind: plainWord,
      source: slug,
      line: positive,
      approximate: fc.constant(true)
    },
    { requiredKeys: ['count', 'kind', 'source'] }
  )
);

/** Cited dates with their New Style days worked out by hand (`null`: the date does not resolve). */
const DATES: { date: string; calendar: 'julian' | 'gregorian'; days: [number, number] | null }[] = [
  {
    date: '1917-10-25',
    calendar: 'julian',
    days: [dayFromYmd(1917, 11, 7), dayFromYmd(1917, 11, 7)]
  },
  {
    date: '1917-10',
    calendar: 'julian',
    days: [dayFromYmd(1917, 10, 14), dayFromYmd(1917, 11, 13)]
  },
  { date: '1905', calendar: 'julian', days: [dayFromYmd(1905, 1, 14), dayFromYmd(1906, 1, 13)] },
  {
    date: '1918-04-12',
    calendar: 'gregorian',
    days: [dayFromYmd(1918, 4, 12), dayFromYmd(1918, 4, 12)]
  },
  {
    date: '1921-03-07/1921-03-18',
    calendar: 'gregorian',
    days: [dayFromYmd(1921, 3, 7), dayFromYmd(1921, 3, 18)]
  },
  { date: 'spring 1917', calendar: 'julian', days: null }
];

const citation: fc.Arbitrary<AtlasCitation> = fc
  .record(
    {
      source: fc.oneof(slug, filled, fc.constant('import:my file, 1917.csv')),
      line: positive,
      dated: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
      note: text
    },
    { requiredKeys: ['source', 'line'] }
  )
  .map(({ source, line, dated, note }) => {
    const c: AtlasCitation = { source, line };
    if (dated) {
      c.date = dated.date;
      c.calendar = dated.calendar;
    }
    if (note !== undefined) c.note = note;
    if (dated?.days) [c.start, c.end] = dated.days;
    return c;
  });
const simpleCitation = plain(fc.record({ source: slug, line: positive }));
const citations = fc.oneof(
  fc.array(citation, { maxLength: 4 }),
  fc.array(simpleCitation, { maxLength: 4 })
);

describe('list columns round-trip', () => {
  it(
    'actors',
    () => {
      const forms = { json: 0, short: 0 };
      fc.assert(
        fc.property(actors, (a) => {
          const cell = formatActors(a);
          forms[cell.startsWith('[') ? 'json' : 'short']++;
          ok(JSON.stringify(parseActors(cell)) === JSON.stringify(a), 'actors changed', {
            a,
            cell
          });
        }),
        { numRuns: RUNS, seed: SEED }
      );
      expect(forms.json).toBeGreaterThan(RUNS / 10);
      expect(forms.short).toBeGreaterThan(RUNS / 10);
    },
    TIMEOUT
  );

  it(
    'casualties',
    () => {
      const forms = { json: 0, short: 0 };
      fc.assert(
        fc.property(
          fc.oneof(
            fc.array(casualty, { maxLength: 3 }),
            fc.array(simpleCasualty, { maxLength: 3 })
          ),
          (cs) => {
            const cell = formatCasualties(cs);
            forms[cell.startsWith('[') ? 'json' : 'short']++;
            const back = parseCasualties(cell);
            ok(typeof back !== 'string', 'refused', { cs, cell, back });
            expect(back).toStrictEqual(cs);
          }
        ),
        { numRuns: RUNS, seed: SEED }
      );
      expect(forms.json).toBeGreaterThan(RUNS / 10);
      expect(forms.short).toBeGreaterThan(RUNS / 10);
    },
    TIMEOUT
  );

  it(
    'sources, with cited dates resolved again',
    () => {
      const forms = { json: 0, short: 0 };
      fc.assert(
        fc.property(citations, fc.constantFrom('julian', 'gregorian'), (cs, calendar) => {
          const cell = formatSources(cs);
          forms[cell.startsWith('[') ? 'json' : 'short']++;
          const back = parseSources(cell, calendar as 'julian' | 'gregorian');
          ok(typeof back !== 'string', 'refused', { cs, cell, back });
          expect(back).toStrictEqual(cs);
        }),
        { numRuns: RUNS, seed: SEED }
      );
      expect(forms.json).toBeGreaterThan(RUNS / 10);
      expect(forms.short).toBeGreaterThan(RUNS / 10);
    },
    TIMEOUT
  );

  it(
    'provenance',
    () => {
      let imported = 0;
      fc.assert(
        fc.property(
          fc.oneof(
            citations,
            fc
              .tuple(filled, positive, citations)
              .map(([f, row, rest]) => [{ source: `import:${f}`, line: row }, ...rest])
          ),
          (cs) => {
            const p = splitProvenance(cs);
            if (p.file) imported++;
            expect(joinProvenance(p)).toStrictEqual(cs);
          }
        ),
        { numRuns: RUNS, seed: SEED }
      );
      expect(imported).toBeGreaterThan(RUNS / 10);
    },
    TIMEOUT
  );
});

const event: fc.Arbitrary<AtlasEvent> = fc
  .record({
    id: filled,
    title: filled,
    summary: text,
    type: fc.constantFrom(...EVENT_TYPE_IDS),
    subtype: fc.option(filled, { nil: undefined }),
    dated: fc.constantFrom(...DATES.filter((d) => d.days)),
    precision: fc.constantFrom('day', 'month', 'season', 'year' as const),
    approximate: fc.boolean(),
    place: filled,
    placeInferred: fc.boolean(),
    actors,
    casualties: fc.array(casualty, { maxLength: 2 }),
    sources: citations,
    note: fc.option(filled, { nil: undefined }),
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
    lat: fc.double({ min: -90, max: 90, noNaN: true })
  })
  .map(({ dated, subtype, note, ...e }) => {
    const ev: AtlasEvent = {
      ...e,
      date: dated.date,
      calendar: dated.calendar,
      start: dated.days![0],
      end: dated.days![1],
      dx: 0,
      dy: 0
    };
    if (subtype !== undefined) ev.subtype = subtype;
    if (note !== undefined) ev.note = note;
    return ev;
  });

describe('events through CSV', () => {
  it(
    'read back field for field through the import parser, with no formula cell left',
    () => {
      fc.assert(
        fc.property(fc.array(event, { minLength: 1, maxLength: 3 }), (events) => {
          const csv = eventsToCsv(events);
          const { header, rows } = parseCsv(csv);
          ok(rows.length === events.length, 'row count', { events, csv });
          for (const [i, row] of rows.entries()) {
            ok(
              row.every((c) => !isFormula(c) || /^-?\d/.test(c)),
              'formula cell',
              row
            );
            const back = readEventRow(header, row);
            ok(back.event !== null, 'refused', { problems: back.problems, event: events[i] });
            // -0 is written as 0; nothing else may change.
            expect(back.event).toStrictEqual({
              ...events[i],
              lon: events[i].lon + 0,
              lat: events[i].lat + 0
            });
          }
        }),
        { numRuns: RUNS / 10, seed: SEED }
      );
    },
    TIMEOUT
  );
});

describe('events through the import, as a user re-imports an export', () => {
  it(
    'export → import (file bytes, guessed mapping, worker pipeline) gives back every field',
    () => {
      let runs = 0;
      fc.assert(
        fc.property(fc.array(event, { minLength: 1, maxLength: 4 }), (events) => {
          runs++;
          const bytes = new TextEncoder().encode(eventsToCsv(events));
          const preview = previewTable(bytes, 'export.csv');
          const table = readTable(bytes, 'export.csv');
          const result = importTable(table, preview.mapping, [], 'imp', 'export.csv');
          ok(result.counts.dropped === 0, 'dropped', { problems: result.problems, events });
          ok(result.problems.length === 0, 'warned', { problems: result.problems, events });
          // The import sorts by start; ids become the layer's, and screen offsets are the map's.
          const sorted = (v: unknown): unknown =>
            Array.isArray(v)
              ? v.map(sorted)
              : v && typeof v === 'object'
                ? Object.fromEntries(
                    Object.entries(v)
                      .sort(([a], [b]) => a.localeCompare(b))
                      .map(([k, x]) => [k, sorted(x)])
                  )
                : v;
          const key = (e: AtlasEvent) => JSON.stringify(sorted({ ...e, id: '', dx: 0, dy: 0 }));
          const want = events.map((e) => key({ ...e, lon: e.lon + 0, lat: e.lat + 0 })).sort();
          const got = result.events.map(key).sort();
          expect(got).toEqual(want);
        }),
        { numRuns: RUNS / 10, seed: SEED }
      );
      expect(runs).toBeGreaterThanOrEqual(RUNS / 10);
    },
    TIMEOUT
  );
});
