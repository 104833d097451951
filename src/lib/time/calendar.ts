/**
 * Old Style (Julian) ↔ New Style (Gregorian) conversion for the whole span the atlas touches.
 * Russia used the Julian calendar until 31 January 1918 OS, followed by 14 February 1918 NS.
 */
import { daysInMonth, dayFromYmd, ymdFromDay, type Calendar, type Ymd } from './days';

/** Day number of 1 January 1900 OS; Julian dates are counted from it in whole days. */
function julianOrdinal(year: number, month: number, day: number): number {
  // Julian day number of the Julian calendar date (Meeus), made relative later.
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
}

/** Julian day number of 1900-01-01 NS. */
const JDN_1900_NS = 2415021;

/** The day number (New Style) of a date written in the Julian calendar. */
export function dayFromJulian(year: number, month: number, day: number): number {
  return julianOrdinal(year, month, day) - JDN_1900_NS;
}

/** The Julian (Old Style) date of a day number. */
export function julianFromDay(dayNumber: number): Ymd {
  const jdn = dayNumber + JDN_1900_NS;
  const c = jdn + 32082;
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = d - 4800 + Math.floor(m / 10);
  return { year, month, day };
}

/** The day number of a date in either calendar, or null if the date does not exist there. */
export function dayFromDate(
  calendar: Calendar,
  year: number,
  month: number,
  day: number
): number | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month, calendar)) return null;
  return calendar === 'julian' ? dayFromJulian(year, month, day) : dayFromYmd(year, month, day);
}

/** The date of a day number in the given calendar. */
export function dateFromDay(calendar: Calendar, dayNumber: number): Ymd {
  return calendar === 'julian' ? julianFromDay(dayNumber) : ymdFromDay(dayNumber);
}

/** Days the Gregorian calendar runs ahead of the Julian on that day (12 in the 19th century, 13 from March 1900). */
export function julianLag(dayNumber: number): number {
  const j = julianFromDay(dayNumber);
  return dayNumber - dayFromYmd(j.year, j.month, j.day);
}

/** First New Style day of Russian civil use of the Gregorian calendar: 14 February 1918. */
export const RUSSIAN_SWITCH_DAY = dayFromYmd(1918, 2, 14);

/** True if Russians dated this day in the Old Style (before 14 February 1918 NS). */
export function isOldStyleEra(dayNumber: number): boolean {
  return dayNumber < RUSSIAN_SWITCH_DAY;
}
