/**
 * The events shown at the slider's time, over several tables (the atlas's own and each visible
 * import), newest first. Only the count is known up front; the events themselves are merged from
 * the tables and read as objects when asked for (`slice`), so a list that shows 20 rows of 100,000
 * reads 20 events.
 */
import type { AtlasEvent } from '$lib/model/atlas-data';
import type { EventTable } from '$lib/model/event-table';

/** One table's shown events: indices ascending (by start). */
export interface ShownPart {
  table: EventTable;
  indices: Uint32Array;
}

export class ShownEvents {
  readonly count: number;
  /** Merged order so far: part and index of the k-th newest. */
  private orderPart = new Uint8Array(0);
  private orderIndex = new Uint32Array(0);
  private merged = 0;
  /** Per part, how many of its events (from its end) are merged. */
  private readonly taken: number[];

  constructor(readonly parts: readonly ShownPart[]) {
    this.count = parts.reduce((n, p) => n + p.indices.length, 0);
    this.taken = parts.map(() => 0);
  }

  /** Merges newest first up to position `to`; on equal starts the earlier part comes first. */
  private mergeTo(to: number): void {
    to = Math.min(to, this.count);
    if (to <= this.merged) return;
    if (this.orderIndex.length < to) {
      const size = Math.min(this.count, Math.max(to, this.orderIndex.length * 2, 64));
      const part = new Uint8Array(size);
      const index = new Uint32Array(size);
      part.set(this.orderPart.subarray(0, this.merged));
      index.set(this.orderIndex.subarray(0, this.merged));
      this.orderPart = part;
      this.orderIndex = index;
    }
    const { parts, taken } = this;
    for (let k = this.merged; k < to; k++) {
      let best = -1;
      let bestStart = -Infinity;
      for (let p = 0; p < parts.length; p++) {
        const left = parts[p].indices.length - taken[p];
        if (left <= 0) continue;
        const s = parts[p].table.start(parts[p].indices[left - 1]);
        if (best < 0 || s > bestStart) {
          best = p;
          bestStart = s;
        }
      }
      const ix = parts[best].indices;
      this.orderPart[k] = best;
      this.orderIndex[k] = ix[ix.length - 1 - taken[best]++];
    }
    this.merged = to;
  }

  /** The shown events from position `from` to `to` (exclusive), newest first. */
  slice(from: number, to: number): AtlasEvent[] {
    from = Math.max(0, from);
    to = Math.min(to, this.count);
    this.mergeTo(to);
    const out: AtlasEvent[] = [];
    for (let k = from; k < to; k++)
      out.push(this.parts[this.orderPart[k]].table.get(this.orderIndex[k]));
    return out;
  }

  /** Every shown event, newest first (citations and exports of what is shown). */
  all(): AtlasEvent[] {
    return this.slice(0, this.count);
  }
}
