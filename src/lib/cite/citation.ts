/**
 * "Cite this view": a permalink with a Chicago-style and a BibTeX citation naming the data
 * version, and the sources (with paragraphs) behind the events shown.
 */
import type { AtlasEvent, AtlasSource } from '$lib/model/atlas-data';
import { MONTHS } from '$lib/time/format';

export interface ViewCitation {
  /** The permalink of the view. */
  url: string;
  /** What the view shows, e.g. "events of 7 March 1921, last 30 days". */
  description: string;
  dataVersion: string;
  /** When it was looked at (the reader's "accessed" date). */
  accessed: Date;
}

export const ATLAS_TITLE = 'Revolution Atlas 1905–1921';

export function chicago(c: ViewCitation): string {
  const d = c.accessed;
  const accessed = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
  return `${ATLAS_TITLE}. “${c.description.charAt(0).toUpperCase()}${c.description.slice(1)}.” Interactive map, data version ${c.dataVersion}. Accessed ${accessed}. ${c.url}.`;
}

const bibEscape = (s: string) => s.replace(/([{}%&#_$])/g, '\\$1');

export function bibtex(c: ViewCitation): string {
  const d = c.accessed;
  const iso = d.toISOString().slice(0, 10);
  const key = `revolutionatlas-${c.dataVersion}-${iso.replace(/-/g, '')}`;
  return [
    `@misc{${key},`,
    `  title        = {{${bibEscape(ATLAS_TITLE)}}: ${bibEscape(c.description)}},`,
    `  howpublished = {\\url{${c.url}}},`,
    `  note         = {Interactive map, data version ${bibEscape(c.dataVersion)}; accessed ${iso}},`,
    `  year         = {${d.getUTCFullYear()}}`,
    `}`
  ].join('\n');
}

export interface SourceUse {
  source: AtlasSource;
  /** Paragraph (line) numbers cited by the events, ascending. */
  lines: number[];
  events: number;
}

/** The sources behind `events`, each with the paragraphs cited, most used first. */
export function sourcesBehind(
  events: readonly AtlasEvent[],
  sources: readonly AtlasSource[]
): SourceUse[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const uses = new Map<string, { lines: Set<number>; events: Set<string> }>();
  for (const e of events) {
    for (const s of e.sources) {
      if (!byId.has(s.source)) continue;
      const u = uses.get(s.source) ?? { lines: new Set(), events: new Set() };
      u.lines.add(s.line);
      u.events.add(e.id);
      uses.set(s.source, u);
    }
  }
  return [...uses.entries()]
    .map(([id, u]) => ({
      source: byId.get(id)!,
      lines: [...u.lines].sort((a, b) => a - b),
      events: u.events.size
    }))
    .sort((a, b) => b.events - a.events || a.source.id.localeCompare(b.source.id));
}

/** A source as a Chicago bibliography entry. */
export function chicagoSource(s: AtlasSource): string {
  return `${s.author}. ${s.title}.${s.publisher ? ` ${s.publisher},` : ''} ${s.year}.`;
}
