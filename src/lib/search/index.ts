/**
 * Full-text search over events and places: titles, summaries, actors, subtypes and notes in English
 * and Russian, and every name a place ever had (Latin and Cyrillic, modern, aliases), tolerant of
 * transliteration variants.
 */
import { SUBTYPE_RU } from '$lib/i18n/terms';
import type { AtlasEvent, AtlasPlace } from '$lib/model/atlas-data';
import { fold, foldWords } from './fold';

export interface SearchHit {
  kind: 'event' | 'place';
  id: string;
  /** Higher is better. */
  score: number;
}

interface Entry {
  kind: 'event' | 'place';
  id: string;
  /** Folded whole strings (titles, names), matched as substrings; and folded words. */
  names: string[];
  words: string[];
}

export interface SearchIndex {
  entries: Entry[];
}

function placeNames(p: AtlasPlace): string[] {
  return [
    p.id,
    ...p.names.flatMap((n) => [n.name, n.ru ?? '']),
    p.modern ?? '',
    p.modernRu ?? '',
    ...p.aliases
  ].filter(Boolean);
}

export function buildIndex(
  events: readonly AtlasEvent[],
  places: readonly AtlasPlace[]
): SearchIndex {
  const byId = new Map(places.map((p) => [p.id, p]));
  const entries: Entry[] = [];
  for (const p of places) {
    const names = placeNames(p);
    entries.push({
      kind: 'place',
      id: p.id,
      names: names.map(fold),
      words: names.flatMap(foldWords)
    });
  }
  for (const e of events) {
    const place = byId.get(e.place);
    const parent = place?.parent ? byId.get(place.parent) : undefined;
    const subtype = e.subtype ?? '';
    const text = [
      e.title,
      e.summary,
      subtype,
      ...e.actors,
      e.note ?? '',
      e.titleRu ?? '',
      e.summaryRu ?? '',
      Object.hasOwn(SUBTYPE_RU, subtype) ? SUBTYPE_RU[subtype] : '',
      ...(e.actorsRu ?? []),
      e.noteRu ?? ''
    ].join(' ');
    const placeText = [
      ...(place ? placeNames(place) : [e.place]),
      ...(parent ? placeNames(parent) : [])
    ];
    entries.push({
      kind: 'event',
      id: e.id,
      names: [fold(e.title), ...(e.titleRu ? [fold(e.titleRu)] : []), ...placeText.map(fold)],
      words: [...foldWords(text), ...placeText.flatMap(foldWords)]
    });
  }
  return { entries };
}

/**
 * Entries matching every word of the query (as the start of a word, or inside a title or name);
 * places first on a tie, best first, at most `limit`.
 */
export function search(index: SearchIndex, query: string, limit = 50): SearchHit[] {
  const terms = foldWords(query);
  const whole = fold(query);
  if (!terms.length) return [];
  const hits: SearchHit[] = [];
  for (const e of index.entries) {
    let score = 0;
    let all = true;
    for (const t of terms) {
      const inName = e.names.some((n) => n.includes(t));
      const wordStart = e.words.some((w) => w.startsWith(t));
      if (!inName && !wordStart) {
        all = false;
        break;
      }
      score += (inName ? 2 : 0) + (wordStart ? 1 : 0);
    }
    if (!all) continue;
    if (e.names.some((n) => n === whole)) score += 10;
    if (e.kind === 'place') score += 0.5;
    hits.push({ kind: e.kind, id: e.id, score });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
