/**
 * The page's side of the papaparse baseline (parse-baseline.worker.ts): one worker per file, timed
 * on the page from handing it the File to its answer, worker start and file read included, as the
 * atlas's import is timed from its Import button.
 */
import type { ParseReply } from './parse-baseline.worker';
import ParseWorker from './parse-baseline.worker?worker';

export interface ParseResult extends ParseReply {
  /** From handing over the File to the answer (ms, page clock). */
  ms: number;
}

export function parseBaseline(file: File): Promise<ParseResult> {
  const t0 = performance.now();
  const worker = new ParseWorker();
  return new Promise((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<ParseReply>) => {
      worker.terminate();
      resolve({ ...e.data, ms: performance.now() - t0 });
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the papaparse worker failed'));
    };
    worker.postMessage(file);
  });
}
