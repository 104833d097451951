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

/** Russian month names: genitive after a day number, nominative alone. */
export const MONTHS_RU_GEN = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря'
];
export const MONTHS_RU = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь'
];

export type Lang = 'en' | 'ru';

function fmt(d: Ymd, precision: Precision, withYear = true, lang: Lang = 'en'): string {
  const y = withYear ? ` ${d.year}` : '';
  if (precision === 'year') return `${d.year}`;
  if (precision === 'month' || precision === 'season')
    return `${(lang === 'ru' ? MONTHS_RU : MONTHS)[d.month - 1]}${y}`;
  return `${d.day} ${(lang === 'ru' ? MONTHS_RU_GEN : MONTHS)[d.month - 1]}${y}`;
}

/**
 * Formats a day number. In `os` style only days before 14 February 1918 NS are shown in the Julian
 * calendar (Russia used it until then); `both` shows "OS (NS)" for those days and NS alone after.
 */
export function formatDay(
  day: number,
  style: DateStyle = 'ns',
  precision: Precision = 'day',
  lang: Lang = 'en'
): string {
  const ns = dateFromDay('gregorian', day);
  if (style === 'ns' || !isOldStyleEra(day)) return fmt(ns, precision, true, lang);
  const os = dateFromDay('julian', day);
  if (style === 'os')
    return `${fmt(os, precision, true, lang)} ${lang === 'ru' ? 'ст. ст.' : 'OS'}`;
  if (precision === 'year') return `${os.year}`;
  if (os.year !== ns.year)
    return `${fmt(os, precision, true, lang)} (${fmt(ns, precision, true, lang)})`;
  return `${fmt(os, precision, false, lang)} (${fmt(ns, precision, false, lang)}) ${ns.year}`;
}

/** The hour of a fractional day, "14:00", for the slider zoomed to hours. */
export function formatHour(day: number): string {
  const h = Math.floor((day - Math.floor(day)) * 24 + 1e-6);
  return `${String(h).padStart(2, '0')}:00`;
}

/** Formats an inclusive span, collapsing it to one date when start and end are the same day. */
export function formatSpan(
  start: number,
  end: number,
  style: DateStyle = 'ns',
  precision: Precision = 'day',
  lang: Lang = 'en'
): string {
  const a = formatDay(start, style, precision, lang);
  if (end === start) return a;
  const b = formatDay(end, style, precision, lang);
  return a === b ? a : `${a} – ${b}`;
}

/** A short label for axis ticks: "Oct 1917" or "1917". */
export function formatTick(
  day: number,
  unit: 'year' | 'month' | 'day',
  lang: Lang = 'en',
  style: DateStyle = 'ns'
): string {
  const d = dateFromDay(style !== 'ns' && isOldStyleEra(day) ? 'julian' : 'gregorian', day);
  if (unit === 'year') return `${d.year}`;
  const m = (lang === 'ru' ? MONTHS_RU : MONTHS)[d.month - 1].slice(0, 3);
  return unit === 'month' ? `${m} ${d.year}` : `${d.day} ${m}`;
}
