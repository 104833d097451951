/**
 * Where and when an import's events fall against the atlas: their whole span (the slider widens
 * to it), how many lie outside the atlas's own period, and which lie off the basemap (drawn on
 * the empty map beyond it, and listed so that none is lost from view).
 */
import type { AtlasEvent } from '$lib/model/atlas-data';
import { inRegion } from '$lib/geo/region';
import { textAt, type EventTableData } from '$lib/model/event-table';

/** Off-map events listed by id; beyond these, only the count. */
const MAX_LISTED = 1000;

export interface Reach {
  /** First and last day of the events (inclusive); null for no events. */
  span: { start: number; end: number } | null;
  /** Events that end before or start after the period. */
  outsidePeriod: number;
  /** Events outside the basemap's region: their count, and the first MAX_LISTED ids. */
  offMap: number;
  offMapIds: string[];
}

export function reachOf(
  events: readonly AtlasEvent[],
  period: { start: number; end: number }
): Reach {
  return reachOver(
    events.length,
    (i) => events[i],
    (i) => events[i].id,
    period
  );
}

/** `reachOf` for a table's arrays (the import's, before the page gets them). */
export function reachOfData(data: EventTableData, period: { start: number; end: number }): Reach {
  const { start, end, lon, lat } = data.numbers;
  const e = { start: 0, end: 0, lon: 0, lat: 0 };
  return reachOver(
    data.points.count,
    (i) => ((e.start = start[i]), (e.end = end[i]), (e.lon = lon[i]), (e.lat = lat[i]), e),
    (i) => textAt(data.texts.id, i),
    period
  );
}

type Place = Pick<AtlasEvent, 'start' | 'end' | 'lon' | 'lat'>;

/** The reach of `n` events: event `i`'s days and position, and its id (asked for off-map ones). */
function reachOver(
  n: number,
  event: (i: number) => Place,
  id: (i: number) => string,
  period: { start: number; end: number }
): Reach {
  let start = Infinity;
  let end = -Infinity;
  let outsidePeriod = 0;
  let offMap = 0;
  const offMapIds: string[] = [];
  for (let i = 0; i < n; i++) {
    const e = event(i);
    if (e.start < start) start = e.start;
    if (e.end > end) end = e.end;
    if (e.end < period.start || e.start > period.end) outsidePeriod++;
    if (!inRegion(e.lon, e.lat)) {
      offMap++;
      if (offMapIds.length < MAX_LISTED) offMapIds.push(id(i));
    }
  }
  return { span: n ? { start, end } : null, outsidePeriod, offMap, offMapIds };
}

/** The slider's span: the atlas's period widened to every visible import's events. */
export function widenedDomain(
  period: { start: number; end: number },
  spans: readonly ({ start: number; end: number } | null | undefined)[]
): { start: number; end: number } {
  let { start, end } = period;
  for (const s of spans) {
    if (!s) continue;
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return start === period.start && end === period.end ? period : { start, end };
}
