/**
 * A lecture in Russian: `geodata/stories/<id>.ru.md` beside `<id>.md`, with the front matter's
 * title, summary and subtitle in Russian and the same scenes in the same order (`## heading`, the
 * caption, `Notes:` and the notes), without ```scene blocks: scene i of the Russian file is scene i
 * of the English one, whose settings it shares.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { AtlasStory } from '../../src/lib/model/story-schema';
import { MAX_ALIASES } from './geodata-file';
import { short, zodProblems } from './problems';
import { checkPair, type RussianReport } from './russian-texts';

const ruFrontSchema = z
  .object({
    id: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string()).optional(),
    title: z.string().min(1),
    summary: z.string().min(1),
    subtitle: z.string().optional(),
    author: z.string().optional()
  })
  .strict();

/** The path of the Russian file of an English lecture. */
export const russianPath = (path: string): string => path.replace(/\.md$/, '.ru.md');

/** Whether a lecture file is a Russian one. */
export const isRussianPath = (path: string): boolean => path.endsWith('.ru.md');

interface RuScene {
  title: string;
  caption: string;
  notes: string;
  line: number;
}

/**
 * Adds the Russian texts of `ru` (a file's text, or undefined where there is none) to `story`, and
 * reports what is missing, repeats the English or changes its numbers.
 */
export function addRussian(
  story: AtlasStory,
  englishPath: string,
  ru: { path: string; text: string } | undefined,
  report: RussianReport
): void {
  if (!ru) {
    report.missing.push({
      file: englishPath,
      id: story.id,
      field: '(Russian)',
      message: `has no Russian lecture ${russianPath(englishPath).split('/').pop()}`
    });
    return;
  }
  const file = ru.path;
  const text = ru.text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!fm) {
    report.problems.push({
      file,
      line: 1,
      field: '(front matter)',
      message: 'must start with --- front matter ---'
    });
    return;
  }
  let raw: unknown;
  try {
    raw = parseYaml(fm[1], { maxAliasCount: MAX_ALIASES, logLevel: 'error' });
  } catch (e) {
    report.problems.push({
      file,
      line: 2,
      field: '(front matter)',
      message: short(e instanceof Error ? e.message.split('\n')[0] : String(e))
    });
    return;
  }
  const head = ruFrontSchema.safeParse(raw);
  if (!head.success) {
    report.problems.push(
      ...zodProblems(head.error, { file, line: 2 }, { whole: '(front matter)', dots: true })
    );
    return;
  }
  const front = head.data;
  const base = { file, line: 2, id: story.id };
  if (front.id !== undefined && front.id !== story.id)
    report.problems.push({ ...base, field: 'id', message: `"${front.id}" is not "${story.id}"` });
  checkPair(story.title, front.title, base, 'title', report);
  checkPair(story.summary, front.summary, base, 'summary', report);
  checkPair(story.subtitle, front.subtitle, base, 'subtitle', report);
  story.titleRu = front.title;
  story.summaryRu = front.summary;
  story.subtitleRu = front.subtitle;

  const scenes = readScenes(text.slice(fm[0].length), fm[0].split('\n').length);
  for (const s of scenes) {
    const block = /```scene\n[\s\S]*?(```|$)/.exec(s.caption);
    if (!block) continue;
    report.problems.push({
      file,
      line: s.line,
      field: `scene "${short(s.title)}"`,
      message: 'has a ```scene block: the settings stay in the English file'
    });
    s.caption = s.caption.replace(block[0], '').trim();
  }
  if (scenes.length !== story.scenes.length)
    report.problems.push({
      file,
      field: '(scenes)',
      message: `has ${scenes.length} scenes but the English lecture has ${story.scenes.length}`
    });
  story.scenes.forEach((en, i) => {
    const s = scenes[i];
    const where = `scene ${i + 1}`;
    if (!s) {
      report.missing.push({ file, id: story.id, field: where, message: 'has no Russian text' });
      return;
    }
    const at = { file, line: s.line, id: story.id };
    checkPair(en.title, s.title, at, `${where}.title`, report);
    checkPair(en.caption, s.caption, at, `${where}.caption`, report);
    checkPair(en.notes, s.notes, at, `${where}.notes`, report);
    en.titleRu = s.title;
    en.captionRu = s.caption;
    if (s.notes) en.notesRu = s.notes;
  });
}

/** The `## ` sections of a Russian lecture's body; `first` is the body's first line. */
function readScenes(body: string, first: number): RuScene[] {
  const starts = [...body.matchAll(/^## /gm)].map((m) => m.index);
  return starts.map((start, k) => {
    const part = body.slice(start + 3, starts[k + 1] ?? body.length);
    const title = part.split('\n')[0].trim();
    const rest = part.slice(part.indexOf('\n') + 1);
    const [caption, ...notes] = rest.split(/^Notes:\s*$/m);
    const line = first + body.slice(0, start).split('\n').length - 1;
    return { title, caption: caption.trim(), notes: notes.join('').trim(), line };
  });
}
