/**
 * Dates as the sources write them: `1917`, `1917-10`, `1917-10-25`, or a range `A/B` of those,
 * in the source's calendar. Resolves them to an inclusive span of New Style day numbers.
 */
import { daysInMonth, type Calendar } from './days';
import { dayFromDate } from './calendar';

/** An inclusive span of New Style day numbers. */
export interface DaySpan {
  start: number;
  end: number;
}

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** One side of a source date resolved to its first and last day, or an error message. */
function resolvePart(part: string, calendar: Calendar): DaySpan | string {
  const m = PART.exec(part.trim());
  if (!m) return `"${part}" is not YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return `"${part}" has no month ${month}`;
  const firstMonth = month ?? 1;
  const lastMonth = month ?? 12;
  const lastDay = daysInMonth(year, lastMonth, calendar);
  if (day !== null && (day < 1 || day > daysInMonth(year, firstMonth, calendar))) {
    return `"${part}" does not exist in the ${calendar} calendar`;
  }
  const start = dayFromDate(calendar, year, firstMonth, day ?? 1);
  const end = dayFromDate(calendar, year, lastMonth, day ?? lastDay);
  if (start === null || end === null) return `"${part}" is not a real date`;
  return { start, end };
}

/**
 * Resolves a source date to New Style days, or returns a message saying what is wrong with it.
 * A range's end must not come before its start.
 */
export function resolveSourceDate(text: string, calendar: Calendar): DaySpan | string {
  const parts = String(text).split('/');
  if (parts.length > 2) return `"${text}" has more than one "/"`;
  const first = resolvePart(parts[0], calendar);
  if (typeof first === 'string') return first;
  if (parts.length === 1) return first;
  const last = resolvePart(parts[1], calendar);
  if (typeof last === 'string') return last;
  if (last.end < first.start) return `"${text}" ends before it starts`;
  return { start: first.start, end: last.end };
}
