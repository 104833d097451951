/**
 * Parses and validates the lectures in geodata/stories/*.md against the validated data set.
 * Pure: texts in, stories and `Problem`s (file, line, field) out.
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
import type { Problem } from './validate';

const SCENE_BLOCK = /```scene\n([\s\S]*?)```/;

function zodIssues(
  err: { issues: { path: PropertyKey[]; message: string }[] },
  file: string,
  line: number,
  prefix: string
): Problem[] {
  return err.issues.map((i) => ({
    file,
    line,
    field: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(scene)',
    message: i.message
  }));
}

export function parseStories(
  files: { path: string; text: string }[],
  data: AtlasData
): { stories: AtlasStory[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const stories: AtlasStory[] = [];
  const places = new Map(data.places.map((p) => [p.id, p]));
  const events = new Map(data.events.map((e) => [e.id, e]));
  const ids = new Set<string>();

  for (const { path: file, text } of files) {
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
    if (!fm) {
      problems.push({
        file,
        line: 1,
        field: '(front matter)',
        message: 'must start with --- front matter ---'
      });
      continue;
    }
    let front: unknown;
    try {
      front = parseYaml(fm[1]);
    } catch (e) {
      problems.push({
        file,
        line: 2,
        field: '(front matter)',
        message: (e as Error).message.split('\n')[0]
      });
      continue;
    }
    const head = storyFrontSchema.safeParse(front);
    if (!head.success) {
      problems.push(...zodIssues(head.error, file, 2, ''));
      continue;
    }
    if (ids.has(head.data.id))
      problems.push({
        file,
        line: 2,
        field: 'id',
        message: `"${head.data.id}" is used by another story`
      });
    ids.add(head.data.id);

    const body = text.slice(fm[0].length);
    const bodyStart = fm[0].split('\n').length;
    const parts = body.split(/^## /m).slice(1);
    if (parts.length === 0)
      problems.push({ file, field: '(scenes)', message: 'has no "## " scene sections' });
    const scenes: AtlasScene[] = [];
    let offset = body.indexOf('## ');
    for (const part of parts) {
      const line = bodyStart + body.slice(0, offset).split('\n').length - 1;
      offset += part.length + 3;
      const title = part.split('\n')[0].trim();
      const block = SCENE_BLOCK.exec(part);
      const where = `scene "${title}"`;
      if (!block) {
        problems.push({ file, line, field: where, message: 'has no ```scene block' });
        continue;
      }
      let raw: unknown;
      try {
        raw = parseYaml(block[1]);
      } catch (e) {
        problems.push({ file, line, field: where, message: (e as Error).message.split('\n')[0] });
        continue;
      }
      const s = sceneSettingsSchema.safeParse(raw);
      if (!s.success) {
        problems.push(...zodIssues(s.error, file, line, where));
        continue;
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
        continue;
      }
      if (day < data.domain.start || day > data.domain.end)
        problems.push({
          file,
          line,
          field: `${where}.time`,
          message: `${set.time} is outside the atlas's span`
        });
      const points: [number, number][] = [];
      for (const id of set.fit ?? []) {
        const p = places.get(id);
        const e = events.get(id);
        if (p) points.push([p.lon, p.lat]);
        else if (e) points.push([e.lon, e.lat]);
        else
          problems.push({
            file,
            line,
            field: `${where}.fit`,
            message: `"${id}" is neither a place nor an event`
          });
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
      const prose = part.slice(part.indexOf('\n') + 1).replace(SCENE_BLOCK, '');
      const [caption, ...notes] = prose.split(/^Notes:\s*$/m);
      if (!caption.trim())
        problems.push({
          file,
          line,
          field: `${where}.caption`,
          message: 'is empty: the audience needs a caption'
        });
      const bounds: AtlasScene['bounds'] = points.length
        ? [
            Math.min(...points.map((p) => p[0])),
            Math.min(...points.map((p) => p[1])),
            Math.max(...points.map((p) => p[0])),
            Math.max(...points.map((p) => p[1]))
          ]
        : undefined;
      scenes.push({
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
      });
    }
    stories.push({ ...head.data, scenes });
  }
  return { stories, problems };
}
