/**
 * The import worker: reads, parses and maps a file off the main thread, saves the layer in
 * IndexedDB, and sends the events back in chunks small enough not to block the page.
 */
import { errorMessage } from '$lib/error-message';
import type { AtlasEvent, AtlasPlace } from '$lib/model/atlas-data';
import type { ColumnMapping } from './mapping';
import { refuseOversized } from './limits';
import { importTable, previewTable, readTable } from './run-import';
import { loadEvents, saveLayer, type LayerMeta } from './store';

export type WorkerRequest =
  | { kind: 'preview'; file: File }
  | {
      kind: 'import';
      file: File;
      mapping: ColumnMapping;
      places: AtlasPlace[];
      layerId: string;
      name: string;
    }
  | { kind: 'load'; layerId: string };

export type WorkerReply =
  | { kind: 'preview'; preview: ReturnType<typeof previewTable> }
  | {
      kind: 'progress';
      phase: 'reading' | 'parsing' | 'mapping' | 'saving' | 'sending';
      fraction: number;
    }
  | { kind: 'chunk'; events: AtlasEvent[] }
  | { kind: 'done'; meta?: LayerMeta }
  | { kind: 'error'; message: string };

/** Events per message: 2k keeps each structured clone (and the GC after it) on the page well under 50 ms. */
export const CHUNK = 2_000;
/** Problems kept in full; beyond these only the count. */
const MAX_LISTED_PROBLEMS = 1000;

const post = (m: WorkerReply) => (self as unknown as Worker).postMessage(m);

function send(events: AtlasEvent[]) {
  for (let i = 0; i < events.length; i += CHUNK) {
    post({ kind: 'chunk', events: events.slice(i, i + CHUNK) });
    post({
      kind: 'progress',
      phase: 'sending',
      fraction: Math.min(1, (i + CHUNK) / events.length)
    });
  }
}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  try {
    // Refuse an oversized file before reading it into memory.
    if (req.kind !== 'load') refuseOversized(req.file.name, req.file.size);
    if (req.kind === 'preview') {
      post({
        kind: 'preview',
        preview: previewTable(new Uint8Array(await req.file.arrayBuffer()), req.file.name)
      });
    } else if (req.kind === 'import') {
      post({ kind: 'progress', phase: 'reading', fraction: 0 });
      const bytes = new Uint8Array(await req.file.arrayBuffer());
      const table = readTable(bytes, req.file.name, (f) =>
        post({ kind: 'progress', phase: 'parsing', fraction: f })
      );
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
        visible: true
      };
      post({ kind: 'progress', phase: 'saving', fraction: 0 });
      try {
        await saveLayer(meta, result.events);
      } catch (err) {
        post({
          kind: 'error',
          message: `imported, but could not be kept for the next visit: ${errorMessage(err)}`
        });
      }
      send(result.events);
      post({ kind: 'done', meta });
    } else {
      send(await loadEvents(req.layerId));
      post({ kind: 'done' });
    }
  } catch (err) {
    post({ kind: 'error', message: errorMessage(err) });
  }
};
