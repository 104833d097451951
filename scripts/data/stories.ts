/**
 * Parses and validates the lectures in geodata/stories/*.md against the validated data set.
 * Pure: texts in, stories and `Problem`s (file, line, field) out. Never throws.
 */
import { parse as parseYaml } from 'yaml';
import type { AtlasData } from '../../src/lib/model/atlas-data';
import {
  sceneSettingsSchema,
  storyFrontSchema,
  type AtlasScene,
  type AtlasStory
} from '../../src/lib/model/story-schema';
import { dayFromIso } from '../../src/lib/time/days';
import { MAX_ALIASES } from './geodata-file';
import { short, zodProblems, type Problem } from './problems';
import type { RussianReport } from './russian-texts';
import { addRussian, isRussianPath, russianPath } from './story-russian';

/** The first line of a YAML error's message, or the reason a parse ran out of stack. */
const yamlMessage = (e: unknown) =>
  short(e instanceof Error ? e.message.split('\n')[0] : String(e));

/** The first ```scene block of a section: where it starts and ends, and its YAML. */
function sceneBlock(part: string): { start: number; end: number; yaml: string } | null {
  const start = part.indexOf('```scene\n');
  if (start === -1) return null;
  const close = part.indexOf('```', start + 9);
  if (close === -1) return null;
  return { start, end: close + 3, yaml: part.slice(start + 9, close) };
}

interface Lookup {
  data: AtlasData;
  places: Map<string, { lon: number; lat: number }>;
  events: Map<string, { lon: number; lat: number }>;
}

/** One `## ` section (without the `## `) → a scene, or null; its problems go to `problems`. */
function readScene(
  part: string,
  file: string,
  line: number,
  { data, places, events }: Lookup,
  problems: Problem[]
): AtlasScene | null {
  const title = part.split('\n')[0].trim();
  const block = sceneBlock(part);
  const where = `scene "${short(title)}"`;
  if (!block) {
    problems.push({ file, line, field: where, message: 'has no ```scene block' });
    return null;
  }
  let raw: unknown;
  try {
    raw = parseYaml(block.yaml, { maxAliasCount: MAX_ALIASES, logLevel: 'error' });
  } catch (e) {
    problems.push({ file, line, field: where, message: yamlMessage(e) });
    return null;
  }
  const s = sceneSettingsSchema.safeParse(raw);
  if (!s.success) {
    problems.push(
      ...zodProblems(s.error, { file, line }, { prefix: where, whole: '(scene)', dots: true })
    );
    return null;
  }
  const set = s.data;
  const day = dayFromIso(set.time);
  if (day === null) {
    problems.push({
      file,
      line,
      field: `${where}.time`,
      message: `"${set.time}" is not a real date`
    });
    return null;
  }
  if (day < data.domain.start || day > data.domain.end)
    problems.push({
      file,
      line,
      field: `${where}.time`,
      message: `${set.time} is outside the atlas's span`
    });
  let bounds: AtlasScene['bounds'];
  for (const id of set.fit ?? []) {
    const p = places.get(id) ?? events.get(id);
    if (!p) {
      problems.push({
        file,
        line,
        field: `${where}.fit`,
        message: `"${id}" is neither a place nor an event`
      });
      continue;
    }
    const [w, s, e, n] = bounds ?? [p.lon, p.lat, p.lon, p.lat];
    bounds = [Math.min(w, p.lon), Math.min(s, p.lat), Math.max(e, p.lon), Math.max(n, p.lat)];
  }
  for (const id of set.highlight ?? []) {
    if (!events.has(id))
      problems.push({
        file,
        line,
        field: `${where}.highlight`,
        message: `"${id}" is not an event id`
      });
  }
  let animate: AtlasScene['animate'];
  if (set.animate) {
    const from = dayFromIso(set.animate.from);
    if (from === null || from > day)
      problems.push({
        file,
        line,
        field: `${where}.animate.from`,
        message: `${set.animate.from} must be a real date before time`
      });
    else animate = { from, speed: set.animate.speed };
  }
  const rest = part.slice(part.indexOf('\n') + 1);
  const offset = part.length - rest.length;
  const prose =
    block.start >= offset
      ? rest.slice(0, block.start - offset) + rest.slice(block.end - offset)
      : rest.slice(Math.max(0, block.end - offset));
  const [caption, ...notes] = prose.split(/^Notes:\s*$/m);
  if (!caption.trim())
    problems.push({
      file,
      line,
      field: `${where}.caption`,
      message: 'is empty: the audience needs a caption'
    });
  return {
    title,
    day,
    mode: set.mode,
    windowDays: set.window,
    view: set.view,
    bounds,
    types: set.types,
    highlight: set.highlight ?? [],
    animate,
    caption: caption.trim(),
    notes: notes.join('').trim()
  };
}

/**
 * The lectures of `files`, each with its Russian texts from the `<id>.ru.md` beside it. A missing
 * Russian text is listed in `missingRussian`, and is a problem too when `requireRussian`.
 */
export function parseStories(
  allFiles: { path: string; text: string }[],
  data: AtlasData,
  { requireRussian = false }: { requireRussian?: boolean } = {}
): { stories: AtlasStory[]; problems: Problem[]; missingRussian: Problem[] } {
  const problems: Problem[] = [];
  const russian: RussianReport = { problems, missing: [] };
  const files = allFiles.filter((f) => !isRussianPath(f.path));
  const ruFiles = new Map(allFiles.filter((f) => isRussianPath(f.path)).map((f) => [f.path, f]));
  for (const path of ruFiles.keys())
    if (!files.some((f) => russianPath(f.path) === path))
      problems.push({
        file: path,
        field: '(file)',
        message: `has no English lecture ${path
          .replace(/\.ru\.md$/, '.md')
          .split('/')
          .pop()}`
      });
  const stories: AtlasStory[] = [];
  const lookup: Lookup = {
    data,
    places: new Map(data.places.map((p) => [p.id, p])),
    events: new Map(data.events.map((e) => [e.id, e]))
  };
  const ids = new Set<string>();

  for (const file of files) {
    // A BOM and Windows line ends are the editor's, not the story's.
    const text = file.text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
    if (!fm) {
      problems.push({
        file: file.path,
        line: 1,
        field: '(front matter)',
        message: 'must start with --- front matter ---'
      });
      continue;
    }
    let front: unknown;
    try {
      front = parseYaml(fm[1], { maxAliasCount: MAX_ALIASES, logLevel: 'error' });
    } catch (e) {
      problems.push({ file: file.path, line: 2, field: '(front matter)', message: yamlMessage(e) });
      continue;
    }
    const head = storyFrontSchema.safeParse(front);
    if (!head.success) {
      problems.push(
        ...zodProblems(head.error, { file: file.path, line: 2 }, { whole: '(scene)', dots: true })
      );
      continue;
    }
    if (ids.has(head.data.id))
      problems.push({
        file: file.path,
        line: 2,
        field: 'id',
        message: `"${head.data.id}" is used by another story`
      });
    ids.add(head.data.id);

    const body = text.slice(fm[0].length);
    // Each "## " at the start of a line opens a scene; text before the first is not shown.
    const starts = [...body.matchAll(/^## /gm)].map((m) => m.index);
    if (starts.length === 0)
      problems.push({ file: file.path, field: '(scenes)', message: 'has no "## " scene sections' });
    const scenes: AtlasScene[] = [];
    let line = fm[0].split('\n').length; // the body's first line
    let from = 0;
    starts.forEach((start, k) => {
      for (let i = body.indexOf('\n', from); i !== -1 && i < start; i = body.indexOf('\n', i + 1))
        line++;
      from = start;
      const part = body.slice(start + 3, starts[k + 1] ?? body.length);
      const scene = readScene(part, file.path, line, lookup, problems);
      if (scene) scenes.push(scene);
    });
    const story: AtlasStory = { ...head.data, scenes };
    addRussian(story, file.path, ruFiles.get(russianPath(file.path)), russian);
    stories.push(story);
  }
  if (requireRussian) problems.push(...russian.missing);
  return { stories, problems, missingRussian: russian.missing };
}
