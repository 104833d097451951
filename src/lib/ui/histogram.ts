/**
 * Events over time for the strip under the slider, re-binned to the slider's span (months,
 * weeks, days or hours) and stacked by type. An event dated to the day counts in the bin where it
 * starts; an event known only to the month or year is spread over its span ("vague"), so
 * uncertainty shows as a wash rather than a false spike.
 */
import { dayFromYmd, ymdFromDay } from '$lib/time/days';
import { EVENT_TYPES } from '$lib/model/event-types';
import { FLAG_IMPRECISE } from '$lib/map/event-bits';
import type { EventPoints } from '$lib/map/event-points';
import { nextTask } from '$lib/next-task';

export type BinUnit = 'month' | 'week' | 'day' | 'hour';

export interface Bin {
  /** First day of the bin (may be fractional for hours). */
  start: number;
  /** Start of the next bin. */
  end: number;
  /** Events dated to the day, per type (EVENT_TYPES order). */
  counts: number[];
  /** Share of events known only roughly, per type. */
  vague: number[];
  total: number;
}

export function binUnit(days: number): BinUnit {
  if (days > 2 * 366) return 'month';
  if (days > 120) return 'week';
  if (days > 4) return 'day';
  return 'hour';
}

function edges(start: number, end: number, unit: BinUnit): number[] {
  const out: number[] = [];
  if (unit === 'month') {
    const first = ymdFromDay(Math.floor(start));
    let y = first.year;
    let m = first.month;
    for (let d = dayFromYmd(y, m, 1); d <= end; d = dayFromYmd(y, m, 1)) {
      out.push(d);
      if (++m > 12) {
        m = 1;
        y++;
      }
    }
    out.push(dayFromYmd(y, m, 1));
    return out;
  }
  const width = unit === 'week' ? 7 : unit === 'day' ? 1 : 1 / 24;
  const first = unit === 'hour' ? Math.floor(start * 24) / 24 : Math.floor(start);
  const n = Math.ceil((end - first) / width) + 1;
  for (let i = 0; i <= n; i++)
    out.push(unit === 'hour' ? (Math.round(first * 24) + i) / 24 : first + i * width);
  return out;
}

export interface Binned {
  unit: BinUnit;
  bins: Bin[];
}

/** Empty bins over start … end, and how to add events to them (events k ∈ [from, to) of a set). */
function binner(
  start: number,
  end: number
): Binned & { add(points: EventPoints, from: number, to: number): void } {
  const unit = binUnit(end - start);
  const e = edges(start, end, unit);
  const bins: Bin[] = e.slice(0, -1).map((s, i) => ({
    start: s,
    end: e[i + 1],
    counts: EVENT_TYPES.map(() => 0),
    vague: EVENT_TYPES.map(() => 0),
    total: 0
  }));
  if (!bins.length) return { unit, bins, add: () => {} };
  const lo = bins[0].start;
  const hi = bins[bins.length - 1].end;
  const starts = Float64Array.from(bins, (b) => b.start);
  const last = bins.length - 1;
  let at = 0;
  /**
   * The bin of day `d` (≥ lo): the last one found or the next when the events come in order of
   * start (a table's do), else by binary search.
   */
  const find = (d: number) => {
    if (starts[at] <= d && (at === last || starts[at + 1] > d)) return at;
    if (at < last && starts[at + 1] <= d && (at + 1 === last || starts[at + 2] > d)) return ++at;
    let a = 0;
    let b = last;
    while (a < b) {
      const mid = (a + b + 1) >> 1;
      if (starts[mid] <= d) a = mid;
      else b = mid - 1;
    }
    return (at = a);
  };
  const add = ({ time, style }: EventPoints, from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const t = style[2 * k];
      const vague = (style[2 * k + 1] & FLAG_IMPRECISE) !== 0;
      // Spread: imprecise events over their span; at hour resolution, day events over their day(s).
      const spread = vague || unit === 'hour';
      const s = time[2 * k];
      const f = spread ? time[2 * k + 1] + 1 : s;
      if (f < lo || s >= hi || (!spread && (s < lo || s >= hi))) continue;
      if (!spread) {
        const b = bins[find(s)];
        b.counts[t]++;
        b.total++;
        continue;
      }
      const len = f - s;
      for (let i = find(Math.max(s, lo)); i < bins.length && bins[i].start < f; i++) {
        const share = (Math.min(f, bins[i].end) - Math.max(s, bins[i].start)) / len;
        if (share <= 1e-9) continue;
        if (vague) bins[i].vague[t] += share;
        else bins[i].counts[t] += share;
        bins[i].total += share;
      }
    }
  };
  return { unit, bins, add };
}

/**
 * Bins the events of each set of packed points (start, end, type and flags) over start … end,
 * `slice` events per task, so that an import's hundreds of thousands of events are binned without
 * a long task; null if `signal` aborts first (the events or the span changed).
 */
export async function histogramBinsInSlices(
  sets: readonly EventPoints[],
  start: number,
  end: number,
  signal: AbortSignal,
  slice = 20_000
): Promise<Binned | null> {
  const { unit, bins, add } = binner(start, end);
  await nextTask();
  for (const points of sets)
    for (let from = 0; from < points.count; from += slice) {
      if (from > 0) await nextTask();
      if (signal.aborted) return null;
      add(points, from, Math.min(points.count, from + slice));
    }
  return signal.aborted ? null : { unit, bins };
}
