/**
 * The import worker: reads, parses and maps a file off the main thread, packs the events into a
 * table's typed arrays (`EventTable`), saves them in IndexedDB, and hands the arrays to the page
 * without copying them (transferred), so that the page has nothing to parse or rebuild.
 */
import { errorMessage } from '$lib/error-message';
import type { AtlasPlace } from '$lib/model/atlas-data';
import { tableData, transferables, type EventTableData } from '$lib/model/event-table';
import type { ColumnMapping } from './mapping';
import { refuseOversized } from './limits';
import { problemsCsv } from './row-counts';
import { reachOf } from './reach';
import { importTable, loadFormat, previewTable, readTable } from './run-import';
import { loadEvents, saveLayer, type LayerMeta } from './store';

export type WorkerRequest =
  /** `sheet`: the sheet of a workbook to read (the first if not given). */
  | { kind: 'preview'; file: File; sheet?: string }
  | {
      kind: 'import';
      file: File;
      sheet?: string;
      mapping: ColumnMapping;
      places: AtlasPlace[];
      /** The atlas's own period: events outside it are counted. */
      period: { start: number; end: number };
      layerId: string;
      name: string;
    }
  | { kind: 'load'; layerId: string };

export type ImportPhase = 'reading' | 'parsing' | 'mapping' | 'packing' | 'saving' | 'loading';

export type WorkerReply =
  | { kind: 'preview'; preview: ReturnType<typeof previewTable> & { hash: string } }
  | { kind: 'progress'; phase: ImportPhase; fraction: number }
  | {
      kind: 'done';
      data: EventTableData;
      meta?: LayerMeta;
      /** Why the browser would not keep the layer (it is drawn, but gone after a reload). */
      notKept?: string;
    }
  | { kind: 'error'; message: string };

/** The bytes' SHA-256 in hex: the same file imported twice is noticed by it. */
async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Problems listed in the panel; all of them are in the layer's problems file. */
const MAX_LISTED_PROBLEMS = 1000;

const post = (m: WorkerReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(m, transfer);

async function importFile(req: Extract<WorkerRequest, { kind: 'import' }>) {
  post({ kind: 'progress', phase: 'reading', fraction: 0 });
  const bytes = new Uint8Array(await req.file.arrayBuffer());
  await loadFormat(bytes, req.file.name);
  const table = readTable(bytes, req.file.name, {
    sheet: req.sheet,
    onProgress: (f) => post({ kind: 'progress', phase: 'parsing', fraction: f })
  });
  const result = importTable(table, req.mapping, req.places, req.layerId, req.file.name, (f) =>
    post({ kind: 'progress', phase: 'mapping', fraction: f })
  );
  const meta: LayerMeta = {
    id: req.layerId,
    name: req.name,
    fileName: req.file.name,
    importedAt: new Date().toISOString(),
    count: result.events.length,
    rows: result.rows,
    problems: result.problems.slice(0, MAX_LISTED_PROBLEMS),
    problemCount: result.problems.length,
    counts: result.counts,
    reach: reachOf(result.events, req.period),
    problemsFile: result.problems.length
      ? new Blob([problemsCsv(result.problems)], { type: 'text/csv' })
      : undefined,
    fileSize: req.file.size,
    fileHash: await sha256(bytes),
    visible: true
  };
  post({ kind: 'progress', phase: 'packing', fraction: 0 });
  const data = tableData(result.events);
  post({ kind: 'progress', phase: 'saving', fraction: 0 });
  let notKept: string | undefined;
  try {
    await saveLayer(meta, data);
  } catch (err) {
    notKept = errorMessage(err);
  }
  post({ kind: 'progress', phase: 'saving', fraction: 1 });
  post({ kind: 'done', data, meta, notKept }, transferables(data));
}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  try {
    // Refuse an oversized file before reading it into memory.
    if (req.kind !== 'load') refuseOversized(req.file.name, req.file.size);
    if (req.kind === 'preview') {
      post({ kind: 'progress', phase: 'reading', fraction: 0 });
      const bytes = new Uint8Array(await req.file.arrayBuffer());
      await loadFormat(bytes, req.file.name);
      const preview = previewTable(bytes, req.file.name, {
        sheet: req.sheet,
        onProgress: (f) => post({ kind: 'progress', phase: 'parsing', fraction: f })
      });
      post({ kind: 'preview', preview: { ...preview, hash: await sha256(bytes) } });
    } else if (req.kind === 'import') await importFile(req);
    else {
      post({ kind: 'progress', phase: 'loading', fraction: 0 });
      const data = await loadEvents(req.layerId);
      post({ kind: 'done', data }, transferables(data));
    }
  } catch (err) {
    post({ kind: 'error', message: errorMessage(err) });
  }
};
