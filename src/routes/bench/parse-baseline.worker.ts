/**
 * The import's baseline on the benchmark page: papaparse alone, in a worker of its own, reading
 * the File (header row, no type conversion) and counting the rows; nothing else.
 */
import Papa from 'papaparse';

/** What the worker answers: rows read and its own time from the message to the last row. */
export interface ParseReply {
  rows: number;
  workerMs: number;
  error?: string;
}

const post = (m: ParseReply) => (self as unknown as Worker).postMessage(m);

self.onmessage = (e: MessageEvent<File>) => {
  const t0 = performance.now();
  Papa.parse<Record<string, string>>(e.data, {
    header: true,
    dynamicTyping: false,
    skipEmptyLines: true,
    complete: (r) => post({ rows: r.data.length, workerMs: performance.now() - t0 }),
    error: (err) => post({ rows: 0, workerMs: performance.now() - t0, error: err.message })
  });
};
