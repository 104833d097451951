/**
 * What a link names that the atlas does not hold: an event, an area, a place, a source or an
 * actor unknown to the data (and to the imports, once they are back from storage). Each is
 * dropped from the view and named in one notice, so that a link from an older data version, or
 * one typed by hand, still opens a working atlas instead of an empty panel or list.
 */
import type { Filters, ViewState } from './view-params';

export interface KnownIds {
  event(id: string): boolean;
  area(id: string): boolean;
  place(id: string): boolean;
  source(id: string): boolean;
  actor(name: string): boolean;
}

export type LinkedIds = Pick<ViewState, 'selectedId' | 'selectedAreaId' | 'filters'>;

export interface LinkCheck {
  /** The view's ids with the unknown ones removed (unchanged fields left out). */
  fix: Partial<LinkedIds>;
  problems: string[];
}

export function checkLinkedIds(view: LinkedIds, known: KnownIds): LinkCheck {
  const fix: Partial<LinkedIds> = {};
  const problems: string[] = [];
  if (view.selectedId !== null && !known.event(view.selectedId)) {
    problems.push(`no event "${view.selectedId}" in this data version`);
    fix.selectedId = null;
  }
  if (view.selectedAreaId !== null && !known.area(view.selectedAreaId)) {
    problems.push(`no area "${view.selectedAreaId}" in this data version`);
    fix.selectedAreaId = null;
  }
  const kept = (key: string, values: string[], knows: (v: string) => boolean) => {
    const unknown = values.filter((v) => !knows(v));
    if (unknown.length) problems.push(`no ${key} ${unknown.map((v) => `"${v}"`).join(', ')}`);
    return values.filter(knows);
  };
  const filters: Filters = {
    actors: kept('actor', view.filters.actors, known.actor),
    places: kept('place', view.filters.places, known.place),
    sources: kept('source', view.filters.sources, known.source)
  };
  const f = view.filters;
  if (
    filters.actors.length !== f.actors.length ||
    filters.places.length !== f.places.length ||
    filters.sources.length !== f.sources.length
  )
    fix.filters = filters;
  return { fix, problems };
}
