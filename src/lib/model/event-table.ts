/**
 * A set of events sorted by start, held as columns: the event layer's vertex arrays (`points`:
 * position, offset, start/end, type and flags, one entry per event) and each event's JSON as UTF-8
 * bytes. An import of 100,000 rows crosses from the worker to the page as these few typed arrays,
 * transferred without a copy, and is stored in IndexedDB the same way; the page turns an event
 * back into an object only when something shows it (a row of the list, the panel, a tooltip).
 */
import type { AtlasEvent } from './atlas-data';
import { packEvents, type EventPoints } from '$lib/map/event-points';

/** What crosses from the worker and what IndexedDB keeps: typed arrays only. */
export interface EventTableData {
  points: EventPoints;
  /** Each event's JSON, without the fields equal to `DEFAULTS`, UTF-8, one after the other. */
  json: Uint8Array;
  /** Event i's JSON is json[offsets[i] .. offsets[i + 1]). */
  offsets: Uint32Array;
}

/** Values most events share; left out of the stored JSON and put back on reading. */
const DEFAULTS_JSON = JSON.stringify({
  summary: '',
  approximate: false,
  placeInferred: false,
  actors: [],
  casualties: [],
  dx: 0,
  dy: 0
});
const DEFAULTS = Object.entries(JSON.parse(DEFAULTS_JSON) as Record<string, unknown>);

/** Is `v` the default `d` (a scalar, or an empty list)? */
const isDefault = (v: unknown, d: unknown) =>
  Array.isArray(d) ? Array.isArray(v) && v.length === 0 : v === d;

/** One event's JSON without its default-valued fields. */
function compactJson(e: AtlasEvent): string {
  const out: Record<string, unknown> = { ...e };
  for (const [k, d] of DEFAULTS) if (isDefault(out[k], d)) delete out[k];
  return JSON.stringify(out);
}

/** Events (sorted by start) → the table's arrays. */
export function tableData(events: readonly AtlasEvent[]): EventTableData {
  const encoder = new TextEncoder();
  const offsets = new Uint32Array(events.length + 1);
  let json = new Uint8Array(Math.max(1024, events.length * 160));
  let at = 0;
  for (let i = 0; i < events.length; i++) {
    const text = compactJson(events[i]);
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
    if (json.length - at < text.length * 3) {
      const bigger = new Uint8Array(Math.max(json.length * 2, at + text.length * 3));
      bigger.set(json.subarray(0, at));
      json = bigger;
    }
    at += encoder.encodeInto(text, json.subarray(at)).written;
    offsets[i + 1] = at;
  }
  return { points: packEvents(events), json: json.slice(0, at), offsets };
}

/** The buffers to transfer (not copy) when the data is posted to another thread. */
export function transferables(data: EventTableData): ArrayBuffer[] {
  const { pos, offset, time, style } = data.points;
  return [pos, offset, time, style, data.json, data.offsets].map((a) => a.buffer as ArrayBuffer);
}

const decoder = new TextDecoder();

export class EventTable {
  readonly length: number;
  readonly points: EventPoints;
  private readonly data: EventTableData | null;
  private readonly objects: (AtlasEvent | undefined)[];
  private readonly ids = new Map<string, number>();
  private allRead: boolean;

  /**
   * @param idPrefix every id in the table starts with it (an import's layer id): other ids are
   *   answered without a look.
   */
  private constructor(
    points: EventPoints,
    data: EventTableData | null,
    objects: AtlasEvent[] | null,
    readonly idPrefix = ''
  ) {
    this.points = points;
    this.length = points.count;
    this.data = data;
    this.objects = objects ?? new Array(points.count);
    this.allRead = objects !== null;
    if (objects) objects.forEach((e, i) => this.ids.set(e.id, i));
  }

  /** A table over events already in memory (the atlas's own), sorted by start. */
  static of(events: readonly AtlasEvent[]): EventTable {
    return new EventTable(packEvents(events), null, [...events]);
  }

  /** A table over arrays from the import worker or from storage. */
  static from(data: EventTableData, idPrefix = ''): EventTable {
    return new EventTable(data.points, data, null, idPrefix);
  }

  /** First day of event i (the table is sorted by it). */
  start(i: number): number {
    return this.points.time[2 * i];
  }

  /** Last day of event i. */
  end(i: number): number {
    return this.points.time[2 * i + 1];
  }

  /** Event i as an object, read from its JSON the first time it is asked for. */
  get(i: number): AtlasEvent {
    let e = this.objects[i];
    if (!e) {
      const { json, offsets } = this.data!;
      e = {
        ...(JSON.parse(DEFAULTS_JSON) as Partial<AtlasEvent>),
        ...(JSON.parse(decoder.decode(json.subarray(offsets[i], offsets[i + 1]))) as AtlasEvent)
      };
      this.objects[i] = e;
      this.ids.set(e.id, i);
    }
    return e;
  }

  /** Position of the event with this id, or -1. Reads every event once if it was never shown. */
  indexOf(id: string | null): number {
    if (id === null || !id.startsWith(this.idPrefix)) return -1;
    const known = this.ids.get(id);
    if (known !== undefined || this.allRead) return known ?? -1;
    this.all();
    return this.ids.get(id) ?? -1;
  }

  /** Every event as an object (exports, search, filters by actor or source). */
  all(): AtlasEvent[] {
    const out = new Array<AtlasEvent>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.get(i);
    this.allRead = true;
    return out;
  }

  /** The table's arrays, to store or to send. */
  toData(): EventTableData {
    return this.data ?? tableData(this.objects as AtlasEvent[]);
  }
}
