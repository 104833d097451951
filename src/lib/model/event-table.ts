/**
 * A set of events sorted by start, held as columns: the event layer's vertex arrays (`points`:
 * position, offset, start/end, type and flags, one entry per event) and the events' fields, one
 * typed array per field. An import of 100,000 rows crosses from the worker to the page as these
 * typed arrays, transferred without a copy, and is stored in IndexedDB the same way; the page
 * turns an event back into an object only when something shows it (a row of the list, the
 * panel, a tooltip).
 *
 * Each field of an event has a column made for it: numbers in a Float64Array, types and other
 * words of few values as an index into a list of them, text as UTF-8 with offsets, true or
 * false as a byte; a single citation of one line (an import's row) as its source and line. What
 * has no column (a field the table does not know, a list that is not empty, a value of another
 * kind) is kept as the event's JSON of those fields. Read by name in one pass, this is what makes
 * packing 100,000 imported events take a fraction of the time of parsing them.
 */
import type { AtlasEvent } from './atlas-data';
import { startOrder } from './start-order';
import { emptyPoints, packEvents, writePoint, type EventPoints } from '$lib/map/event-points';
import { TimeIndex, type TimeIndexParts } from '$lib/time/time-index';

/** Strings as UTF-8, one after the other: value i is bytes[offsets[i] .. offsets[i + 1]). */
export interface TextColumn {
  bytes: Uint8Array;
  offsets: Uint32Array;
}

/** Strings of few distinct values: an index into `values` per event. */
export interface CodeColumn {
  values: string[];
  index: Uint16Array;
}

/** The fields of an event, by how they are kept (AtlasEvent's; anything else goes to `rest`). */
const NUMBER_FIELDS = ['start', 'end', 'lon', 'lat', 'dx', 'dy'] as const;
const CODE_FIELDS = ['type', 'calendar', 'precision', 'subtype'] as const;
const TEXT_FIELDS = ['id', 'title', 'summary', 'place', 'date', 'note'] as const;
const FLAG_FIELDS = ['approximate', 'placeInferred'] as const;
/** Lists kept only when not empty. */
const LIST_FIELDS = ['actors', 'casualties'] as const;
const KNOWN = new Set<string>([
  ...NUMBER_FIELDS,
  ...CODE_FIELDS,
  ...TEXT_FIELDS,
  ...FLAG_FIELDS,
  ...LIST_FIELDS,
  'sources'
]);

/** What crosses from the worker and what IndexedDB keeps: typed arrays and small objects. */
export interface EventTableData {
  points: EventPoints;
  numbers: Record<string, Float64Array>;
  codes: Record<string, CodeColumn>;
  texts: Record<string, TextColumn>;
  /** 1 true, 0 false. */
  flags: Record<string, Uint8Array>;
  /** Per field, 1 where the event's value is not in the field's column (absent, or in `rest`). */
  missing: Record<string, Uint8Array>;
  /** Events citing one line of one source (an import's row): the source and the line. */
  cite: { source: CodeColumn; line: Float64Array; missing: Uint8Array };
  /** Each event's other fields as JSON of an object (empty: none). */
  rest: TextColumn;
}

/** No character beyond U+007F (control characters included: they are ASCII too). */
const ASCII = /^[^\u0080-\uffff]*$/;

/** `a`'s values in `order`: value k of the result is a[order[k]] (`width` values per event). */
function gather<T extends Float64Array | Float32Array | Uint16Array | Uint8Array>(
  a: T,
  order: Uint32Array,
  width = 1
): T {
  const out = new (a.constructor as new (n: number) => T)(order.length * width);
  if (width === 1) for (let k = 0; k < order.length; k++) out[k] = a[order[k]];
  else
    for (let k = 0; k < order.length; k++)
      for (let j = 0; j < width; j++) out[k * width + j] = a[order[k] * width + j];
  return out;
}

/**
 * Collects strings into a TextColumn: kept by position, joined in the table's order, then encoded
 * at once when they are all ASCII (most of an import's ids, dates and titles), else one by one.
 */
class TextWriter {
  private readonly values: string[];

  constructor(n: number) {
    this.values = new Array<string>(n).fill('');
  }

  write(i: number, text: string): void {
    this.values[i] = text;
  }

  done(order: Uint32Array): TextColumn {
    const n = order.length;
    const chars = new Uint32Array(n + 1);
    const parts: string[] = [];
    let at = 0;
    for (let k = 0; k < n; k++) {
      const text = this.values[order[k]];
      if (text.length) parts.push(text);
      at += text.length;
      chars[k + 1] = at;
    }
    const text = parts.join('');
    const encoder = new TextEncoder();
    // ASCII: a character is a byte, and the offsets are already byte offsets.
    if (ASCII.test(text)) return { bytes: encoder.encode(text), offsets: chars };
    const offsets = new Uint32Array(chars.length);
    const bytes = new Uint8Array(text.length * 3);
    at = 0;
    for (let i = 0; i + 1 < chars.length; i++) {
      at += encoder.encodeInto(text.slice(chars[i], chars[i + 1]), bytes.subarray(at)).written;
      offsets[i + 1] = at;
    }
    return { bytes: bytes.slice(0, at), offsets };
  }
}

/** Assigns each distinct string a number, up to 65,535 of them. */
class CodeWriter {
  private readonly codes = new Map<string, number>();
  readonly index: Uint16Array;
  constructor(n: number) {
    this.index = new Uint16Array(n);
  }
  /** False when the column is full (the value then goes elsewhere). */
  write(i: number, value: string): boolean {
    let code = this.codes.get(value);
    if (code === undefined) {
      if (this.codes.size === 0xffff) return false;
      code = this.codes.size;
      this.codes.set(value, code);
    }
    this.index[i] = code;
    return true;
  }
  done(order: Uint32Array | null): CodeColumn {
    return {
      values: [...this.codes.keys()],
      index: order ? gather(this.index, order) : this.index
    };
  }
}

/** The single citation of an event that cites one line and says nothing more, else null. */
function plainCitation(sources: unknown): { source: string; line: number } | null {
  if (!Array.isArray(sources) || sources.length !== 1) return null;
  const c = sources[0] as Record<string, unknown>;
  return typeof c?.source === 'string' && typeof c.line === 'number' && Object.keys(c).length === 2
    ? (c as { source: string; line: number })
    : null;
}

/**
 * Builds a table's arrays one event at a time, each event written into the columns as it comes
 * (so that no list of event objects is kept), then put in order by start when done. Each field
 * is read by name; the columns are looped over by position (faster than looking them up by name).
 */
export class EventTableWriter {
  /** Events written. */
  length = 0;
  private readonly points: EventPoints;
  private readonly numbers: (readonly [string, Float64Array])[];
  private readonly codes: (readonly [string, CodeWriter])[];
  private readonly texts: (readonly [string, TextWriter])[];
  private readonly flags: (readonly [string, Uint8Array])[];
  private readonly missing: Record<string, Uint8Array> = {};
  private readonly citeSource: CodeWriter;
  private readonly citeLine: Float64Array;
  private readonly citeMissing: Uint8Array;
  private readonly rest: TextWriter;
  /** The event being written's values that have no place in their columns. */
  private other: Record<string, unknown> | null = null;

  /** @param capacity the most events that will be written. */
  constructor(readonly capacity: number) {
    const n = capacity;
    this.points = emptyPoints(n);
    this.numbers = NUMBER_FIELDS.map((f) => [f, new Float64Array(n)] as const);
    this.codes = CODE_FIELDS.map((f) => [f, new CodeWriter(n)] as const);
    this.texts = TEXT_FIELDS.map((f) => [f, new TextWriter(n)] as const);
    this.flags = FLAG_FIELDS.map((f) => [f, new Uint8Array(n)] as const);
    this.citeSource = new CodeWriter(n);
    this.citeLine = new Float64Array(n);
    this.citeMissing = new Uint8Array(n);
    this.rest = new TextWriter(n);
  }

  /** A value with no place in its field's column: kept with the event's other fields. */
  private keep(f: string, v: unknown, i: number) {
    if (v !== undefined) (this.other ??= {})[f] = v;
    (this.missing[f] ??= new Uint8Array(this.capacity))[i] = 1;
  }

  /** Writes the next event. */
  add(event: AtlasEvent): void {
    const i = this.length++;
    if (i >= this.capacity) throw new RangeError(`more than ${this.capacity} events`);
    const e = event as unknown as Record<string, unknown>;
    writePoint(this.points, i, event);
    this.other = null;
    let known = 0;
    for (const [f, column] of this.numbers) {
      const v = e[f];
      if (v !== undefined) known++;
      if (typeof v === 'number') column[i] = v;
      else this.keep(f, v, i);
    }
    for (const [f, column] of this.codes) {
      const v = e[f];
      if (v !== undefined) known++;
      if (typeof v !== 'string' || !column.write(i, v)) this.keep(f, v, i);
    }
    for (const [f, column] of this.texts) {
      const v = e[f];
      if (v !== undefined) known++;
      if (typeof v === 'string') column.write(i, v);
      else this.keep(f, v, i);
    }
    for (const [f, column] of this.flags) {
      const v = e[f];
      if (v !== undefined) known++;
      if (typeof v === 'boolean') column[i] = v ? 1 : 0;
      else this.keep(f, v, i);
    }
    for (const f of LIST_FIELDS) {
      const v = e[f];
      if (v !== undefined) known++;
      if (!Array.isArray(v) || v.length > 0) this.keep(f, v, i);
    }
    if (e.sources !== undefined) known++;
    const cite = plainCitation(e.sources);
    if (cite && this.citeSource.write(i, cite.source)) this.citeLine[i] = cite.line;
    else {
      this.citeMissing[i] = 1;
      if (e.sources !== undefined) (this.other ??= {}).sources = e.sources;
    }
    // Fields the table has no column for: looked for only when there are more fields than known.
    let fields = 0;
    for (const f in e) if (f) fields++; // counted without making a list of the names
    if (fields > known)
      for (const f in e) if (!KNOWN.has(f) && e[f] !== undefined) (this.other ??= {})[f] = e[f];
    if (this.other) this.rest.write(i, JSON.stringify(this.other));
  }

  /**
   * The table's arrays. `sortByStart`: the events in order of start, then end, then as written
   * (else as written, which the caller has sorted).
   */
  done(sortByStart = false): EventTableData {
    const n = this.length;
    let order: Uint32Array;
    if (sortByStart) {
      const start = this.numbers[NUMBER_FIELDS.indexOf('start')][1];
      const end = this.numbers[NUMBER_FIELDS.indexOf('end')][1];
      order = startOrder(start, end, n);
    } else {
      order = new Uint32Array(n);
      for (let k = 0; k < n; k++) order[k] = k;
    }
    let same = n === this.capacity;
    for (let k = 0; same && k < n; k++) same = order[k] === k;
    /** The column as it is when nothing moves, else gathered in order. */
    const put = <T extends Float64Array | Float32Array | Uint16Array | Uint8Array>(
      a: T,
      width = 1
    ) => (same ? a : gather(a, order, width));
    const record = <T, U>(pairs: readonly (readonly [string, T])[], f: (t: T) => U) =>
      Object.fromEntries(pairs.map(([k, v]) => [k, f(v)]));
    const { pos, offset, time, style } = this.points;
    return {
      points: {
        count: n,
        pos: put(pos, 2),
        offset: put(offset, 2),
        time: put(time, 2),
        style: put(style, 2)
      },
      numbers: record(this.numbers, (c) => put(c)),
      codes: record(this.codes, (c) => c.done(same ? null : order)),
      texts: record(this.texts, (t) => t.done(order)),
      flags: record(this.flags, (c) => put(c)),
      missing: Object.fromEntries(Object.entries(this.missing).map(([f, m]) => [f, put(m)])),
      cite: {
        source: this.citeSource.done(same ? null : order),
        line: put(this.citeLine),
        missing: put(this.citeMissing)
      },
      rest: this.rest.done(order)
    };
  }
}

/** Events (sorted by start) → the table's arrays: one pass, each field read by name. */
export function tableData(events: readonly AtlasEvent[]): EventTableData {
  const writer = new EventTableWriter(events.length);
  for (const e of events) writer.add(e);
  return writer.done();
}

/** The buffers to transfer (not copy) when the data is posted to another thread. */
export function transferables(data: EventTableData): ArrayBuffer[] {
  const { pos, offset, time, style } = data.points;
  const texts = [data.rest, ...Object.values(data.texts)].flatMap((t) => [t.bytes, t.offsets]);
  return [
    pos,
    offset,
    time,
    style,
    ...texts,
    ...Object.values(data.numbers),
    ...Object.values(data.codes).map((c) => c.index),
    ...Object.values(data.flags),
    ...Object.values(data.missing),
    data.cite.source.index,
    data.cite.line,
    data.cite.missing
  ].map((a) => a.buffer as ArrayBuffer);
}

const decoder = new TextDecoder();
/** Value `i` of a text column. */
export const textAt = (t: TextColumn, i: number): string =>
  decoder.decode(t.bytes.subarray(t.offsets[i], t.offsets[i + 1]));

export class EventTable {
  readonly length: number;
  readonly points: EventPoints;
  private readonly data: EventTableData | null;
  private readonly objects: (AtlasEvent | undefined)[];
  private readonly ids = new Map<string, number>();
  private allRead: boolean;
  private index: TimeIndex | null = null;

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

  /**
   * A table over arrays from the import worker or from storage; `index`: its time index, built
   * by the worker too, so that the page does not spend a long task on it.
   */
  static from(data: EventTableData, idPrefix = '', index?: TimeIndexParts): EventTable {
    const table = new EventTable(data.points, data, null, idPrefix);
    if (index) table.index = new TimeIndex(table, index);
    return table;
  }

  /** All the table's events indexed by time (built on first use, unless given). */
  get timeIndex(): TimeIndex {
    return (this.index ??= new TimeIndex(this));
  }

  /** First day of event i (the table is sorted by it). */
  start(i: number): number {
    return this.points.time[2 * i];
  }

  /** Last day of event i. */
  end(i: number): number {
    return this.points.time[2 * i + 1];
  }

  /** Event i as an object, read from the columns the first time it is asked for. */
  get(i: number): AtlasEvent {
    let e = this.objects[i];
    if (!e) {
      const d = this.data!;
      const o: Record<string, unknown> = {};
      const has = (f: string) => !d.missing[f]?.[i];
      for (const f in d.numbers) if (has(f)) o[f] = d.numbers[f][i];
      for (const f in d.codes) if (has(f)) o[f] = d.codes[f].values[d.codes[f].index[i]];
      for (const f in d.texts) if (has(f)) o[f] = textAt(d.texts[f], i);
      for (const f in d.flags) if (has(f)) o[f] = d.flags[f][i] === 1;
      for (const f of LIST_FIELDS) if (has(f)) o[f] = [];
      if (!d.cite.missing[i])
        o.sources = [
          { source: d.cite.source.values[d.cite.source.index[i]], line: d.cite.line[i] }
        ];
      if (d.rest.offsets[i + 1] > d.rest.offsets[i])
        Object.assign(o, JSON.parse(textAt(d.rest, i)));
      e = o as unknown as AtlasEvent;
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
}
