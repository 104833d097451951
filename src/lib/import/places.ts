/**
 * The gazetteer as an import uses it: every name of every place (of any period, in Latin and
 * Cyrillic, modern names, aliases) → the place, for place cells; and a finder of those names in
 * running text, for files that have no place column (TimelineJS has none).
 */
import type { AtlasPlace } from '$lib/model/atlas-data';

/** Lower-cased names (every period, Cyrillic, modern, aliases) → place, for matching place cells. */
export function placeIndex(places: readonly AtlasPlace[]): Map<string, AtlasPlace> {
  const index = new Map<string, AtlasPlace>();
  const add = (name: string | undefined, p: AtlasPlace) => {
    if (name && !index.has(name.toLowerCase())) index.set(name.toLowerCase(), p);
  };
  for (const p of places) {
    add(p.id, p);
    for (const n of p.names) {
      add(n.name, p);
      add(n.ru, p);
    }
    add(p.modern, p);
    add(p.modernRu, p);
    p.aliases.forEach((a) => add(a, p));
  }
  return index;
}

/** Names shorter than this are not looked for in text (too many false hits). */
const MIN_NAME = 4;

/**
 * A function finding the first gazetteer name in a text (the longest where names overlap:
 * "Nizhny Novgorod" before "Novgorod"), as a whole word in any script; null if none.
 */
export function placeFinder(
  index: Map<string, AtlasPlace>
): (text: string) => { name: string; place: AtlasPlace } | null {
  const names = [...index.keys()]
    .filter((n) => n.length >= MIN_NAME)
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!names.length) return () => null;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${names.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  return (text) => {
    const m = pattern.exec(text);
    return m ? { name: m[1], place: index.get(m[1].toLowerCase())! } : null;
  };
}
