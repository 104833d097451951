/** Events over time, binned by month and stacked by type: the strip under the slider. */
import { dayFromYmd, ymdFromDay } from '$lib/time/days';
import { eventTypeIndex, EVENT_TYPES } from '$lib/model/event-types';

export interface Bin {
  /** First day of the bin. */
  start: number;
  /** Day after the bin. */
  end: number;
  /** Event count per type, in EVENT_TYPES order. */
  counts: number[];
  total: number;
}

/** Month bins over [start, end]; an event counts in the month it starts. */
export function monthBins(
  events: readonly { start: number; type: string }[],
  start: number,
  end: number
): Bin[] {
  const bins: Bin[] = [];
  const first = ymdFromDay(start);
  let y = first.year;
  let m = first.month;
  for (;;) {
    const s = dayFromYmd(y, m, 1);
    if (s > end) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
    bins.push({ start: s, end: dayFromYmd(y, m, 1), counts: EVENT_TYPES.map(() => 0), total: 0 });
  }
  for (const e of events) {
    if (e.start < start || e.start > end) continue;
    let lo = 0;
    let hi = bins.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bins[mid].start <= e.start) lo = mid;
      else hi = mid - 1;
    }
    const t = Math.max(0, eventTypeIndex(e.type));
    bins[lo].counts[t]++;
    bins[lo].total++;
  }
  return bins;
}
