/**
 * Tick marks for the slider over a span: years, months or days depending on its length, placed
 * on the first of each unit in the calendar shown (Old Style before the 1918 switch when asked).
 */
import { dateFromDay, dayFromDate, isOldStyleEra } from './calendar';
import type { DateStyle } from './format';

export type TickUnit = 'year' | 'month' | 'day';

/** The unit for a span of `days`, aiming at 4–20 ticks. */
export function tickUnit(days: number): TickUnit {
  if (days > 3 * 365) return 'year';
  if (days > 75) return 'month';
  return 'day';
}

/** Days in [start, end] on which a tick falls. */
export function ticks(
  start: number,
  end: number,
  style: DateStyle
): { day: number; unit: TickUnit }[] {
  const unit = tickUnit(end - start);
  const out: { day: number; unit: TickUnit }[] = [];
  const cal = (d: number) => (style !== 'ns' && isOldStyleEra(d) ? 'julian' : 'gregorian');
  if (unit === 'day') {
    const every = Math.max(1, Math.ceil((end - start) / 12));
    for (let d = Math.ceil(start); d <= end; d++)
      if ((d - Math.ceil(start)) % every === 0) out.push({ day: d, unit });
    return out;
  }
  const first = dateFromDay(cal(start), start);
  let y = first.year;
  let m = unit === 'year' ? 1 : first.month;
  const yearStep = Math.max(1, Math.ceil((end - start) / 365 / 17));
  for (let guard = 0; guard < 400; guard++) {
    const d = dayFromDate(cal(start + guard), y, m, 1) ?? start;
    if (d > end) break;
    if (d >= start && (unit === 'month' || (y - first.year) % yearStep === 0))
      out.push({ day: d, unit });
    if (unit === 'year') y++;
    else if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
