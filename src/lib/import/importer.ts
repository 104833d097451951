/**
 * The page's side of the import worker: one worker per job, progress callbacks, and cancel by
 * terminating the worker (nothing is kept of a cancelled import; its result rejects with an
 * AbortError, see `$lib/abort`). Events arrive as one table of typed arrays, transferred.
 */
import { createAbortError } from '$lib/abort';
import { errorMessage } from '$lib/error-message';
import type { AtlasPlace } from '$lib/model/atlas-data';
import { EventTable } from '$lib/model/event-table';
import type { ColumnMapping } from './mapping';
import type { Preview } from './run-import';
import { deleteLayer, type LayerMeta } from './store';
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
type Done = Extract<WorkerReply, { kind: 'done' }>;

/** The reply a job of this kind ends with (the worker answers each request with its own kind). */
function replyOf<K extends Finished['kind']>(m: Finished, kind: K): Extract<Finished, { kind: K }> {
  if (m.kind !== kind) throw new Error(`the import worker answered ${m.kind} instead of ${kind}`);
  return m as Extract<Finished, { kind: K }>;
}

/** Runs one job in a worker of its own; `onCancel` undoes what a cancelled job may have left. */
function run<T>(
  request: WorkerRequest,
  onProgress: (p: Progress) => void,
  finish: (reply: Finished) => T,
  onCancel = () => {}
): Job<T> {
  const worker = new ImportWorker();
  let reject: (e: Error) => void = () => {};
  const result = new Promise<T>((resolve, rej) => {
    reject = rej;
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m.kind === 'progress') {
        onProgress({ phase: m.phase, fraction: m.fraction });
        return;
      }
      worker.terminate();
      if (m.kind === 'error') rej(new Error(m.message));
      else {
        try {
          resolve(finish(m));
        } catch (err) {
          rej(new Error(errorMessage(err)));
        }
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      rej(new Error(e.message || 'the import worker failed'));
    };
  });
  worker.postMessage(request);
  return {
    result,
    cancel() {
      worker.terminate();
      onCancel();
      reject(createAbortError());
    }
  };
}

/** An imported layer as the page holds it; `notKept` says why the browser would not store it. */
export interface Imported {
  meta: LayerMeta;
  table: EventTable;
  notKept?: string;
}

/** Reads a file's table for the mapping; `sheet`: the sheet of a workbook (the first if not given). */
export function previewFile(
  file: File,
  onProgress: (p: Progress) => void,
  sheet?: string
): Job<Preview & { hash: string }> {
  return run({ kind: 'preview', file, sheet }, onProgress, (m) => replyOf(m, 'preview').preview);
}

export function importFile(
  file: File,
  mapping: ColumnMapping,
  places: AtlasPlace[],
  period: { start: number; end: number },
  layerId: string,
  name: string,
  onProgress: (p: Progress) => void,
  sheet?: string
): Job<Imported> {
  return run(
    { kind: 'import', file, sheet, mapping, places, period, layerId, name },
    onProgress,
    (m) => {
      const done: Done = replyOf(m, 'done');
      return {
        meta: done.meta!,
        table: EventTable.from(done.data, `${layerId}-`),
        notKept: done.notKept
      };
    },
    // Cancelled while saving: the worker's transaction may have committed. This one runs after it.
    () => void deleteLayer(layerId).catch(() => {})
  );
}

export function loadLayer(layerId: string, onProgress: (p: Progress) => void): Job<EventTable> {
  return run({ kind: 'load', layerId }, onProgress, (m) =>
    EventTable.from(replyOf(m, 'done').data, `${layerId}-`)
  );
}
