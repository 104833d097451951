/**
 * The Russian texts beside the English ones: each must be there (`missing`, which the gate in
 * `russian-gate.ts` turns into problems), must not be the English text again, and must carry the
 * same numbers as the English (dates, tolls, counts, cited lines).
 */
import type { GeoEvent, PlaceProperties } from '../../src/lib/model/schema';
import { CASUALTY_KIND_RU, SUBTYPE_RU } from '../../src/lib/i18n/terms';
import { short, type Problem, type ProblemBase } from './problems';

/** Separators of thousands between digits: comma, space, no-break space, narrow and thin spaces. */
const THOUSANDS = /(?<=\d)[,\u0020\u00a0\u202f\u2009](?=\d{3}(?!\d))/g;

/**
 * The distinct runs of digits in `text`, sorted, after thousands separators are removed: "100,000"
 * and "100 000" both give 100000; "1905, 1917" gives 1905 and 1917.
 */
export function digitRuns(text: string): string[] {
  const runs = text.replace(THOUSANDS, '').match(/\d+/g) ?? [];
  return [...new Set(runs.map((r) => r.replace(/^0+(?=\d)/, '')))].sort();
}

/** Where the Russian texts stand: the problems found, and the texts still to be written. */
export interface RussianReport {
  problems: Problem[];
  missing: Problem[];
}

/**
 * One English text and its Russian: `missing` when there is English and no Russian; a problem when
 * the Russian repeats the English or its numbers differ.
 */
export function checkPair(
  en: string | undefined,
  ru: string | undefined,
  base: ProblemBase,
  field: string,
  report: RussianReport
): void {
  if (en === undefined || !en.trim()) return;
  if (ru === undefined || !ru.trim()) {
    report.missing.push({ ...base, field, message: 'has no Russian text' });
    return;
  }
  if (ru.trim().replace(/\s+/g, ' ') === en.trim().replace(/\s+/g, ' ')) {
    report.problems.push({ ...base, field, message: `repeats the English "${short(en.trim())}"` });
    return;
  }
  const a = digitRuns(en).join(' ');
  const b = digitRuns(ru).join(' ');
  if (a !== b)
    report.problems.push({
      ...base,
      field,
      message: `has the numbers [${b}] but the English has [${a}]`
    });
}

/** An event's Russian texts: title, summary, actors (same number), note, claims' and tolls' notes. */
export function checkEventRussian(e: GeoEvent, base: ProblemBase, report: RussianReport): void {
  checkPair(e.title, e.title_ru, base, 'title_ru', report);
  checkPair(e.summary, e.summary_ru, base, 'summary_ru', report);
  checkPair(e.note, e.note_ru, base, 'note_ru', report);
  if (e.actors.length) {
    if (!e.actors_ru)
      report.missing.push({ ...base, field: 'actors_ru', message: 'has no Russian text' });
    else if (e.actors_ru.length !== e.actors.length)
      report.problems.push({
        ...base,
        field: 'actors_ru',
        message: `names ${e.actors_ru.length} actors but actors names ${e.actors.length}`
      });
    else e.actors.forEach((a, i) => checkPair(a, e.actors_ru![i], base, `actors_ru[${i}]`, report));
  } else if (e.actors_ru?.length)
    report.problems.push({
      ...base,
      field: 'actors_ru',
      message: 'names actors but actors is empty'
    });
  e.sources.forEach((s, i) => checkPair(s.note, s.note_ru, base, `sources[${i}].note_ru`, report));
  e.casualties.forEach((c, i) => {
    checkPair(c.text, c.text_ru, base, `casualties[${i}].text_ru`, report);
    checkPair(c.note, c.note_ru, base, `casualties[${i}].note_ru`, report);
    checkPair(c.covers, c.covers_ru, base, `casualties[${i}].covers_ru`, report);
  });
}

/** The event's subtype and tolls' kinds must have their Russian word in `src/lib/i18n/terms.ts`. */
export function checkTerms(e: GeoEvent, base: ProblemBase, problems: Problem[]): void {
  if (e.subtype !== undefined && !Object.hasOwn(SUBTYPE_RU, e.subtype))
    problems.push({
      ...base,
      field: 'subtype',
      message: `"${short(e.subtype)}" has no Russian word in src/lib/i18n/terms.ts (SUBTYPE_RU)`
    });
  e.casualties.forEach((c, i) => {
    if (!Object.hasOwn(CASUALTY_KIND_RU, c.kind))
      problems.push({
        ...base,
        field: `casualties[${i}].kind`,
        message: `"${short(c.kind)}" has no Russian word in src/lib/i18n/terms.ts (CASUALTY_KIND_RU)`
      });
  });
}

/** A place's note and its Russian. */
export function checkPlaceRussian(
  p: PlaceProperties,
  base: ProblemBase,
  report: RussianReport
): void {
  checkPair(p.note, p.note_ru, base, 'properties.note_ru', report);
}
