/**
 * Lectures in and out of the browser: a file the lecturer opens (the repository's Markdown story
 * file, or a StoryMapJS JSON) read into a lecture; the events a lecture carries read back through
 * the atlas's CSV import; a kept lecture checked and turned into the story the lecture page shows.
 */
import Papa from 'papaparse';
import { readEventRow } from '$lib/export/csv';
import type { AtlasData, AtlasEvent } from '$lib/model/atlas-data';
import { formatProblem } from '$lib/model/problems';
import type { AtlasStory } from '$lib/model/story-schema';
import { EventTable } from '$lib/model/event-table';
import type { ImportedLayer } from '$lib/state/atlas-state.svelte';
import { lectureFromStoryMap } from './storymap-lecture';
import { readStoryFile, writeStoryFile, type StoryFile } from './story-file';
import { storyOf } from './story-scenes';

export interface OpenedLecture {
  file: StoryFile;
  /** What was reported while reading: file, line and field, or slide by slide. */
  notes: string[];
}

/**
 * A file's text as a lecture, or why it is not one: JSON is read as a StoryMapJS story map,
 * anything else as a lecture's Markdown file.
 */
export function openLectureFile(
  text: string,
  name: string,
  period: { start: number; end: number },
  home: { center: [number, number]; zoom: number }
): OpenedLecture | string {
  const body = text.replace(/^\ufeff/, '');
  if (/^\s*[{[]/.test(body)) {
    let doc: unknown;
    try {
      doc = JSON.parse(body);
    } catch (e) {
      return `${name} is not JSON: ${e instanceof Error ? e.message : String(e)}`;
    }
    return lectureFromStoryMap(doc, name, period, home);
  }
  const read = readStoryFile(body, name);
  if (!read.story)
    return `${name} is not a lecture file: ${read.problems.map(formatProblem).join('; ')}`;
  return { file: read.story, notes: read.problems.map(formatProblem) };
}

/** The events a lecture carries, read by the atlas's CSV import; each row it cannot read is said. */
export function carriedEvents(
  csv: string,
  name: string
): { events: AtlasEvent[]; problems: string[] } {
  const { data } = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true });
  const [header = [], ...rows] = data;
  const events: AtlasEvent[] = [];
  const problems: string[] = [];
  rows.forEach((row, i) => {
    const r = readEventRow(header, row);
    if (r.event) events.push(r.event);
    else
      for (const p of r.problems)
        problems.push(`${name}, carried events row ${i + 2}, ${p.field}: ${p.message}`);
  });
  return { events, problems };
}

/** A lecture's carried events as a layer for the map (not kept with the atlas's own imports). */
export function carriedLayer(csv: string, name: string): ImportedLayer | null {
  const { events, problems } = carriedEvents(csv, name);
  if (!events.length) return null;
  return {
    meta: {
      id: `lecture:${name}`,
      name,
      fileName: `${name}.md`,
      importedAt: '',
      count: events.length,
      rows: events.length + problems.length,
      problems: [],
      problemCount: problems.length,
      visible: true
    },
    table: EventTable.of([...events].sort((a, b) => a.start - b.start)),
    notKept: 'carried by the lecture'
  };
}

/**
 * A kept lecture as the lecture page shows it: written to its file and read back, so that what is
 * presented is what the file says, and checked against the data. The story's id is `id`.
 */
export function storyOfLecture(
  file: StoryFile,
  id: string,
  data: Pick<AtlasData, 'domain' | 'places' | 'events'>
): { story: AtlasStory | null; problems: string[] } {
  const name = `${file.front.id}.md`;
  const { story, problems } = storyOf(readStoryFile(writeStoryFile(file), name), name, data);
  return { story: story && { ...story, id }, problems: problems.map(formatProblem) };
}
