/** Place names over time: which name a place had on a given day. */
import type { AtlasName, AtlasPlace } from './atlas-data';

/** The name in use on `day` (from inclusive, to exclusive); outside every period, the nearest one. */
export function nameAt(names: readonly AtlasName[], day: number): AtlasName {
  const current = names.find((n) => (n.from ?? -Infinity) <= day && day < (n.to ?? Infinity));
  if (current) return current;
  let best = names[0];
  let bestGap = Infinity;
  for (const n of names) {
    const gap = day < (n.from ?? -Infinity) ? (n.from ?? 0) - day : day - (n.to ?? day);
    if (gap < bestGap) {
      best = n;
      bestGap = gap;
    }
  }
  return best;
}

/** The place's name on `day`, in Cyrillic for Russian where the gazetteer has it. */
export function placeName(
  place: Pick<AtlasPlace, 'names'>,
  day: number,
  lang: 'en' | 'ru' = 'en'
): string {
  const n = nameAt(place.names, day);
  return lang === 'ru' && n.ru ? n.ru : n.name;
}

/** Days on which any place changes its name, sorted: the only days the labels need redrawing. */
export function renameDays(places: readonly Pick<AtlasPlace, 'names'>[]): number[] {
  const days = new Set<number>();
  for (const p of places) for (const n of p.names) if (n.from !== undefined) days.add(n.from);
  return [...days].sort((a, b) => a - b);
}

/** Index of the naming epoch containing `day`: changes exactly when some label changes. */
export function nameEpoch(sortedRenameDays: readonly number[], day: number): number {
  let lo = 0;
  let hi = sortedRenameDays.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedRenameDays[mid] <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
