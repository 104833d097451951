/**
 * Dates for people: "7 November 1917", in New Style, Old Style, or both ("25 October (7 November) 1917").
 */
import { dateFromDay, isOldStyleEra } from './calendar';
import type { Ymd } from './days';

/** How dates are shown: New Style, Old Style (for Russian dates before the 1918 switch), or both. */
export type DateStyle = 'ns' | 'os' | 'both';

/** Precision of a date as the sources give it. */
export type Precision = 'day' | 'month' | 'season' | 'year';

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
];

function fmt(d: Ymd, precision: Precision, withYear = true): string {
  const y = withYear ? ` ${d.year}` : '';
  if (precision === 'year') return `${d.year}`;
  if (precision === 'month' || precision === 'season') return `${MONTHS[d.month - 1]}${y}`;
  return `${d.day} ${MONTHS[d.month - 1]}${y}`;
}

/**
 * Formats a day number. In `os` style only days before 14 February 1918 NS are shown in the Julian
 * calendar (Russia used it until then); `both` shows "OS (NS)" for those days and NS alone after.
 */
export function formatDay(
  day: number,
  style: DateStyle = 'ns',
  precision: Precision = 'day'
): string {
  const ns = dateFromDay('gregorian', day);
  if (style === 'ns' || !isOldStyleEra(day)) return fmt(ns, precision);
  const os = dateFromDay('julian', day);
  if (style === 'os') return `${fmt(os, precision)} OS`;
  if (precision === 'year') return `${os.year}`;
  if (os.year !== ns.year) return `${fmt(os, precision)} (${fmt(ns, precision)})`;
  return `${fmt(os, precision, false)} (${fmt(ns, precision, false)}) ${ns.year}`;
}

/** Formats an inclusive span, collapsing it to one date when start and end are the same day. */
export function formatSpan(
  start: number,
  end: number,
  style: DateStyle = 'ns',
  precision: Precision = 'day'
): string {
  const a = formatDay(start, style, precision);
  if (end === start) return a;
  const b = formatDay(end, style, precision);
  return a === b ? a : `${a} – ${b}`;
}

/** A short label for axis ticks: "Oct 1917" or "1917". */
export function formatTick(day: number, unit: 'year' | 'month'): string {
  const d = dateFromDay('gregorian', day);
  return unit === 'year' ? `${d.year}` : `${MONTHS[d.month - 1].slice(0, 3)} ${d.year}`;
}
