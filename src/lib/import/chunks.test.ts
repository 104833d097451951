import { describe, expect, it } from 'vitest';
import { atlasData } from '$lib/testing/atlas-data';
import { EventTable, tableData, type EventTableData } from '$lib/model/event-table';
import { CHUNK_BYTES, joinChunks, splitChunks } from './chunks';

/** The atlas's own events as an event table's columns (what an import stores). */
const atlas = atlasData();
const data = tableData(atlas.events);

/** Every typed array in a value. */
function arraysOf(v: unknown): ArrayBufferView[] {
  if (ArrayBuffer.isView(v)) return [v];
  if (typeof v === 'object' && v !== null) return Object.values(v).flatMap(arraysOf);
  return [];
}

describe('splitChunks and joinChunks', () => {
  it('cut an event table into chunks of at most the given size and give the same events back', () => {
    const size = 16 * 1024;
    const chunked = splitChunks(data, size);
    const arrayBytes = arraysOf(data).reduce((n, a) => n + a.byteLength, 0);
    expect(chunked.bytes).toBeGreaterThanOrEqual(arrayBytes);
    expect(chunked.chunks.length).toBe(Math.ceil(chunked.bytes / size));
    expect(chunked.chunks.length).toBeGreaterThan(3);
    expect(chunked.chunks.slice(0, -1).every((c) => c.byteLength === size)).toBe(true);
    expect(chunked.chunks.at(-1)!.byteLength).toBeLessThanOrEqual(size);
    // No array is left in the shape: only references and small data.
    expect(arraysOf(chunked.shape)).toEqual([]);

    // Through a structured clone, as IndexedDB stores it.
    const back = joinChunks<EventTableData>(structuredClone(chunked), size);
    expect(EventTable.from(back).all()).toEqual(atlas.events);
    expect(back).toEqual(data);
    // Each array has a buffer of its own, so that each can be transferred to another thread.
    const arrays = arraysOf(back);
    expect(new Set(arrays.map((a) => a.buffer)).size).toBe(arrays.length);
    for (const a of arrays) expect(a.buffer.byteLength).toBe(a.byteLength);
  });

  it('keeps arrays that share a buffer or start inside one, and arrays longer than a chunk', () => {
    const buffer = new Float64Array([1.5, -2, 3, 4e300, 5, 6]).buffer;
    const value = {
      a: new Float64Array(buffer, 8, 3),
      b: new Uint8Array(buffer, 1, 5),
      long: Uint32Array.from({ length: 1000 }, (_, i) => i * 7919),
      empty: new Float32Array(0),
      words: ['страйк', 'strike'],
      n: 3,
      none: null
    };
    const chunked = splitChunks(value, 64);
    expect(chunked.chunks.length).toBeGreaterThan(60);
    const back = joinChunks<typeof value>(chunked, 64);
    expect(back).toEqual(value);
    expect([...back.a]).toEqual([-2, 3, 4e300]);
    expect(back.long[999]).toBe(999 * 7919);
  });

  it('uses chunks of a few MB by default, and a large table becomes many of them', () => {
    expect(CHUNK_BYTES).toBe(4 * 1024 * 1024);
    const big = { x: new Float64Array(3 * 1024 * 1024).fill(1917) };
    const chunked = splitChunks(big);
    expect(chunked.chunks.map((c) => c.byteLength)).toEqual([
      CHUNK_BYTES,
      CHUNK_BYTES,
      CHUNK_BYTES,
      CHUNK_BYTES,
      CHUNK_BYTES,
      CHUNK_BYTES
    ]);
    expect(joinChunks<typeof big>(chunked).x.every((v) => v === 1917)).toBe(true);
  });

  it('refuses chunks that are missing or damaged rather than giving other data', () => {
    const chunked = splitChunks(data, 16 * 1024);
    expect(() =>
      joinChunks({ ...chunked, chunks: chunked.chunks.slice(0, -1) }, 16 * 1024)
    ).toThrow(`${chunked.chunks.length - 1} of ${chunked.chunks.length} stored pieces were found`);
    const cut = chunked.chunks.map((c, i) => (i === 1 ? c.subarray(1) : c));
    expect(() => joinChunks({ ...chunked, chunks: cut }, 16 * 1024)).toThrow(
      `stored piece 2 of ${chunked.chunks.length} is damaged`
    );
    expect(() => splitChunks(data, 1001)).toThrow('a positive multiple of 8 bytes');
  });
});
