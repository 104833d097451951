/**
 * One geodata/events/*.yaml file → its events that pass the schema, each with the line it starts
 * on. A YAML error drops only the event it falls in; every other event of the file is read.
 */
import { parseDocument, isSeq, type Document } from 'yaml';
import { eventSchema, type GeoEvent } from '../../src/lib/model/schema';
import { MAX_ALIASES, type GeodataFile } from './geodata-file';
import { idOf, short, zodProblems, type Problem } from './problems';

/** An event as its file gives it, and where. */
export interface ParsedEvent {
  file: string;
  line?: number;
  event: GeoEvent;
}

/** Offset in `text` → 1-based line, by binary search over the line starts (linear set-up). */
function lineFinder(text: string): (offset: number | undefined) => number | undefined {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    if (offset === undefined) return undefined;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

export function readEventFile(file: GeodataFile, problems: Problem[]): ParsedEvent[] {
  const text = file.text.replace(/^\ufeff/, '');
  const lineOf = lineFinder(text);
  let doc: Document;
  try {
    // logLevel: odd input is reported as problems here, not as warnings on the console.
    doc = parseDocument(text, { prettyErrors: false, logLevel: 'error' });
  } catch (e) {
    problems.push({ file: file.path, field: '(file)', message: `cannot be read: ${String(e)}` });
    return [];
  }
  for (const e of doc.errors) {
    problems.push({
      file: file.path,
      line: lineOf(e.pos[0]),
      field: '(yaml)',
      message: short(e.message.split('\n')[0])
    });
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    if (!doc.errors.length)
      problems.push({
        file: file.path,
        line: 1,
        field: '(file)',
        message: 'must be a YAML list of events'
      });
    return [];
  }
  // Events are read one by one: a YAML error between the start of one and the start of the next
  // (reported above) drops only that one.
  const errorsAt = doc.errors.map((e) => e.pos[0]);
  const items = doc.contents.items as { range?: [number, number, number] }[];
  const out: ParsedEvent[] = [];
  items.forEach((node, index) => {
    const start = node.range?.[0] ?? 0;
    const next = items[index + 1]?.range?.[0] ?? Infinity;
    if (errorsAt.some((p) => p >= start && p < next)) return;
    const line = lineOf(node.range?.[0]);
    let raw: unknown;
    try {
      raw = (node as { toJS(doc: Document, o: object): unknown }).toJS(doc, {
        maxAliasCount: MAX_ALIASES
      });
    } catch (e) {
      // Too many aliases, or nested too deeply for the stack.
      problems.push({
        file: file.path,
        line,
        id: `#${index + 1}`,
        field: '(yaml)',
        message: `cannot be read: ${short(e instanceof Error ? e.message : String(e))}`
      });
      return;
    }
    const id = idOf((raw as { id?: unknown } | null)?.id, `#${index + 1}`);
    const parsed = eventSchema.safeParse(raw);
    if (!parsed.success)
      problems.push(
        ...zodProblems(parsed.error, { file: file.path, line, id }, { whole: '(row)' })
      );
    else out.push({ file: file.path, line, event: parsed.data });
  });
  return out;
}
