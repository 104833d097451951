/**
 * The events against the other files: ids unique across files, places that exist, dates that are
 * real and agree with what the source wrote, citations of lines that exist in the texts.
 */
import type { GeoEvent } from '../../src/lib/model/schema';
import { DATA_SPAN, dayFromIso, isoFromDay, ymdFromDay } from '../../src/lib/time/days';
import { resolveSourceDate } from '../../src/lib/time/source-date';
import type { ParsedEvent } from './read-event-file';
import type { Problem, ProblemBase } from './problems';
import type { CheckedSource } from './validate-sources';

/** The data's span in years, as messages name it. */
const SPAN_YEARS = `${ymdFromDay(DATA_SPAN.first).year}–${ymdFromDay(DATA_SPAN.last).year}`;

/** An event the join can place: its place exists and its New Style span is in days. */
export interface CheckedEvent {
  event: GeoEvent;
  start: number;
  end: number;
}

function checkCitation(
  c: { id: string; line?: number },
  field: string,
  base: ProblemBase,
  sources: Map<string, CheckedSource>,
  problems: Problem[]
): void {
  const s = sources.get(c.id);
  if (!s) {
    problems.push({ ...base, field, message: `"${c.id}" is not in sources.json` });
    return;
  }
  const lineField = `${field.replace(/\.(id|source)$/, '')}.line`;
  if (c.line !== undefined && c.line > s.lines) {
    problems.push({
      ...base,
      field: lineField,
      message: `${c.line} is beyond the end of ${c.id} (${s.lines} lines)`
    });
  } else if (c.line !== undefined && s.words?.[c.line - 1] === 0) {
    problems.push({ ...base, field: lineField, message: `${c.line} is a blank line of ${c.id}` });
  }
}

/**
 * The event's New Style span in days (null where a date is not real), with a problem for a date
 * that is not real, out of order, outside the data's span, or at odds with what the source wrote.
 */
function checkDates(e: GeoEvent, base: ProblemBase, problems: Problem[]) {
  const start = dayFromIso(e.start);
  const end = dayFromIso(e.end);
  if (start === null)
    problems.push({ ...base, field: 'start', message: `"${e.start}" is not a real date` });
  if (end === null)
    problems.push({ ...base, field: 'end', message: `"${e.end}" is not a real date` });
  if (start !== null && end !== null && end < start)
    problems.push({ ...base, field: 'end', message: `${e.end} is before start ${e.start}` });
  for (const [field, d] of [
    ['start', start],
    ['end', end]
  ] as const) {
    if (d !== null && (d < DATA_SPAN.first || d > DATA_SPAN.last))
      problems.push({ ...base, field, message: `${isoFromDay(d)} is outside ${SPAN_YEARS}` });
  }
  const span = resolveSourceDate(e.date, e.calendar);
  if (typeof span === 'string') problems.push({ ...base, field: 'date', message: span });
  else {
    if (start !== null && start !== span.start)
      problems.push({
        ...base,
        field: 'start',
        message: `${e.start} does not match date ${e.date} (${e.calendar}): expected ${isoFromDay(span.start)}`
      });
    if (end !== null && end !== span.end)
      problems.push({
        ...base,
        field: 'end',
        message: `${e.end} does not match date ${e.date} (${e.calendar}): expected ${isoFromDay(span.end)}`
      });
    if (e.precision === 'day' && !/^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/.test(e.date)) {
      problems.push({
        ...base,
        field: 'precision',
        message: `is "day" but date ${e.date} is not given to the day`
      });
    }
  }
  return { start, end };
}

/** Checks every event against the places and sources; returns those the join can place, in order. */
export function validateEvents(
  parsed: ParsedEvent[],
  placeIds: ReadonlySet<string>,
  sources: Map<string, CheckedSource>,
  problems: Problem[]
): CheckedEvent[] {
  const seen = new Map<string, string>();
  const out: CheckedEvent[] = [];
  for (const { file, line, event: e } of parsed) {
    const base = { file, line, id: e.id };
    const where = `${file}${line ? `:${line}` : ''}`;
    if (seen.has(e.id))
      problems.push({ ...base, field: 'id', message: `is used twice (also at ${seen.get(e.id)})` });
    seen.set(e.id, where);
    const placed = placeIds.has(e.place);
    if (!placed)
      problems.push({ ...base, field: 'place', message: `"${e.place}" is not in places.geojson` });
    const { start, end } = checkDates(e, base, problems);
    if (e.general_knowledge && !e.note?.trim())
      problems.push({
        ...base,
        field: 'note',
        message:
          'is needed: general_knowledge says the cited lines do not state the event, so the note must name what it rests on'
      });
    e.sources.forEach((c, i) => {
      checkCitation(c, `sources[${i}].id`, base, sources, problems);
      if (c.date !== undefined && !c.note?.trim())
        problems.push({
          ...base,
          field: `sources[${i}].note`,
          message: `is needed: a competing date (${c.date}) must be one the cited line gives, and the note says where in the line`
        });
      if (c.date !== undefined) {
        const r = resolveSourceDate(c.date, c.calendar ?? e.calendar);
        if (typeof r === 'string')
          problems.push({ ...base, field: `sources[${i}].date`, message: r });
      }
    });
    e.casualties.forEach((c, i) =>
      checkCitation(
        { id: c.source, line: c.line },
        `casualties[${i}].source`,
        base,
        sources,
        problems
      )
    );
    if (placed && start !== null && end !== null) out.push({ event: e, start, end });
  }
  checkSharedTolls(parsed, problems);
  return out;
}

/**
 * A toll given for more than one event (the same source, line, kind and count on several) belongs
 * to none of them alone: each must say what it covers (`covers`), or it reads as each event's own.
 */
function checkSharedTolls(parsed: ParsedEvent[], problems: Problem[]): void {
  const byKey = new Map<string, string[]>();
  for (const { event: e } of parsed)
    for (const c of e.casualties) {
      if (c.count == null) continue;
      const key = `${c.source}:${c.line ?? ''}:${c.kind}:${c.count}`;
      byKey.set(key, [...(byKey.get(key) ?? []), e.id]);
    }
  for (const { file, line, event: e } of parsed)
    e.casualties.forEach((c, i) => {
      if (c.count == null || c.covers?.trim()) return;
      const ids = byKey.get(`${c.source}:${c.line ?? ''}:${c.kind}:${c.count}`) ?? [];
      const others = [...new Set(ids.filter((id) => id !== e.id))];
      if (others.length)
        problems.push({
          file,
          line,
          id: e.id,
          field: `casualties[${i}].covers`,
          message: `is needed: the same toll (${c.count} ${c.kind}) is given on ${others.join(', ')}, so say what it covers`
        });
    });
}
