/**
 * An event's words in the reader's language: the Russian texts the geodata gives beside the
 * English ones (`title_ru`, `summary_ru`, `actors_ru`, `note_ru`), the English where a text has
 * no Russian (an imported event, or a field the data leaves in one language). Everything that
 * shows an event's words (panel, list, tooltip, label, search, lecture, export) reads them here.
 */
import type { AtlasEvent } from '$lib/model/atlas-data';

export interface EventText {
  title: string;
  summary: string;
  /** The actors in the event's order; a filter still uses `event.actors[i]`. */
  actors: string[];
  note?: string;
}

type Words = Pick<AtlasEvent, 'title' | 'summary' | 'actors' | 'note'> &
  Partial<Pick<AtlasEvent, 'titleRu' | 'summaryRu' | 'actorsRu' | 'noteRu'>>;

export function eventText(event: Words, lang: 'en' | 'ru'): EventText {
  const actors = event.actors ?? [];
  if (lang !== 'ru')
    return { title: event.title, summary: event.summary, actors, note: event.note };
  const ru = event.actorsRu;
  return {
    title: event.titleRu || event.title,
    summary: event.summaryRu || event.summary,
    actors: ru && ru.length === actors.length ? ru : actors,
    note: event.noteRu || event.note
  };
}

/** A claim's note (a `sources` entry's) in the reader's language, English where it has no Russian. */
export function claimNote(
  claim: { note?: string; note_ru?: string },
  lang: 'en' | 'ru'
): string | undefined {
  return (lang === 'ru' && claim.note_ru) || claim.note;
}

/**
 * A toll's words in the reader's language: its `text` (where it has no count), its `note`, and
 * what it `covers` where that is more than the event.
 */
export function tollText(
  toll: {
    text?: string;
    note?: string;
    covers?: string;
    text_ru?: string;
    note_ru?: string;
    covers_ru?: string;
  },
  lang: 'en' | 'ru'
): { text?: string; note?: string; covers?: string } {
  if (lang !== 'ru') return { text: toll.text, note: toll.note, covers: toll.covers };
  return {
    text: toll.text_ru || toll.text,
    note: toll.note_ru || toll.note,
    covers: toll.covers_ru || toll.covers
  };
}
