/**
 * Property tests of the date reader on generated cells: every way of writing one day reads as that
 * day, every read's written form reads back to the same read, the reader agrees with the atlas's
 * own source-date resolver on the forms both read, and noise gives a message quoting the cell.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ok, RUNS, TIMEOUT } from '$lib/testing/property';
import { dayFromDate } from '$lib/time/calendar';
import { daysInMonth, type Calendar } from '$lib/time/days';
import { resolveSourceDate } from '$lib/time/source-date';
import { MONTHS, MONTHS_RU as RU_NOMINATIVE, MONTHS_RU_GEN as RU_GENITIVE } from '$lib/time/format';
import { readDate, type DateRead } from './read-date';

const SEED = 1917;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A real day of 1850–2030 in either calendar. */
const day = fc
  .record({
    calendar: fc.constantFrom<Calendar>('julian', 'gregorian'),
    y: fc.integer({ min: 1850, max: 2030 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 })
  })
  .map((v) => ({ ...v, d: Math.min(v.d, daysInMonth(v.y, v.m, v.calendar)) }));

/** A read without its warning, which belongs to the cell it came from, not to the date. */
const bare = (r: DateRead) => ({ ...r, warning: undefined });

/** Checks that `r.written`, read in `r.calendar`, gives `r` again. */
function checkStable(cell: string, r: DateRead) {
  const again = readDate(r.written, r.calendar);
  ok(typeof again !== 'string', 'the written form reads', { cell, r, again });
  ok(JSON.stringify(bare(again)) === JSON.stringify(bare(r)), 'the same read again', {
    cell,
    r,
    again
  });
}

describe('readDate properties', () => {
  it(
    `reads every form of one day as that day, and its written form again (${RUNS} days)`,
    () => {
      let runs = 0;
      fc.assert(
        fc.property(day, ({ calendar, y, m, d }) => {
          runs++;
          const expected = dayFromDate(calendar, y, m, d);
          const forms: [string, 'dmy' | 'mdy' | undefined][] = [
            [`${y}-${pad2(m)}-${pad2(d)}`, undefined],
            [`${pad2(d)}.${pad2(m)}.${y}`, undefined],
            [`${d}.${m}.${y}`, 'mdy'],
            [`${d} ${MONTHS[m - 1]} ${y}`, undefined],
            [`${MONTHS[m - 1]} ${d}, ${y}`, undefined],
            [`${d}-${MONTHS[m - 1].slice(0, 3)}-${y}`, undefined],
            [`${d} ${RU_GENITIVE[m - 1]} ${y} г.`, undefined],
            [`${pad2(d)}/${pad2(m)}/${y}`, 'dmy'],
            [`${pad2(m)}/${pad2(d)}/${y}`, 'mdy'],
            [`${y}/${m}/${d}`, undefined],
            [`${y}-${pad2(m)}-${pad2(d)}T12:30:00+03:00`, undefined]
          ];
          for (const [cell, order] of forms) {
            const r = readDate(cell, calendar, order);
            ok(typeof r !== 'string', 'the cell reads', { cell, calendar, r });
            ok(r.start === expected && r.end === expected, 'the same day', {
              cell,
              calendar,
              r,
              expected
            });
            ok(r.written === `${y}-${pad2(m)}-${pad2(d)}` && r.precision === 'day', 'ISO', r);
            ok(r.warning === undefined, 'nothing assumed', { cell, r });
            checkStable(cell, r);
          }
        }),
        { numRuns: RUNS, seed: SEED }
      );
      expect(runs).toBeGreaterThanOrEqual(RUNS);
    },
    TIMEOUT
  );

  /** One side of a cell: a year, month, season or day in one of the forms the reader takes. */
  const side = fc
    .record({
      y: fc.integer({ min: 1850, max: 2030 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
      season: fc.integer({ min: 21, max: 24 }),
      form: fc.integer({ min: 0, max: 13 }),
      qualifier: fc.constantFrom('', '', '?', '~', '%')
    })
    .map(({ y, m, d, season, form, qualifier }) => {
      const month = MONTHS[m - 1];
      const text = [
        `${y}`,
        `${y}-${pad2(m)}`,
        `${y}-${pad2(m)}-${pad2(d)}`,
        `${month} ${y}`,
        `${RU_NOMINATIVE[m - 1]} ${y}`,
        `${['Spring', 'Summer', 'Autumn', 'Winter'][season - 21]} ${y}`,
        `${y}-${season}`,
        `${y}-XX`,
        `${String(y).slice(0, 3)}X`,
        `${y}-${pad2(m)}-XX`,
        `${d} ${month} ${y}`,
        `${pad2(d)}.${pad2(m)}.${y}`,
        `${d} ${RU_GENITIVE[m - 1]} ${y}`,
        `${month.slice(0, 3)}-${String(y % 100).padStart(2, '0')}`
      ][form];
      return { text: `${text}${qualifier}`, y };
    });

  const cell = fc
    .record({
      a: side,
      b: fc.option(side, { nil: undefined }),
      hedge: fc.constantFrom('', '', 'c. ', 'about ', 'около ', 'ca. '),
      marker: fc.constantFrom('', '', ' (O.S.)', ' N.S.', ' по ст. ст.', ' [OS]'),
      dash: fc.boolean(),
      calendar: fc.constantFrom<Calendar>('julian', 'gregorian')
    })
    .map(({ a, b, hedge, marker, dash, calendar }) => {
      const [first, last] = b && b.y < a.y ? [b, a] : [a, b];
      return {
        text: `${hedge}${first.text}${last ? `${dash ? ' – ' : '/'}${last.text}` : ''}${marker}`,
        calendar
      };
    });

  it(
    `gives a written form that reads back to the same read (${RUNS} cells)`,
    () => {
      let runs = 0;
      let reads = 0;
      fc.assert(
        fc.property(cell, ({ text, calendar }) => {
          runs++;
          const r = readDate(text, calendar);
          if (typeof r === 'string') {
            ok(r.startsWith(`"${text.slice(0, 60)}`), 'a message quoting the cell', { text, r });
            return;
          }
          reads++;
          ok(r.start <= r.end, 'a span', { text, r });
          checkStable(text, r);
        }),
        { numRuns: RUNS, seed: SEED }
      );
      expect(runs).toBeGreaterThanOrEqual(RUNS);
      // Most generated cells are dates: the property is not held by refusals.
      expect(reads).toBeGreaterThan(RUNS * 0.6);
    },
    TIMEOUT
  );

  /** An ISO year, month or day, possibly not a real one (month 13, day 31 of a short month). */
  const isoPart = fc
    .record({
      y: fc.integer({ min: 1850, max: 2030 }),
      m: fc.integer({ min: 1, max: 13 }),
      d: fc.integer({ min: 1, max: 31 }),
      precision: fc.integer({ min: 0, max: 2 })
    })
    .map(
      ({ y, m, d, precision }) =>
        [`${y}`, `${y}-${pad2(m)}`, `${y}-${pad2(m)}-${pad2(d)}`][precision]
    );

  it(
    `agrees with resolveSourceDate on the forms both read (${RUNS} cells)`,
    () => {
      let runs = 0;
      fc.assert(
        fc.property(
          isoPart,
          fc.option(isoPart, { nil: undefined }),
          fc.constantFrom<Calendar>('julian', 'gregorian'),
          (a, b, calendar) => {
            runs++;
            const text = b ? `${a}/${b}` : a;
            const ours = readDate(text, calendar);
            const theirs = resolveSourceDate(text, calendar);
            ok(typeof ours === typeof theirs, 'both read or both refuse', { text, ours, theirs });
            if (typeof ours !== 'string' && typeof theirs !== 'string')
              ok(ours.start === theirs.start && ours.end === theirs.end, 'the same span', {
                text,
                ours,
                theirs
              });
          }
        ),
        { numRuns: RUNS, seed: SEED }
      );
      expect(runs).toBeGreaterThanOrEqual(RUNS);
    },
    TIMEOUT
  );

  it(
    `never throws on noise, and quotes the cell in every message (${RUNS} cells)`,
    () => {
      let runs = 0;
      const noise = fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.string({ unit: fc.constantFrom(...'0123456789-/.: XT?~%[]{},'), maxLength: 30 }),
        fc.string({ unit: 'grapheme', maxLength: 20 })
      );
      fc.assert(
        fc.property(noise, fc.constantFrom<Calendar>('julian', 'gregorian'), (text, calendar) => {
          runs++;
          const r = readDate(text, calendar);
          const v = text.trim();
          if (typeof r === 'string') {
            ok(v ? r.startsWith(`"${v.slice(0, 60)}`) : r === 'is empty', 'quotes the cell', {
              text,
              r
            });
            ok(r.length < 400, 'a short message', r);
          } else {
            ok(
              Number.isInteger(r.start) && Number.isInteger(r.end) && r.start <= r.end,
              'a span of whole days',
              { text, r }
            );
          }
        }),
        { numRuns: RUNS, seed: SEED }
      );
      expect(runs).toBeGreaterThanOrEqual(RUNS);
    },
    TIMEOUT
  );
});
