/**
 * The page's side of the import worker: one worker per job, progress callbacks, and cancel by
 * terminating the worker (nothing is kept of a cancelled import; its result rejects with an
 * AbortError, see `$lib/abort`).
 */
import { createAbortError } from '$lib/abort';
import type { AtlasEvent, AtlasPlace } from '$lib/model/atlas-data';
import type { ColumnMapping } from './mapping';
import type { Preview } from './run-import';
import type { LayerMeta } from './store';
import type { WorkerReply, WorkerRequest } from './import.worker';
import ImportWorker from './import.worker?worker';

export interface Progress {
  phase: string;
  fraction: number;
}

export interface Job<T> {
  result: Promise<T>;
  /** Stops the job; `result` then rejects with an AbortError. */
  cancel(): void;
}

function run<T>(
  request: WorkerRequest,
  onProgress: (p: Progress) => void,
  finish: (events: AtlasEvent[], meta?: LayerMeta, preview?: Preview) => T
): Job<T> {
  const worker = new ImportWorker();
  const events: AtlasEvent[] = [];
  let reject: (e: Error) => void = () => {};
  const result = new Promise<T>((resolve, rej) => {
    reject = rej;
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m.kind === 'progress') onProgress({ phase: m.phase, fraction: m.fraction });
      else if (m.kind === 'chunk') {
        for (const ev of m.events) events.push(ev);
      } else if (m.kind === 'preview') {
        worker.terminate();
        resolve(finish([], undefined, m.preview));
      } else if (m.kind === 'done') {
        worker.terminate();
        resolve(finish(events, m.meta));
      } else if (m.kind === 'error' && !m.message.startsWith('imported, but')) {
        worker.terminate();
        rej(new Error(m.message));
      } else if (m.kind === 'error') onProgress({ phase: m.message, fraction: 1 });
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
      reject(createAbortError());
    }
  };
}

export function previewFile(file: File): Job<Preview> {
  return run(
    { kind: 'preview', file },
    () => {},
    (_e, _m, preview) => preview!
  );
}

export function importFile(
  file: File,
  mapping: ColumnMapping,
  places: AtlasPlace[],
  layerId: string,
  name: string,
  onProgress: (p: Progress) => void
): Job<{ meta: LayerMeta; events: AtlasEvent[] }> {
  return run(
    { kind: 'import', file, mapping, places, layerId, name },
    onProgress,
    (events, meta) => ({ meta: meta!, events })
  );
}

export function loadLayer(layerId: string, onProgress: (p: Progress) => void): Job<AtlasEvent[]> {
  return run({ kind: 'load', layerId }, onProgress, (events) => events);
}
