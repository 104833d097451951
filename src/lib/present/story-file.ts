/**
 * A lecture's Markdown file (the format of geodata/stories/README.md) ⇄ the lecture as the editor
 * holds it. `readStoryFile` is the one reader of the format: `npm run check:data` reads the
 * repository's lectures with it (scripts/data/stories.ts), and the editor imports with it.
 * `writeStoryFile` writes the canonical form of a lecture, so that a file it wrote reads back
 * into the same lecture and writes again to the same bytes.
 *
 * Pure, with relative imports only: the build's scripts run it under Node.
 */
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { z } from 'zod';
import { sceneSettingsSchema, storyFrontSchema, type SceneSettings } from '../model/story-schema';
import { short, zodProblems, type Problem } from '../model/problems';

/** YAML aliases allowed in a lecture's front matter or scene block (as in the data files). */
const MAX_ALIASES = 100;

export type StoryFront = z.infer<typeof storyFrontSchema>;

/** One scene as its section of the file holds it. */
export interface StoryFileScene {
  title: string;
  settings: SceneSettings;
  caption: string;
  notes: string;
}

/** A lecture as its file holds it. */
export interface StoryFile {
  front: StoryFront;
  scenes: StoryFileScene[];
  /**
   * Events carried with the lecture, as the atlas's CSV export (LF line ends, no byte order
   * mark): the fenced ```` ```atlas-events ```` block before the first scene.
   */
  events?: string;
}

/** What reading a file gave: the lecture (null when its front matter is unusable) and problems. */
export interface ReadStory {
  story: StoryFile | null;
  /** The line of each kept scene's `## ` heading, in order. */
  lines: number[];
  /** The line of the events block's opening fence, when there is one. */
  eventsLine?: number;
  problems: Problem[];
}

/** The info string that marks the block of carried events. */
export const EVENTS_BLOCK = 'atlas-events';

/** The first line of a YAML error's message, or the reason a parse ran out of stack. */
const yamlMessage = (e: unknown) =>
  short(e instanceof Error ? e.message.split('\n')[0] : String(e));

const parseYamlText = (text: string) =>
  parseYaml(text, { maxAliasCount: MAX_ALIASES, logLevel: 'error' }) as unknown;

/** The ```scene block of a section (the first line that opens one): where it is, and its YAML. */
function sceneBlock(part: string): { start: number; end: number; yaml: string } | null {
  const open = /^```scene\n/m.exec(part);
  if (!open) return null;
  const start = open.index;
  const close = part.indexOf('```', start + 9);
  if (close === -1) return null;
  return { start, end: close + 3, yaml: part.slice(start + 9, close) };
}

/** Counts the line ends in `text` before `end`. */
function linesBefore(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The block of carried events at the start of the body (after blank lines only): its content,
 * and the body with the block blanked out (its line ends kept, so line numbers stay right).
 */
function eventsBlock(
  body: string,
  file: string,
  firstLine: number,
  problems: Problem[]
): { body: string; events?: string; line?: number } {
  const open = new RegExp(`^(\\n*)(\`{3,})${EVENTS_BLOCK}[ \\t]*\\n`).exec(body);
  if (!open) return { body };
  const line = firstLine + open[1].length;
  const fence = open[2];
  const from = open[0].length;
  const closeRe = new RegExp(`\\n${fence}(?!\`)[ \\t]*(?=\\n|$)`, 'g');
  closeRe.lastIndex = from - 1;
  const close = closeRe.exec(body);
  if (!close) {
    problems.push({
      file,
      line,
      field: EVENTS_BLOCK,
      message: `the block is not closed by a line ${fence}`
    });
    return { body };
  }
  const end = close.index + close[0].length;
  const events = body.slice(from, close.index);
  const blank = body.slice(0, end).replace(/[^\n]/g, '');
  return { body: blank + body.slice(end), events: events === '' ? undefined : events, line };
}

/** One `## ` section (without the `## `) → a scene, or null; its problems go to `problems`. */
function readSection(
  part: string,
  file: string,
  line: number,
  problems: Problem[]
): StoryFileScene | null {
  const title = part.split('\n')[0].trim();
  const block = sceneBlock(part);
  const where = `scene "${short(title)}"`;
  if (!block) {
    problems.push({ file, line, field: where, message: 'has no ```scene block' });
    return null;
  }
  let raw: unknown;
  try {
    raw = parseYamlText(block.yaml);
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
  const rest = part.slice(part.indexOf('\n') + 1);
  const offset = part.length - rest.length;
  const prose =
    block.start >= offset
      ? rest.slice(0, block.start - offset) + rest.slice(block.end - offset)
      : rest.slice(Math.max(0, block.end - offset));
  const [caption, ...notes] = prose.split(/^Notes:\s*$/m);
  return { title, settings: s.data, caption: caption.trim(), notes: notes.join('').trim() };
}

/**
 * Reads a lecture's file. Never throws: what cannot be used is reported with the file (`path`),
 * the line and the field, and left out (a scene whose block is bad is dropped).
 */
export function readStoryFile(input: string, path: string): ReadStory {
  const problems: Problem[] = [];
  // A BOM and Windows line ends are the editor's, not the story's.
  const text = input.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const none = (p: Problem): ReadStory => ({ story: null, lines: [], problems: [p] });
  if (!fm)
    return none({
      file: path,
      line: 1,
      field: '(front matter)',
      message: 'must start with --- front matter ---'
    });
  let front: unknown;
  try {
    front = parseYamlText(fm[1]);
  } catch (e) {
    return none({ file: path, line: 2, field: '(front matter)', message: yamlMessage(e) });
  }
  const head = storyFrontSchema.safeParse(front);
  if (!head.success)
    return {
      story: null,
      lines: [],
      problems: zodProblems(head.error, { file: path, line: 2 }, { whole: '(scene)', dots: true })
    };

  const bodyLine = fm[0].split('\n').length; // the body's first line
  const carried = eventsBlock(text.slice(fm[0].length), path, bodyLine, problems);
  const body = carried.body;
  // Each "## " at the start of a line opens a scene; text before the first is not shown.
  const starts = [...body.matchAll(/^## /gm)].map((m) => m.index);
  if (starts.length === 0)
    problems.push({ file: path, field: '(scenes)', message: 'has no "## " scene sections' });
  const scenes: StoryFileScene[] = [];
  const lines: number[] = [];
  starts.forEach((start, k) => {
    const line = bodyLine + linesBefore(body, start);
    const part = body.slice(start + 3, starts[k + 1] ?? body.length);
    const scene = readSection(part, path, line, problems);
    if (scene) {
      scenes.push(scene);
      lines.push(line);
    }
  });
  const story: StoryFile = { front: head.data, scenes };
  if (carried.events !== undefined) story.events = carried.events;
  return { story, lines, eventsLine: carried.line, problems };
}

/** Line ends as the file has them: `\n` (the reader turns CR LF and CR into it). */
const lineEnds = (s: string) => s.replace(/\r\n?|\u2028|\u2029/g, '\n');

/**
 * A caption's or notes' line that the reader would take for structure (a scene's heading, the
 * `Notes:` line) gets a backslash before it, which Markdown does not show.
 */
const escapeLine = (line: string) => (/^(## |Notes:\s*$)/.test(line) ? `\\${line}` : line);

function prose(text: string): string {
  return lineEnds(text).trim().split('\n').map(escapeLine).join('\n');
}

/** A scene's title: one line, trimmed; a title that would open the scene block is escaped. */
function titleLine(title: string): string {
  const t = lineEnds(title).replace(/\n/g, ' ').trim();
  return /^```scene\s*$/.test(t) ? `\\${t}` : t;
}

/** The number as written and read back (no negative zero). */
const num = (n: number) => (n === 0 ? 0 : n);

/**
 * The lecture in its canonical form: what `writeStoryFile` writes and `readStoryFile` reads back
 * from it. Texts have `\n` line ends; titles are one trimmed line; captions and notes are trimmed,
 * with the lines the reader would take for structure escaped; settings have their defaults, no
 * empty list of highlights and no negative zeros; the events end without a blank line.
 */
export function normalizeStory(story: StoryFile): StoryFile {
  const front = Object.fromEntries(
    Object.entries(story.front)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, lineEnds(String(v))])
  ) as StoryFront;
  const events = story.events
    ?.replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n+$/, '');
  const out: StoryFile = {
    front,
    scenes: story.scenes.map((s) => ({
      title: titleLine(s.title),
      settings: normalizeSettings(s.settings),
      caption: prose(s.caption),
      notes: prose(s.notes)
    }))
  };
  if (events) out.events = events;
  return out;
}

function normalizeSettings(s: SceneSettings): SceneSettings {
  const out: SceneSettings = {
    time: s.time,
    mode: s.mode ?? 'window',
    window: num(s.window ?? 30)
  };
  if (s.view)
    out.view = { center: [num(s.view.center[0]), num(s.view.center[1])], zoom: num(s.view.zoom) };
  if (s.fit) out.fit = [...s.fit];
  if (s.types) out.types = [...s.types];
  if (s.highlight?.length) out.highlight = [...s.highlight];
  if (s.animate) out.animate = { from: s.animate.from, speed: num(s.animate.speed) };
  if (s.atlas) out.atlas = s.atlas;
  return out;
}

/**
 * A string as a YAML double-quoted scalar: JSON's string, with backticks escaped (so that no run of
 * them can close the scene block) and the characters YAML does not allow raw escaped.
 */
const quoted = (v: string) =>
  JSON.stringify(v).replace(
    /[`\x7f-\x84\x86-\x9f\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  );

/** A string as a YAML scalar: as YAML writes it on one line where it reads back the same, else quoted. */
function scalar(v: string): string {
  if (!/[`\n\r]/.test(v)) {
    const plain = stringifyYaml(v, { lineWidth: 0 }).replace(/\n$/, '');
    try {
      if (!plain.includes('\n') && !/^[|>]/.test(plain) && parseYamlText(plain) === v) return plain;
    } catch {
      // quoted below
    }
  }
  return quoted(v);
}

const list = (vs: readonly string[]) => `[${vs.map(scalar).join(', ')}]`;

/** The scene block's YAML, one setting a line, in the order of the README. */
function settingsYaml(s: SceneSettings): string {
  const lines = [`time: ${scalar(s.time)}`, `mode: ${s.mode}`, `window: ${s.window}`];
  if (s.view)
    lines.push(
      `view: { center: [${s.view.center[0]}, ${s.view.center[1]}], zoom: ${s.view.zoom} }`
    );
  if (s.fit) lines.push(`fit: ${list(s.fit)}`);
  if (s.types) lines.push(`types: ${list(s.types)}`);
  if (s.highlight) lines.push(`highlight: ${list(s.highlight)}`);
  if (s.animate)
    lines.push(`animate: { from: ${scalar(s.animate.from)}, speed: ${s.animate.speed} }`);
  if (s.atlas !== undefined) lines.push(`atlas: ${quoted(s.atlas)}`);
  return lines.join('\n') + '\n';
}

const FRONT_KEYS = ['id', 'title', 'summary', 'subtitle', 'author', 'lang'] as const;

/** The fence for a block: a run of backticks longer than any inside it (three at least). */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/**
 * The lecture as its Markdown file, in canonical form (see `normalizeStory`): front matter, the
 * carried events' block if any, then a `## ` section per scene with its block, caption and notes.
 */
export function writeStoryFile(input: StoryFile): string {
  const story = normalizeStory(input);
  let out = '---\n';
  for (const k of FRONT_KEYS)
    if (story.front[k] !== undefined) out += `${k}: ${scalar(story.front[k]!)}\n`;
  out += '---\n';
  if (story.events !== undefined) {
    const fence = fenceFor(story.events);
    out += `\n${fence}${EVENTS_BLOCK}\n${story.events}\n${fence}\n`;
  }
  for (const s of story.scenes) {
    out += `\n## ${s.title}\n\n\`\`\`scene\n${settingsYaml(s.settings)}\`\`\`\n`;
    if (s.caption) out += `\n${s.caption}\n`;
    if (s.notes) out += `\nNotes:\n${s.notes}\n`;
  }
  return out;
}
