/**
 * The page's side of the import worker: jobs with progress callbacks, and cancel by terminating
 * the worker (its result rejects with an AbortError, see `$lib/abort`; the page then discards
 * whatever of the layer was drawn or stored, `ImportedLayers.discard`). Events arrive as one table of typed arrays, transferred. A file's preview and
 * its import run in one worker (`ImportSession`), which maps the table it read for the preview.
 */
import { createAbortError } from '$lib/abort';
import { errorMessage } from '$lib/error-message';
import type { AtlasPlace } from '$lib/model/atlas-data';
import { EventTable } from '$lib/model/event-table';
import type { ColumnMapping } from './mapping';
import type { Preview } from './run-import';
import type { LayerMeta } from './store';
import type { ImportPhase, WorkerReply, WorkerRequest } from './import.worker';
import ImportWorker from './import.worker?worker';

export interface Progress {
  phase: ImportPhase;
  fraction: number;
}

export interface Job<T> {
  result: Promise<T>;
  /** Stops the job; `result` then rejects with an AbortError. */
  cancel(): void;
}

type Finished = Extract<WorkerReply, { kind: 'done' | 'preview' }>;

/** The reply a job of this kind ends with (the worker answers each request with its own kind). */
function replyOf<K extends Finished['kind']>(m: Finished, kind: K): Extract<Finished, { kind: K }> {
  if (m.kind !== kind) throw new Error(`the import worker answered ${m.kind} instead of ${kind}`);
  return m as Extract<Finished, { kind: K }>;
}

interface RunOptions<T> {
  onProgress: (p: Progress) => void;
  finish: (reply: Finished) => T;
  /** An import's table, before it is saved. */
  onTable?: (reply: Extract<WorkerReply, { kind: 'table' }>) => void;
  /** The job ended, however: the worker is done with (terminate it or keep it). */
  onEnd: (cancelled: boolean) => void;
}

/** Runs one job in `worker`. */
function run<T>(worker: Worker, request: WorkerRequest, o: RunOptions<T>): Job<T> {
  let reject: (e: Error) => void = () => {};
  let ended = false;
  const end = (cancelled: boolean) => {
    if (ended) return false;
    ended = true;
    worker.onmessage = null;
    worker.onerror = null;
    o.onEnd(cancelled);
    return true;
  };
  const result = new Promise<T>((resolve, rej) => {
    reject = rej;
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m.kind === 'progress') {
        o.onProgress({ phase: m.phase, fraction: m.fraction });
        return;
      }
      if (m.kind === 'table') {
        try {
          o.onTable?.(m);
        } catch (err) {
          end(true);
          rej(new Error(errorMessage(err)));
        }
        return;
      }
      end(false);
      if (m.kind === 'error') rej(new Error(m.message));
      else {
        try {
          resolve(o.finish(m));
        } catch (err) {
          rej(new Error(errorMessage(err)));
        }
      }
    };
    worker.onerror = (e) => {
      end(true);
      rej(new Error(e.message || 'the import worker failed'));
    };
  });
  worker.postMessage(request);
  return {
    result,
    cancel() {
      if (!end(true)) return;
      reject(createAbortError());
    }
  };
}

/** Runs one job in a worker of its own, ended with the job. */
function runAlone<T>(request: WorkerRequest, o: Omit<RunOptions<T>, 'onEnd'>): Job<T> {
  const worker = new ImportWorker();
  return run(worker, request, { ...o, onEnd: () => worker.terminate() });
}

/** An imported layer as the page holds it; `notKept` says why the browser would not store it. */
export interface Imported {
  meta: LayerMeta;
  table: EventTable;
  notKept?: string;
}

/**
 * A file's preview and then its import, in one worker: the import maps the table the preview
 * read. A cancelled job ends the worker (a later job starts another, which reads the file again);
 * a finished import ends it too, and so does `close()` (the mapping form put away).
 */
export class ImportSession {
  private worker: Worker | null = null;

  private get current(): Worker {
    return (this.worker ??= new ImportWorker());
  }

  private end(worker: Worker, keep: boolean) {
    if (keep) return;
    worker.terminate();
    if (this.worker === worker) this.worker = null;
  }

  /** Reads a file's table for the mapping; `sheet`: a workbook's sheet (the first if not given). */
  preview(
    file: File,
    onProgress: (p: Progress) => void,
    sheet?: string
  ): Job<Preview & { hash: string }> {
    const worker = this.current;
    return run(
      worker,
      { kind: 'preview', file, sheet },
      {
        onProgress,
        finish: (m) => replyOf(m, 'preview').preview,
        onEnd: (cancelled) => this.end(worker, !cancelled)
      }
    );
  }

  /**
   * Imports a file; `onDrawn` gets the layer as soon as its events are packed, before the worker
   * stores them, and `result` resolves when the storing ends (with why it failed, if it did). After
   * a cancel or a failure, even after `onDrawn`, the caller discards the layer from the page and
   * from storage (`ImportedLayers.discard`): the worker's transaction, if it committed, was
   * started first, so the delete runs after it.
   */
  import(
    file: File,
    mapping: ColumnMapping,
    places: AtlasPlace[],
    period: { start: number; end: number },
    layerId: string,
    name: string,
    onProgress: (p: Progress) => void,
    onDrawn: (layer: Imported) => void,
    sheet?: string
  ): Job<{ notKept?: string }> {
    const worker = this.current;
    return run(
      worker,
      { kind: 'import', file, sheet, mapping, places, period, layerId, name },
      {
        onProgress,
        onTable: (m) =>
          onDrawn({ meta: m.meta, table: EventTable.from(m.data, `${layerId}-`, m.index) }),
        finish: (m) => ({ notKept: replyOf(m, 'done').notKept }),
        onEnd: () => this.end(worker, false)
      }
    );
  }

  /** Ends the worker and the table it holds. */
  close(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}

export function loadLayer(layerId: string, onProgress: (p: Progress) => void): Job<EventTable> {
  return runAlone(
    { kind: 'load', layerId },
    {
      onProgress,
      finish: (m) => {
        const { data, index } = replyOf(m, 'done');
        if (!data) throw new Error(`the import worker sent no events for ${layerId}`);
        return EventTable.from(data, `${layerId}-`, index);
      }
    }
  );
}
