import { describe, expect, it } from 'vitest';
import { assignRowKeys, NO_ROW_KEYS, type RowKeys } from './row-keys';

/** Keys given to each list of ids in turn. */
function run(...lists: string[][]): RowKeys[] {
  const out: RowKeys[] = [];
  let prev = NO_ROW_KEYS;
  for (const ids of lists) out.push((prev = assignRowKeys(prev, ids)));
  return out;
}

/**
 * The keys kept from one render to the next that the DOM has to move: all but the longest run of
 * them still in their old relative order.
 */
function moved(a: RowKeys, b: RowKeys): number[] {
  const kept = b.keys.filter((k) => a.keys.includes(k));
  const at = kept.map((k) => a.keys.indexOf(k));
  // Longest increasing subsequence of the old positions, O(n²): the lists are short.
  const len = at.map(() => 1);
  const from = at.map(() => -1);
  for (let i = 0; i < at.length; i++)
    for (let j = 0; j < i; j++)
      if (at[j] < at[i] && len[j] + 1 > len[i]) [len[i], from[i]] = [len[j] + 1, j];
  const stay = new Set<number>();
  for (let i = len.indexOf(Math.max(0, ...len)); i >= 0; i = from[i]) stay.add(kept[i]);
  return kept.filter((k) => !stay.has(k));
}

describe('assignRowKeys', () => {
  it('gives fresh keys to a first render', () => {
    const [r] = run(['a', 'b', 'c']);
    expect(r.keys).toEqual([0, 1, 2]);
    expect(r.next).toBe(3);
  });

  it('keeps the key of an event still in view, wherever it moves', () => {
    const [a, b] = run(['a', 'b', 'c', 'd'], ['x', 'a', 'b', 'c']);
    for (const id of ['a', 'b', 'c'])
      expect(b.keys[b.ids.indexOf(id)]).toBe(a.keys[a.ids.indexOf(id)]);
  });

  it('hands the key of an event that left to one that came: one row moves, none is made', () => {
    // A tick over few events: one appears at the top, the last one drops out of view.
    const [a, b] = run(['a', 'b', 'c', 'd'], ['x', 'a', 'b', 'c']);
    expect(b.keys[0]).toBe(a.keys[3]);
    expect(b.next).toBe(a.next);
    expect(moved(a, b)).toEqual([a.keys[3]]);
  });

  it('keeps the keys in order when every event changes, so nothing moves', () => {
    const [a, b] = run(['a', 'b', 'c', 'd', 'e'], ['p', 'q', 'r', 's', 't']);
    expect(b.keys).toEqual(a.keys);
    expect(moved(a, b)).toEqual([]);
  });

  it('reuses the key of the row scrolled out for the row scrolled in', () => {
    const [a, b] = run(['a', 'b', 'c'], ['b', 'c', 'd']);
    expect(b.keys).toEqual([a.keys[1], a.keys[2], a.keys[0]]);
    expect(moved(a, b)).toEqual([a.keys[0]]);
  });

  it('makes new keys only when more rows are shown than before', () => {
    const [a, b, c] = run(['a', 'b'], ['a', 'b', 'c', 'd'], ['a']);
    expect(b.keys.slice(0, 2)).toEqual(a.keys);
    expect(new Set(b.keys).size).toBe(4);
    expect(b.next).toBe(4);
    expect(c.keys).toEqual([a.keys[0]]);
    expect(c.next).toBe(4);
  });

  it('gives unique keys when an id repeats', () => {
    const [a, b] = run(['a', 'a', 'b'], ['a', 'b', 'a', 'a']);
    expect(new Set(a.keys).size).toBe(3);
    expect(new Set(b.keys).size).toBe(4);
    expect(b.keys[0]).toBe(a.keys[0]);
  });

  it('gives nothing to an empty list, and new keys to the rows after it', () => {
    const [a, b, c] = run(['a', 'b'], [], ['c', 'd']);
    expect(b.keys).toEqual([]);
    expect(c.keys.some((k) => a.keys.includes(k))).toBe(false);
  });
});
