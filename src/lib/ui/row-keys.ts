/**
 * Keys for the rows of a virtualised list that let the DOM keep what it can. A row whose event
 * stays in view keeps its key, so its element stays as it is (no text rewritten, nothing laid out
 * again); an event that comes into view takes the key of one that left, so an element is reused
 * and only its text changes, rather than one made and one thrown away. When every event in view
 * changes (a slider tick over a large import), the keys come out in the same order as before and
 * no element moves; when a few events come in (a tick over the atlas's own events, a scroll by a
 * row), only their rows change and move. Elements stay in the order of the events, so the DOM
 * reads in the order shown.
 */

/** The keys given to the rows last time, with the ids they were given for. */
export interface RowKeys {
  readonly ids: readonly string[];
  readonly keys: readonly number[];
  /** The next key never given. */
  readonly next: number;
}

export const NO_ROW_KEYS: RowKeys = { ids: [], keys: [], next: 0 };

/**
 * Keys for the rows showing `ids`, in order: an id shown last time keeps its key; the others take
 * the keys left free, in their old order, then keys never given. Keys are unique, even if an id
 * repeats.
 */
export function assignRowKeys(prev: RowKeys, ids: readonly string[]): RowKeys {
  const old = new Map<string, number>();
  prev.ids.forEach((id, i) => {
    if (!old.has(id)) old.set(id, prev.keys[i]);
  });
  const keys: (number | undefined)[] = ids.map((id) => {
    const key = old.get(id);
    old.delete(id);
    return key;
  });
  const taken = new Set(keys);
  const free = prev.keys.filter((k) => !taken.has(k));
  let f = 0;
  let next = prev.next;
  return {
    ids: [...ids],
    keys: keys.map((k) => k ?? (f < free.length ? free[f++] : next++)),
    next
  };
}
