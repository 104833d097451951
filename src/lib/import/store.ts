/**
 * Imported layers kept in IndexedDB until the user removes them. Works in the page and in the
 * import worker (both have `indexedDB`). A layer is three things written in one transaction, the
 * description last: its events' columns cut into chunks of a few MB (`chunks.ts`; no browser
 * stores one value above its limit), the columns' shape, and its description. So a layer is
 * stored whole or not at all, and a description is listed only beside its events. Layers kept
 * before chunks (the columns, or a list of events, as one value) still load.
 */
import type { AtlasEvent } from '$lib/model/atlas-data';
import { tableData, type EventTableData } from '$lib/model/event-table';
import { errorMessage } from '$lib/error-message';
import { CHUNK_BYTES, joinChunks, splitChunks } from './chunks';
import type { RowProblem } from './mapping';
import type { Reach } from './reach';
import type { RowCounts } from './row-counts';

/** What the app lists about an imported layer (without its events). */
export interface LayerMeta {
  id: string;
  name: string;
  fileName: string;
  importedAt: string;
  count: number;
  rows: number;
  /** The first problems, for the panel; `problemsFile` has them all. */
  problems: RowProblem[];
  problemCount: number;
  /** Rows kept, kept with a warning, dropped (layers kept before counts were added lack it). */
  counts?: RowCounts;
  /** The events' span, and those outside the atlas's period or map. */
  reach?: Reach;
  /** Every problem as CSV (row, field, value, outcome, reason). */
  problemsFile?: Blob;
  /** The file's size and SHA-256 (hex), to notice the same file imported again. */
  fileSize?: number;
  fileHash?: string;
  visible: boolean;
}

const DB = 'revolution-atlas';
const VERSION = 2;

/** What the `events` store holds for a layer: how its columns were cut (the chunks hold them). */
interface StoredShape {
  chunked: true;
  shape: unknown;
  bytes: number;
  chunkBytes: number;
}
type StoredEvents = StoredShape | EventTableData | AtlasEvent[];

/** A layer's chunks are keyed [layer id, index]: this range holds them all. */
const chunkRange = (id: string) => IDBKeyRange.bound([id, 0], [id, Infinity]);

/**
 * A store error as an Error with a message a user can read: the browser's own, or what happened
 * when it gives none (a transaction aborted with a null `error`), with the quota named plainly.
 */
export function storeError(e: unknown, fallback = 'the browser refused to store it'): Error {
  if (e instanceof Error || e instanceof DOMException) {
    if (e.name === 'QuotaExceededError')
      return new Error(`this browser's storage for the atlas is full (${e.message || e.name})`);
    return new Error(e.message || e.name || fallback);
  }
  return new Error(e == null ? fallback : errorMessage(e));
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(storeError(r.error, 'the request failed'));
  });
}

function open(): Promise<IDBDatabase> {
  const r = indexedDB.open(DB, VERSION);
  r.onupgradeneeded = (e) => {
    const db = r.result;
    if (e.oldVersion < 1) {
      db.createObjectStore('layers', { keyPath: 'id' });
      db.createObjectStore('events');
    }
    if (e.oldVersion < 2) db.createObjectStore('chunks');
  };
  // Another tab holding an older version open: it is asked to close (see `open` there).
  return request(r).then((db) => {
    db.onversionchange = () => db.close();
    return db;
  });
}

/**
 * Runs `run` in one transaction and resolves with its result once the transaction has committed.
 * If `run` throws, the transaction is aborted, so nothing of it is kept.
 */
async function tx<T>(
  stores: string[],
  mode: IDBTransactionMode,
  run: (t: IDBTransaction) => Promise<T>
): Promise<T> {
  const db = await open();
  try {
    const t = db.transaction(stores, mode);
    const done = new Promise<void>((resolve, reject) => {
      t.oncomplete = () => resolve();
      t.onabort = () => reject(storeError(t.error, 'the browser refused to store it'));
    });
    // Read once below; marked handled so that an abort after a throw is not reported twice.
    done.catch(() => {});
    let result: T;
    try {
      result = await run(t);
    } catch (e) {
      try {
        t.abort();
      } catch {
        // Already finished or aborted.
      }
      throw storeError(e);
    }
    await done;
    return result;
  } finally {
    db.close();
  }
}

/**
 * Stores a layer: its events' chunks, their shape, then its description, in one transaction (a
 * layer stored before under the same id is replaced whole).
 */
export function saveLayer(meta: LayerMeta, data: EventTableData): Promise<void> {
  const { shape, chunks, bytes } = splitChunks(data, CHUNK_BYTES);
  const stored: StoredShape = { chunked: true, shape, bytes, chunkBytes: CHUNK_BYTES };
  return tx(['layers', 'events', 'chunks'], 'readwrite', async (t) => {
    const store = t.objectStore('chunks');
    store.delete(chunkRange(meta.id));
    chunks.forEach((chunk, i) => store.put(chunk, [meta.id, i]));
    t.objectStore('events').put(stored, meta.id);
    t.objectStore('layers').put(meta);
  });
}

/**
 * Updates a stored layer's description (whether it is shown). A layer no longer stored (removed
 * in another tab) is left removed: resolves false, and nothing is written.
 */
export function updateLayerMeta(meta: LayerMeta): Promise<boolean> {
  return tx(
    ['layers', 'events'],
    'readwrite',
    (t) =>
      new Promise<boolean>((resolve, reject) => {
        const r = t.objectStore('events').getKey(meta.id);
        r.onerror = () => reject(storeError(r.error, 'the request failed'));
        r.onsuccess = () => {
          if (r.result === undefined) return resolve(false);
          t.objectStore('layers').put(meta);
          resolve(true);
        };
      })
  );
}

/**
 * The stored layers' descriptions, each beside its events; a description left without them (by
 * an older version of the atlas) is deleted, never listed.
 */
export function listLayers(): Promise<LayerMeta[]> {
  return tx(['layers', 'events', 'chunks'], 'readwrite', async (t) => {
    const [metas, keys] = await Promise.all([
      request(t.objectStore('layers').getAll() as IDBRequest<LayerMeta[]>),
      request(t.objectStore('events').getAllKeys())
    ]);
    const stored = new Set(keys);
    for (const m of metas) if (!stored.has(m.id)) t.objectStore('layers').delete(m.id);
    return metas.filter((m) => stored.has(m.id));
  });
}

/** A stored layer's events; throws when they are not stored (never an empty table instead). */
export async function loadEvents(id: string): Promise<EventTableData> {
  const { stored, chunks } = await tx(['events', 'chunks'], 'readonly', async (t) => {
    const stored = await request(
      t.objectStore('events').get(id) as IDBRequest<StoredEvents | undefined>
    );
    if (!stored || !('chunked' in stored)) return { stored, chunks: [] };
    const store = t.objectStore('chunks');
    // One request per chunk, all at once: no answer holds more than one chunk.
    const n = Math.ceil(stored.bytes / stored.chunkBytes);
    const chunks = await Promise.all(
      Array.from({ length: n }, (_, i) => request(store.get([id, i]) as IDBRequest<Uint8Array>))
    );
    return { stored, chunks: chunks.filter((c) => c !== undefined) };
  });
  if (!stored) throw new Error('its events are no longer stored in this browser');
  if (Array.isArray(stored)) return tableData(stored);
  if (!('chunked' in stored)) return stored;
  return joinChunks<EventTableData>(
    { shape: stored.shape, chunks, bytes: stored.bytes },
    stored.chunkBytes
  );
}

/** Deletes a layer: its description, its events and their chunks, in one transaction. */
export function deleteLayer(id: string): Promise<void> {
  return tx(['layers', 'events', 'chunks'], 'readwrite', async (t) => {
    t.objectStore('layers').delete(id);
    t.objectStore('events').delete(id);
    t.objectStore('chunks').delete(chunkRange(id));
  });
}
