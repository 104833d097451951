/**
 * The import worker: reads, parses and maps a file off the main thread, packs the events into a
 * table's typed arrays (`EventTable`), hands a copy of the arrays to the page without copying them
 * again (transferred), so that the page has nothing to parse or rebuild, and then saves them in
 * IndexedDB. The table a preview read is kept, and the import of the same file and sheet that
 * follows in the same worker maps it without reading the file again.
 */
import { errorMessage } from '$lib/error-message';
import type { AtlasPlace } from '$lib/model/atlas-data';
import { EventTable, transferables, type EventTableData } from '$lib/model/event-table';
import { partsTransferables, type TimeIndexParts } from '$lib/time/time-index';
import type { ColumnMapping } from './mapping';
import { refuseOversized } from './limits';
import { problemsCsv } from './row-counts';
import { reachOfData } from './reach';
import {
  importColumns,
  loadFormat,
  previewOf,
  readTable,
  type FileTable,
  type Preview
} from './run-import';
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
  | { kind: 'preview'; preview: Preview & { hash: string } }
  | { kind: 'progress'; phase: ImportPhase; fraction: number }
  /** An import's events, before they are saved (the import ends with `done` after the save). */
  | { kind: 'table'; data: EventTableData; index: TimeIndexParts; meta: LayerMeta }
  | {
      kind: 'done';
      /** A loaded layer's events and their time index; an import's came in `table`. */
      data?: EventTableData;
      index?: TimeIndexParts;
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

/** The events' time index, built here so that the page receives it ready. */
const timeIndexOf = (data: EventTableData): TimeIndexParts => EventTable.from(data).timeIndex.parts;

/** The table the last preview read, for the import that follows it. */
let previewed: { file: File; sheet?: string; table: FileTable; hash: string } | null = null;

/** The same file (by name, size and time) and sheet as the last preview's. */
const samePreviewed = (file: File, sheet?: string) =>
  previewed !== null &&
  previewed.file.name === file.name &&
  previewed.file.size === file.size &&
  previewed.file.lastModified === file.lastModified &&
  previewed.sheet === sheet;

async function preview(req: Extract<WorkerRequest, { kind: 'preview' }>) {
  previewed = null;
  post({ kind: 'progress', phase: 'reading', fraction: 0 });
  const bytes = new Uint8Array(await req.file.arrayBuffer());
  await loadFormat(bytes, req.file.name);
  const table = readTable(bytes, req.file.name, {
    sheet: req.sheet,
    onProgress: (f) => post({ kind: 'progress', phase: 'parsing', fraction: f })
  });
  const hash = await sha256(bytes);
  const p = previewOf(table);
  previewed = { file: req.file, sheet: p.sheet ?? req.sheet, table, hash };
  post({ kind: 'preview', preview: { ...p, hash } });
}

/** The file's table and hash: the preview's when it read the same file and sheet, else read. */
async function tableOf(file: File, sheet?: string): Promise<{ table: FileTable; hash: string }> {
  post({ kind: 'progress', phase: 'reading', fraction: 0 });
  if (previewed && samePreviewed(file, sheet)) return previewed;
  const bytes = new Uint8Array(await file.arrayBuffer());
  await loadFormat(bytes, file.name);
  const table = readTable(bytes, file.name, {
    sheet,
    onProgress: (f) => post({ kind: 'progress', phase: 'parsing', fraction: f })
  });
  return { table, hash: await sha256(bytes) };
}

async function importFile(req: Extract<WorkerRequest, { kind: 'import' }>) {
  const { table, hash } = await tableOf(req.file, req.sheet);
  previewed = null;
  const result = importColumns(
    table,
    req.mapping,
    req.places,
    req.layerId,
    req.file.name,
    (f) => post({ kind: 'progress', phase: 'mapping', fraction: f }),
    () => post({ kind: 'progress', phase: 'packing', fraction: 0 })
  );
  const { data } = result;
  const meta: LayerMeta = {
    id: req.layerId,
    name: req.name,
    fileName: req.file.name,
    importedAt: new Date().toISOString(),
    count: data.points.count,
    rows: result.rows,
    problems: result.problems.slice(0, MAX_LISTED_PROBLEMS),
    problemCount: result.problems.length,
    counts: result.counts,
    reach: reachOfData(data, req.period),
    problemsFile: result.problems.length
      ? new Blob([problemsCsv(result.problems)], { type: 'text/csv' })
      : undefined,
    fileSize: req.file.size,
    fileHash: hash,
    visible: true
  };
  // The page draws a copy while this one is stored.
  const copy = structuredClone(data);
  const index = timeIndexOf(copy);
  post({ kind: 'table', data: copy, index, meta }, [
    ...transferables(copy),
    ...partsTransferables(index)
  ]);
  post({ kind: 'progress', phase: 'saving', fraction: 0 });
  let notKept: string | undefined;
  try {
    await saveLayer(meta, data);
  } catch (err) {
    notKept = errorMessage(err);
  }
  post({ kind: 'progress', phase: 'saving', fraction: 1 });
  post({ kind: 'done', notKept });
}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  try {
    // Refuse an oversized file before reading it into memory.
    if (req.kind !== 'load') refuseOversized(req.file.name, req.file.size);
    if (req.kind === 'preview') await preview(req);
    else if (req.kind === 'import') await importFile(req);
    else {
      post({ kind: 'progress', phase: 'loading', fraction: 0 });
      const data = await loadEvents(req.layerId);
      const index = timeIndexOf(data);
      post({ kind: 'done', data, index }, [...transferables(data), ...partsTransferables(index)]);
    }
  } catch (err) {
    post({ kind: 'error', message: errorMessage(err) });
  }
};
