/**
 * An event as the exports write it: every field of `AtlasEvent` the data holds, with the names of
 * the geodata files (snake_case) and its New Style days as ISO dates. The screen offsets `dx`/`dy` are left
 * out: they are drawing, worked out again whenever events are loaded. An imported event's file and
 * row are fields of their own (`./columns.ts`, `splitProvenance`).
 */
import type { AtlasCasualty, AtlasEvent } from '$lib/model/atlas-data';
import type { Calendar } from '$lib/time/days';
import { isoFromDay } from '$lib/time/days';
import type { Precision } from '$lib/time/format';
import { splitProvenance, writtenCitation, type WrittenCitation } from './columns';

export interface EventRecord {
  id: string;
  title: string;
  summary: string;
  type: string;
  subtype?: string;
  /** The date as the source wrote it, in `calendar`, to `precision`. */
  date: string;
  calendar: Calendar;
  precision: Precision;
  approximate: boolean;
  /**
   * New Style (proleptic Gregorian) first and last day, YYYY-MM-DD: what the map draws. Named
   * apart from `date` so that no import takes them for the date as written or for its end.
   */
  start_ns: string;
  end_ns: string;
  /** A gazetteer place id, or an imported place's name. */
  place: string;
  place_inferred: boolean;
  lat: number;
  lon: number;
  actors: string[];
  casualties: AtlasCasualty[];
  sources: WrittenCitation[];
  note?: string;
  /** The texts in Russian, where the data gives them. */
  title_ru?: string;
  summary_ru?: string;
  actors_ru?: string[];
  note_ru?: string;
  /** The event rests on the standard histories, not on its cited lines. */
  general_knowledge?: boolean;
  /** The file an imported event came from, and its row there. */
  file?: string;
  row?: number;
}

/** The export columns, in order; every field of `EventRecord`. */
export const RECORD_FIELDS = [
  'id',
  'title',
  'summary',
  'type',
  'subtype',
  'date',
  'calendar',
  'precision',
  'approximate',
  'start_ns',
  'end_ns',
  'place',
  'place_inferred',
  'lat',
  'lon',
  'actors',
  'casualties',
  'sources',
  'note',
  'title_ru',
  'summary_ru',
  'actors_ru',
  'note_ru',
  'general_knowledge',
  'file',
  'row'
] as const satisfies readonly (keyof EventRecord)[];

/** The event as a record. */
export function eventRecord(e: AtlasEvent): EventRecord {
  const { file, row, sources } = splitProvenance(e.sources);
  const r: EventRecord = {
    id: e.id,
    title: e.title,
    summary: e.summary,
    type: e.type,
    subtype: e.subtype,
    date: e.date,
    calendar: e.calendar,
    precision: e.precision,
    approximate: e.approximate,
    start_ns: isoFromDay(e.start),
    end_ns: isoFromDay(e.end),
    place: e.place,
    place_inferred: e.placeInferred,
    lat: e.lat,
    lon: e.lon,
    actors: [...e.actors],
    casualties: e.casualties.map((c) => ({ ...c })),
    sources: sources.map(writtenCitation),
    note: e.note,
    title_ru: e.titleRu,
    summary_ru: e.summaryRu,
    actors_ru: e.actorsRu ? [...e.actorsRu] : undefined,
    note_ru: e.noteRu,
    general_knowledge: e.generalKnowledge
  };
  if (file) {
    r.file = file;
    r.row = row ?? undefined;
  }
  for (const k of Object.keys(r) as (keyof EventRecord)[]) if (r[k] === undefined) delete r[k];
  return r;
}
