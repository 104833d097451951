/**
 * Imported layers kept in IndexedDB until the user removes them. Works in the page and in the
 * import worker (both have `indexedDB`). Events live in their own store, keyed by layer id, as
 * an event table's typed arrays (layers kept before that, as lists of events, still load).
 */
import type { AtlasEvent } from '$lib/model/atlas-data';
import { tableData, type EventTableData } from '$lib/model/event-table';
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
const VERSION = 1;

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('the request failed'));
  });
}

function open(): Promise<IDBDatabase> {
  const r = indexedDB.open(DB, VERSION);
  r.onupgradeneeded = () => {
    r.result.createObjectStore('layers', { keyPath: 'id' });
    r.result.createObjectStore('events');
  };
  return request(r);
}

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
      t.onerror = () => reject(t.error ?? new Error('the transaction failed'));
      t.onabort = () => reject(t.error ?? new Error('transaction aborted'));
    });
    const result = await run(t);
    await done;
    return result;
  } finally {
    db.close();
  }
}

export function saveLayer(meta: LayerMeta, data: EventTableData): Promise<void> {
  return tx(['layers', 'events'], 'readwrite', async (t) => {
    t.objectStore('layers').put(meta);
    t.objectStore('events').put(data, meta.id);
  });
}

export function updateLayerMeta(meta: LayerMeta): Promise<void> {
  return tx(['layers'], 'readwrite', async (t) => {
    t.objectStore('layers').put(meta);
  });
}

export function listLayers(): Promise<LayerMeta[]> {
  return tx(['layers'], 'readonly', (t) =>
    request(t.objectStore('layers').getAll() as IDBRequest<LayerMeta[]>)
  );
}

export async function loadEvents(id: string): Promise<EventTableData> {
  const stored = await tx(['events'], 'readonly', (t) =>
    request(
      t.objectStore('events').get(id) as IDBRequest<EventTableData | AtlasEvent[] | undefined>
    )
  );
  return Array.isArray(stored) || !stored ? tableData(stored ?? []) : stored;
}

export function deleteLayer(id: string): Promise<void> {
  return tx(['layers', 'events'], 'readwrite', async (t) => {
    t.objectStore('layers').delete(id);
    t.objectStore('events').delete(id);
  });
}
