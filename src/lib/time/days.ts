/**
 * Day numbers: whole days since 1900-01-01 in the proleptic Gregorian (New Style) calendar.
 * Every date the atlas sorts, draws or stores at run time is one of these; they fit float32 exactly.
 */

/** A calendar date; `month` 1–12, `day` 1–31. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const EPOCH_OFFSET = 693901; // daysFromCivil(1900, 1, 1) in the algorithm below

/** Days since 0000-03-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe;
}

/** The day number of a New Style date. */
export function dayFromYmd(year: number, month: number, day: number): number {
  return daysFromCivil(year, month, day) - EPOCH_OFFSET;
}

/** The New Style date of a day number. */
export function ymdFromDay(dayNumber: number): Ymd {
  const z = dayNumber + EPOCH_OFFSET;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp + (mp < 10 ? 3 : -9);
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** True for a leap year in the Gregorian calendar. */
export function isGregorianLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True for a leap year in the Julian calendar (every fourth year, 1900 included). */
export function isJulianLeap(year: number): boolean {
  return year % 4 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the given calendar. */
export function daysInMonth(year: number, month: number, calendar: Calendar = 'gregorian'): number {
  if (month === 2) {
    const leap = calendar === 'julian' ? isJulianLeap(year) : isGregorianLeap(year);
    return leap ? 29 : 28;
  }
  return MONTH_DAYS[month - 1];
}

/** The two calendars of the period: Julian (Old Style) and Gregorian (New Style). */
export type Calendar = 'julian' | 'gregorian';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` (New Style) to a day number, or returns null if it is not a real date. */
export function dayFromIso(iso: string): number | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayFromYmd(year, month, day);
}

/** Formats a day number as New Style `YYYY-MM-DD`. */
export function isoFromDay(dayNumber: number): string {
  const { year, month, day } = ymdFromDay(dayNumber);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The span every date of the atlas's own data lies in, 1850–1950: the validator refuses others. */
export const DATA_SPAN = { first: dayFromYmd(1850, 1, 1), last: dayFromYmd(1950, 12, 31) };

/** The span a URL's day may lie in, 1000–2100: imported events widen the slider beyond the data. */
export const URL_SPAN = { first: dayFromYmd(1000, 1, 1), last: dayFromYmd(2100, 12, 31) };
