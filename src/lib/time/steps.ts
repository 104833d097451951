/**
 * Moving through time: by days, by calendar months, and from one event date to the next.
 */
import { dayFromYmd, daysInMonth, ymdFromDay } from './days';
import type { TimeSpans } from './time-index';

/** Adds whole calendar months (New Style), keeping the day of month where it exists. */
export function addMonths(day: number, months: number): number {
  const d = ymdFromDay(day);
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return dayFromYmd(year, month, Math.min(d.day, daysInMonth(year, month)));
}

/** Clamps a day to an inclusive range. */
export function clampDay(day: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, day));
}

/** Sorted unique values, for `nextEventDay` / `previousEventDay`. */
export function uniqueSorted(days: Iterable<number>): number[] {
  return [...new Set(days)].sort((a, b) => a - b);
}

/** The first day in `sorted` after `day`, or null. */
export function nextEventDay(sorted: readonly number[], day: number): number | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo] : null;
}

/** The last day in `sorted` before `day`, or null. */
export function previousEventDay(sorted: readonly number[], day: number): number | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : null;
}

/** The distinct start days of lists each already sorted by start, merged in one pass. */
export function mergedStartDays(
  ...lists: readonly Pick<TimeSpans, 'length' | 'start'>[]
): number[] {
  const out: number[] = [];
  const at = lists.map(() => 0);
  for (;;) {
    let best = -1;
    let bestDay = Infinity;
    for (let k = 0; k < lists.length; k++) {
      if (at[k] < lists[k].length && lists[k].start(at[k]) < bestDay) {
        best = k;
        bestDay = lists[k].start(at[k]);
      }
    }
    if (best < 0) return out;
    at[best]++;
    if (out.length === 0 || out[out.length - 1] !== bestDay) out.push(bestDay);
  }
}

/** Shortest span the slider zooms to: two days, stepped by the hour. */
export const MIN_SPAN_DAYS = 2;

/**
 * The slider's span after zooming the current one (`shown`) by `factor` (¼ in, 4 out) around
 * `day`: kept inside `domain`, never shorter than MIN_SPAN_DAYS, and null (the whole period) once
 * it would cover all of it.
 */
export function zoomSpan(
  shown: { start: number; end: number },
  day: number,
  factor: number,
  domain: { start: number; end: number }
): { start: number; end: number } | null {
  const span = (shown.end - shown.start) * factor;
  if (span >= domain.end - domain.start) return null;
  const half = Math.max(MIN_SPAN_DAYS, span) / 2;
  const centre = Math.min(Math.max(day, domain.start + half), domain.end - half);
  return { start: centre - half, end: centre + half };
}
