/**
 * Which events of a table show at a slider time, found by looking only at events near that time,
 * so that a slider tick costs in proportion to what it shows, not to how many events there are.
 *
 * The events are sorted by start. "So far" (cumulative) shows every event started by then: a binary
 * search gives the count and the list is a prefix. For a day or a window, events are grouped by
 * length in powers of two (1 day, 2, 4, 8 … days): in the group of events lasting at most L days,
 * only those starting within L (plus the window) days before the time can still show, found by
 * binary search; each group's candidates are at least half shown, so the work stays proportional
 * to the answer. `isShown` (modes.ts) decides each candidate, so the rule is the shader's.
 */
import { isShown, type TimeMode } from './modes';

/** Start and end (inclusive days) of events 0 … length − 1, sorted by start. */
export interface TimeSpans {
  readonly length: number;
  start(i: number): number;
  end(i: number): number;
}

interface LengthGroup {
  /** At most this many days long (end + 1 − start). */
  maxDays: number;
  /** Event indices, ascending (so by start). */
  indices: Uint32Array;
  starts: Float64Array;
}

/** First position in `sorted` whose value is greater than `x` (the count of values ≤ x). */
export function upperBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Length groups: up to 1 day, 2, 4, … 2³¹ days. */
const GROUPS = 32;

/** The smallest g with days ≤ 2^g (0 for a day or less). */
export function lengthGroup(days: number): number {
  if (!(days > 1)) return 0;
  const whole = Math.ceil(days);
  return whole >= 2 ** 31 ? GROUPS - 1 : 32 - Math.clz32(whole - 1);
}

/**
 * An index's arrays: the covered events' indices (ascending, so by start) and their starts, and
 * the length groups. Plain typed arrays, so that a worker can build them for the page.
 */
export interface TimeIndexParts {
  members: Uint32Array;
  memberStarts: Float64Array;
  groups: LengthGroup[];
}

/** The parts of an index of the events for which `include(i)` holds (all without it). O(n). */
export function timeIndexParts(spans: TimeSpans, include?: (i: number) => boolean): TimeIndexParts {
  const n = spans.length;
  let members = new Uint32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) if (!include || include(i)) members[m++] = i;
  if (m < n) members = members.slice(0, m);
  const memberStarts = new Float64Array(m);
  const group = new Uint8Array(m);
  const sizes = new Uint32Array(GROUPS);
  for (let k = 0; k < m; k++) {
    const i = members[k];
    const start = spans.start(i);
    memberStarts[k] = start;
    const g = lengthGroup(spans.end(i) + 1 - start);
    group[k] = g;
    sizes[g]++;
  }
  const groups: LengthGroup[] = [];
  const byGroup: (LengthGroup & { fill: number })[] = [];
  sizes.forEach((size, g) => {
    if (!size) return;
    byGroup[g] = {
      // The last group holds every longer event: it has no bound.
      maxDays: g === GROUPS - 1 ? Infinity : 2 ** g,
      indices: new Uint32Array(size),
      starts: new Float64Array(size),
      fill: 0
    };
    groups.push(byGroup[g]);
  });
  for (let k = 0; k < m; k++) {
    const entry = byGroup[group[k]];
    entry.indices[entry.fill] = members[k];
    entry.starts[entry.fill++] = memberStarts[k];
  }
  return {
    members,
    memberStarts,
    groups: groups.map(({ maxDays, indices, starts }) => ({ maxDays, indices, starts }))
  };
}

/** The buffers of an index's parts, to transfer them to another thread. */
export const partsTransferables = (p: TimeIndexParts): ArrayBuffer[] =>
  [p.members, p.memberStarts, ...p.groups.flatMap((g) => [g.indices, g.starts])].map(
    (a) => a.buffer as ArrayBuffer
  );

export class TimeIndex {
  private readonly members: Uint32Array;
  private readonly memberStarts: Float64Array;
  private readonly groups: LengthGroup[];

  /**
   * Covers the events for which `include(i)` holds (all of them without it), O(n); or is made of
   * parts built elsewhere for these spans (by the import worker), O(1).
   */
  constructor(
    private readonly spans: TimeSpans,
    include?: ((i: number) => boolean) | TimeIndexParts
  ) {
    const parts = typeof include === 'object' ? include : timeIndexParts(spans, include);
    this.members = parts.members;
    this.memberStarts = parts.memberStarts;
    this.groups = parts.groups;
  }

  /** Its arrays, to send it to another thread (see `partsTransferables`). */
  get parts(): TimeIndexParts {
    return { members: this.members, memberStarts: this.memberStarts, groups: this.groups };
  }

  /** How many events the index covers. */
  get size(): number {
    return this.members.length;
  }

  /** The events shown at time `t`, as indices ascending (oldest first). */
  shownAt(t: number, mode: TimeMode, windowDays: number): Uint32Array {
    if (mode === 'cumulative') return this.members.subarray(0, upperBound(this.memberStarts, t));
    const lingers = mode === 'window' ? windowDays : 0;
    const runs: [LengthGroup, number, number][] = [];
    let total = 0;
    for (const g of this.groups) {
      // An event of at most maxDays days that started before this shows no more.
      const from = upperBound(g.starts, t - g.maxDays - lingers);
      const to = upperBound(g.starts, t);
      if (to > from) runs.push([g, from, to]);
      total += Math.max(0, to - from);
    }
    const out = new Uint32Array(total);
    let n = 0;
    for (const [g, from, to] of runs) {
      for (let k = from; k < to; k++) {
        const i = g.indices[k];
        if (isShown(g.starts[k], this.spans.end(i), t, mode, windowDays)) out[n++] = i;
      }
    }
    return out.subarray(0, n).sort();
  }
}
