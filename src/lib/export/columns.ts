/**
 * The event fields that are lists, as one CSV cell each, and back. Each pair is exact:
 * `parseX(formatX(x))` gives `x` again. A cell is written in a short form a reader of the
 * spreadsheet can read and edit whenever the value allows it, and as JSON (a cell starting with
 * `[`) when it does not; the parsers read both, and read the short form leniently (spaces around
 * separators, commas between citations) so that hand-edited cells import.
 *
 * - actors: `Petrograd Soviet | Kronstadt sailors`. An actor containing `|`, with spaces at its
 *   ends, empty, or a first actor starting with `[` makes the cell JSON: `["a|b","c"]`.
 * - casualties: `~100 killed (tabor-2017:229); 500 arrested (anarwiki-failures:125)`: `~` for
 *   approximate, `?` for a toll without a number, the source and its line in brackets. A toll
 *   with a note or a text, an explicit `approximate: false`, or a kind or source that would
 *   break the form (brackets, `;`, `:` in a source) makes the cell JSON.
 * - sources: `guerin-1970:120 tabor-2017:33`, when each citation has only a source and a line;
 *   otherwise JSON. A citation's New Style `start`/`end` are not written: they follow from its
 *   `date` and `calendar` and are worked out again on reading, as the data build does.
 * - provenance: an imported event's first citation `import:<file>` with its row becomes the
 *   `file` and `row` columns, so that a re-import keeps the file and row the event came from.
 */
import type { AtlasCasualty, AtlasCitation } from '$lib/model/atlas-data';
import type { Calendar } from '$lib/time/days';
import { resolveSourceDate } from '$lib/time/source-date';

/** Between actors in the short form. */
export const ACTOR_SEPARATOR = ' | ';
/** Between tolls in the short form. */
export const CASUALTY_SEPARATOR = '; ';
/** The source prefix `readRow` gives an imported event's citation of its file. */
export const IMPORT_SOURCE = 'import:';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A cell's JSON list, or a message saying why it is not one. */
function readJsonList(cell: string): Json[] | string {
  let value: Json;
  try {
    value = JSON.parse(cell) as Json;
  } catch (e) {
    return `is not valid JSON (${(e as Error).message})`;
  }
  return Array.isArray(value) ? value : 'is JSON but not a list';
}

const isObject = (v: Json): v is { [key: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isLine = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;

/** A value quoted for a message, cut short if long. */
function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/** Keys of `o` whose value is defined. */
const definedKeys = (o: object) =>
  Object.entries(o)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);

// ---------------------------------------------------------------------------------------------
// Actors

/** Actors as one cell: joined with ` | `, or JSON when an actor would not survive the join. */
export function formatActors(actors: readonly string[]): string {
  if (actors.length === 0) return '';
  const plain =
    !actors[0].startsWith('[') &&
    actors.every((a) => a !== '' && a === a.trim() && !a.includes('|'));
  return plain ? actors.join(ACTOR_SEPARATOR) : JSON.stringify(actors);
}

/**
 * A cell of actors: a JSON list of strings, or names separated by `|` (each trimmed, empty ones
 * dropped). Never fails: a cell that is not a JSON list of strings is read as names.
 */
export function parseActors(cell: string): string[] {
  const v = cell.trim();
  if (v === '') return [];
  if (v.startsWith('[')) {
    const json = readJsonList(v);
    if (typeof json !== 'string' && json.every((a) => typeof a === 'string'))
      return json as string[];
  }
  return v
    .split('|')
    .map((a) => a.trim())
    .filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Casualties

/** A source id the short forms can carry: no spaces, brackets, separators or colon. */
const SHORT_SOURCE = /^[^\s:;,()[\]"]+$/;
/** A kind of toll the short form can carry: no brackets or `;`, no spaces at its ends. */
const SHORT_KIND = /^[^\s;()][^;()\r\n]*$/;
const CASUALTY_KEYS = new Set(['count', 'kind', 'source', 'line', 'approximate']);
const SHORT_CASUALTY = /^(~?)(\d+|\?)\s+(.+?)\s*\(\s*([^\s:;,()[\]"]+)(?:\s*:\s*(\d+))?\s*\)$/;

function shortCasualty(c: AtlasCasualty): string | null {
  if (!definedKeys(c).every((k) => CASUALTY_KEYS.has(k))) return null;
  if (c.approximate === false) return null;
  if (c.count !== null && !isCount(c.count)) return null;
  if (!SHORT_KIND.test(c.kind) || c.kind !== c.kind.trimEnd()) return null;
  if (!SHORT_SOURCE.test(c.source)) return null;
  if (c.line !== undefined && !isLine(c.line)) return null;
  const line = c.line === undefined ? '' : `:${c.line}`;
  return `${c.approximate ? '~' : ''}${c.count ?? '?'} ${c.kind} (${c.source}${line})`;
}

/** Tolls as one cell: `~100 killed (tabor-2017:229); …`, or JSON when one needs more. */
export function formatCasualties(casualties: readonly AtlasCasualty[]): string {
  if (casualties.length === 0) return '';
  const short = casualties.map(shortCasualty);
  return short.every((s) => s !== null)
    ? short.join(CASUALTY_SEPARATOR)
    : JSON.stringify(casualties);
}

/** A toll's texts beyond its `text` and `note`: what it covers, and the Russian. */
const TOLL_TEXTS = ['covers', 'text_ru', 'note_ru', 'covers_ru'] as const;
const TOLL_KEYS: string[] = [
  'count',
  'text',
  'kind',
  'source',
  'line',
  'approximate',
  'note',
  ...TOLL_TEXTS
];

function casualtyFromJson(v: Json, i: number): AtlasCasualty | string {
  const at = `toll ${i + 1}`;
  if (!isObject(v)) return `${at} is not an object`;
  for (const k of Object.keys(v))
    if (!TOLL_KEYS.includes(k)) return `${at} has an unknown field "${k}"`;
  const { count = null, text, kind, source, line, approximate, note } = v;
  if (count !== null && !isCount(count)) return `${at}: count must be a whole number ≥ 0 or null`;
  if (typeof kind !== 'string' || kind === '') return `${at}: kind must be a non-empty text`;
  if (typeof source !== 'string' || source === '') return `${at}: source must be a non-empty text`;
  if (line !== undefined && !isLine(line)) return `${at}: line must be a whole number ≥ 1`;
  if (approximate !== undefined && typeof approximate !== 'boolean')
    return `${at}: approximate must be true or false`;
  if (text !== undefined && typeof text !== 'string') return `${at}: text must be a text`;
  if (note !== undefined && typeof note !== 'string') return `${at}: note must be a text`;
  for (const k of TOLL_TEXTS)
    if (v[k] !== undefined && typeof v[k] !== 'string') return `${at}: ${k} must be a text`;
  const c: AtlasCasualty = { count, kind, source };
  if (text !== undefined) c.text = text;
  if (line !== undefined) c.line = line;
  if (approximate !== undefined) c.approximate = approximate;
  if (note !== undefined) c.note = note;
  for (const k of TOLL_TEXTS) if (v[k] !== undefined) c[k] = v[k] as string;
  return c;
}

/**
 * A cell of tolls, or a message saying what is wrong with it. Reads JSON (a list of objects with
 * `count`, `kind`, `source` and optionally `line`, `approximate`, `text`, `note`) or the short
 * form `[~]N kind (source[:line])` separated by `;`.
 */
export function parseCasualties(cell: string): AtlasCasualty[] | string {
  const v = cell.trim();
  if (v === '') return [];
  if (/^[[{]/.test(v)) {
    const json = readJsonList(v);
    if (typeof json === 'string') return json;
    const out: AtlasCasualty[] = [];
    for (const [i, item] of json.entries()) {
      const c = casualtyFromJson(item, i);
      if (typeof c === 'string') return c;
      out.push(c);
    }
    return out;
  }
  const out: AtlasCasualty[] = [];
  for (const part of v.split(';')) {
    const item = part.trim();
    if (item === '') continue;
    const m = SHORT_CASUALTY.exec(item);
    if (!m) return `${quote(item)} is not a toll like "12 killed (source:line)"`;
    const [, approx, n, kind, source, line] = m;
    const count = n === '?' ? null : Number(n);
    if (count !== null && !Number.isSafeInteger(count)) return `${quote(n)} is too large a count`;
    const c: AtlasCasualty = { count, kind, source };
    if (line !== undefined) {
      if (!isLine(Number(line))) return `${quote(item)}: line must be a whole number ≥ 1`;
      c.line = Number(line);
    }
    if (approx) c.approximate = true;
    out.push(c);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sources

/** A citation as written: its New Style days are left out (they follow from its date). */
export type WrittenCitation = Omit<AtlasCitation, 'start' | 'end'>;

/** The citation without its derived days, its fields in the data's order. */
export function writtenCitation(c: AtlasCitation): WrittenCitation {
  const out: WrittenCitation = { source: c.source, line: c.line };
  if (c.date !== undefined) out.date = c.date;
  if (c.calendar !== undefined) out.calendar = c.calendar;
  if (c.note !== undefined) out.note = c.note;
  if (c.note_ru !== undefined) out.note_ru = c.note_ru;
  return out;
}

/** Has the citation a source and a line and nothing else? */
const onlySourceAndLine = (c: AtlasCitation) =>
  definedKeys(c).every((k) => k === 'source' || k === 'line') && isLine(c.line);

/** Can the short form `source:line` carry the citation? */
const isShortCitation = (c: AtlasCitation) =>
  onlySourceAndLine(c) && /^[^\s,;[\]{"][^\s,;"]*$/.test(c.source);

/** Citations as one cell: `source:line …` when each has only those, or else JSON. */
export function formatSources(sources: readonly AtlasCitation[]): string {
  if (sources.length === 0) return '';
  return sources.every(isShortCitation)
    ? sources.map((c) => `${c.source}:${c.line}`).join(' ')
    : JSON.stringify(sources.map(writtenCitation));
}

/**
 * A citation read from JSON with its date resolved to New Style days, as the data build does
 * (`compactCitation` in scripts/data/join.ts): in its own calendar, else the event's.
 */
function citationFromJson(v: Json, i: number, calendar: Calendar): AtlasCitation | string {
  const at = `citation ${i + 1}`;
  if (!isObject(v)) return `${at} is not an object`;
  for (const k of Object.keys(v))
    if (!['source', 'line', 'date', 'calendar', 'note', 'note_ru', 'start', 'end'].includes(k))
      return `${at} has an unknown field "${k}"`;
  const { source, line, date, calendar: own, note, note_ru } = v;
  if (typeof source !== 'string' || source === '') return `${at}: source must be a non-empty text`;
  if (!isLine(line)) return `${at}: line must be a whole number ≥ 1`;
  if (date !== undefined && typeof date !== 'string') return `${at}: date must be a text`;
  if (own !== undefined && own !== 'julian' && own !== 'gregorian')
    return `${at}: calendar must be julian or gregorian`;
  if (note !== undefined && typeof note !== 'string') return `${at}: note must be a text`;
  if (note_ru !== undefined && typeof note_ru !== 'string') return `${at}: note_ru must be a text`;
  const c: AtlasCitation = { source, line };
  if (date !== undefined) c.date = date;
  if (date) c.calendar = own ?? calendar;
  if (note !== undefined) c.note = note;
  if (note_ru !== undefined) c.note_ru = note_ru;
  if (date !== undefined) {
    const span = resolveSourceDate(date, own ?? calendar);
    if (typeof span !== 'string') {
      c.start = span.start;
      c.end = span.end;
    }
  }
  return c;
}

/**
 * A cell of citations, or a message saying what is wrong with it: JSON (a list of objects with
 * `source`, `line` and optionally `date`, `calendar`, `note`), or `source:line` items separated
 * by spaces, commas or semicolons. `calendar` is the event's, for cited dates that name none.
 */
export function parseSources(
  cell: string,
  calendar: Calendar = 'gregorian'
): AtlasCitation[] | string {
  const v = cell.trim();
  if (v === '') return [];
  if (/^[[{]/.test(v)) {
    const json = readJsonList(v);
    if (typeof json === 'string') return json;
    const out: AtlasCitation[] = [];
    for (const [i, item] of json.entries()) {
      const c = citationFromJson(item, i, calendar);
      if (typeof c === 'string') return c;
      out.push(c);
    }
    return out;
  }
  const out: AtlasCitation[] = [];
  for (const item of v.split(/[\s,;]+/)) {
    if (item === '') continue;
    const m = /^(.+):(\d+)$/.exec(item);
    if (!m || !isLine(Number(m[2])))
      return `${quote(item)} is not a citation like "source:line" (line a whole number ≥ 1)`;
    out.push({ source: m[1], line: Number(m[2]) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Provenance of imported events

/** An event's citations split into the file and row it was imported from, and the others. */
export interface Provenance {
  /** The imported file's name, or '' for an event not imported. */
  file: string;
  /** Its 1-based row in that file, or null. */
  row: number | null;
  sources: AtlasCitation[];
}

/** The first citation, when it is an import's `import:<file>` with a row and nothing else. */
export function splitProvenance(sources: readonly AtlasCitation[]): Provenance {
  const [first, ...rest] = sources;
  if (
    first !== undefined &&
    first.source.length > IMPORT_SOURCE.length &&
    first.source.startsWith(IMPORT_SOURCE) &&
    onlySourceAndLine(first)
  )
    return { file: first.source.slice(IMPORT_SOURCE.length), row: first.line, sources: rest };
  return { file: '', row: null, sources: [...sources] };
}

/** `splitProvenance` undone: the import's citation first, then the others. */
export function joinProvenance({ file, row, sources }: Provenance): AtlasCitation[] {
  if (file === '' || row === null) return [...sources];
  return [{ source: `${IMPORT_SOURCE}${file}`, line: row }, ...sources];
}
