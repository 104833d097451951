/**
 * The lecturer's own lectures, kept in the browser's IndexedDB (a database of their own, beside
 * the imported layers'). `LectureSaver` saves as the lecture is edited, a short moment after the
 * last change and at once when the page is hidden; a failure becomes its state, never a thrown
 * error.
 */
import { errorMessage } from '$lib/error-message';
import type { StoryFile } from './story-file';

/** A lecture as it is kept: a key of its own (its `front.id` may change), the lecture, when. */
export interface LectureRecord {
  key: string;
  file: StoryFile;
  /** ISO time of the last save. */
  updated: string;
}

const DB = 'revolution-atlas-lectures';
const STORE = 'lectures';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('the request failed'));
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  body: (s: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
  const open = indexedDB.open(DB, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'key' });
  const db = await request(open);
  try {
    const t = db.transaction(STORE, mode);
    const done = new Promise<void>((resolve, reject) => {
      t.oncomplete = () => resolve();
      t.onerror = () => reject(t.error ?? new Error('the transaction failed'));
      t.onabort = () => reject(t.error ?? new Error('the transaction was aborted'));
    });
    const result = await request(body(t.objectStore(STORE)));
    await done;
    return result;
  } finally {
    db.close();
  }
}

/** Every kept lecture, most recently saved first. */
export async function listLectures(): Promise<LectureRecord[]> {
  const all = await run('readonly', (s) => s.getAll() as IDBRequest<LectureRecord[]>);
  return all.sort((a, b) => b.updated.localeCompare(a.updated));
}

export function getLecture(key: string): Promise<LectureRecord | undefined> {
  return run('readonly', (s) => s.get(key) as IDBRequest<LectureRecord | undefined>);
}

export async function putLecture(record: LectureRecord): Promise<void> {
  await run('readwrite', (s) => s.put(plain(record)));
}

export async function deleteLecture(key: string): Promise<void> {
  await run('readwrite', (s) => s.delete(key));
}

/** A plain copy (no proxies), which IndexedDB can store. */
function plain<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** A new lecture's key. */
export function lectureKey(): string {
  return `l-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export type SaveState =
  { kind: 'saved'; at: string } | { kind: 'pending' } | { kind: 'failed'; error: string };

/**
 * Saves a lecture `delay` ms after the last change (so typing does not save on every key), and at
 * once on `flush`. What it last tried is never lost to a failure: the next change or flush tries
 * again. `onstate` hears every change of state.
 */
export class LectureSaver {
  #timer: ReturnType<typeof setTimeout> | null = null;
  #next: LectureRecord | null = null;
  #saving: Promise<void> = Promise.resolve();

  constructor(
    private onstate: (s: SaveState) => void,
    private delay = 250,
    private put: (r: LectureRecord) => Promise<void> = putLecture
  ) {}

  /** Keeps `record` a moment from now. */
  schedule(record: LectureRecord): void {
    this.#next = record;
    this.onstate({ kind: 'pending' });
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.delay);
  }

  /** Saves what is waiting now; resolves when it is kept or has failed. */
  flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const record = this.#next;
    if (!record) return this.#saving;
    this.#next = null;
    const updated = new Date().toISOString();
    this.#saving = this.#saving
      .then(() => this.put({ ...record, updated }))
      .then(
        () => this.onstate({ kind: 'saved', at: updated }),
        (e: unknown) => {
          if (!this.#next) this.#next = record; // tried again on the next change or flush
          this.onstate({ kind: 'failed', error: errorMessage(e) });
        }
      );
    return this.#saving;
  }
}
