/**
 * Fills in each event's New Style `start`/`end` from its `date` and `calendar`, keeping the
 * file's comments and layout. Pure: text in, text out, with a count of what changed.
 */
import { isMap, isSeq, parseDocument } from 'yaml';
import { isoFromDay } from '../../src/lib/time/days';
import { resolveSourceDate } from '../../src/lib/time/source-date';

export function fillDates(text: string): { text: string; changed: number; problems: string[] } {
  const doc = parseDocument(text);
  const problems: string[] = [];
  let changed = 0;
  if (!isSeq(doc.contents)) return { text, changed, problems: ['not a YAML list of events'] };
  for (const item of doc.contents.items) {
    if (!isMap(item)) continue;
    const raw = item.toJSON() as Record<string, unknown>;
    const date =
      raw.date instanceof Date ? raw.date.toISOString().slice(0, 10) : String(raw.date ?? '');
    const calendar = raw.calendar === 'julian' ? 'julian' : 'gregorian';
    const span = resolveSourceDate(date, calendar);
    if (typeof span === 'string') {
      problems.push(`${String(raw.id)}: ${span}`);
      continue;
    }
    for (const [key, day] of [
      ['start', span.start],
      ['end', span.end]
    ] as const) {
      const iso = isoFromDay(day);
      const current =
        raw[key] instanceof Date ? (raw[key] as Date).toISOString().slice(0, 10) : raw[key];
      if (current !== iso) {
        (item as unknown as { set(k: string, v: string): void }).set(key, iso);
        changed++;
      }
    }
  }
  return { text: doc.toString({ lineWidth: 100 }), changed, problems };
}
