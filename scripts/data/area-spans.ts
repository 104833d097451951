/**
 * An area with a time span (a rising's territory, the ice of 1921) and the events inside it must
 * agree: an event that lies in the area and overlaps its span must lie wholly within that span, or
 * the map shows the event where the area has already gone (or not yet come).
 */
import type { AtlasData } from '../../src/lib/model/atlas-data';
import { eventsInArea } from '../../src/lib/model/area-events';
import { isoFromDay } from '../../src/lib/time/days';
import type { Problem, ProblemBase } from './problems';

/** One problem per event that runs beyond the span of an area it lies in. */
export function checkAreaSpans(
  data: AtlasData,
  where: (eventId: string) => ProblemBase,
  problems: Problem[]
): void {
  for (const area of data.areas.features) {
    const { id, from, to } = (area.properties ?? {}) as { id?: string; from?: number; to?: number };
    if (typeof from !== 'number' || typeof to !== 'number') continue;
    const open = from < -1e5 && to > 1e5;
    if (open) continue;
    for (const e of eventsInArea(area, data.events)) {
      if (e.start >= from && e.end <= to) continue;
      const span = (a: number, b: number) =>
        `${a < -1e5 ? '…' : isoFromDay(a)}–${b > 1e5 ? '…' : isoFromDay(b)}`;
      problems.push({
        ...where(e.id),
        field: e.start < from ? 'start' : 'end',
        message: `runs ${span(e.start, e.end)}, beyond the span of the area "${id}" it lies in (${span(from, to)}): make the two agree`
      });
    }
  }
}
