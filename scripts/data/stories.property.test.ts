/**
 * Property tests of the story (lecture) parser on generated Markdown: good scenes mixed with bad
 * ones (each with the line and field it must be reported under), bad front matter, Windows line
 * ends and BOMs, then damaged files and noise. parseStories must never throw, must report every
 * bad scene at its heading, and must keep every good scene in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ok, RUNS, TIMEOUT } from '../../src/lib/testing/property';
import type { AtlasData } from '../../src/lib/model/atlas-data';
import { dayFromYmd, isoFromDay } from '../../src/lib/time/days';
import { parseStories } from './stories';
import { formatProblem, type Problem } from './problems';

const SEED = 1918;

const DOMAIN = { start: dayFromYmd(1905, 1, 1), end: dayFromYmd(1921, 12, 31) };
const data = {
  domain: DOMAIN,
  places: [
    { id: 'kronstadt', lon: 29.77, lat: 59.99 },
    { id: 'petrograd', lon: 30.31, lat: 59.94 }
  ],
  events: [
    { id: 'kronstadt-rebellion-1921', lon: 29.77, lat: 59.99 },
    { id: 'bloody-sunday-1905', lon: 30.31, lat: 59.94 }
  ]
} as unknown as AtlasData;

/** Strings that have broken parsers: markup, Markdown and YAML syntax, odd unicode. */
const NASTY = [
  '<script>alert(1)</script>',
  '**bold** _it_',
  '`code`',
  '```',
  '# heading',
  'a ## b',
  '---',
  ': colon',
  '&a *a',
  '"quoted"',
  '[link](javascript:alert(1))',
  '\u202e',
  '🚩 Красный Октябрь',
  '\u0000',
  '\t'
];
/** One line of text (no line break). */
const lineText = fc
  .oneof(
    fc.string({ maxLength: 16 }),
    fc.string({ unit: 'grapheme', maxLength: 16 }),
    fc.constantFrom(...NASTY),
    fc.integer({ min: 100, max: 400 }).map((n) => 'Ж'.repeat(n))
  )
  .map((s) => s.replace(/[\r\n\u2028\u2029]/g, ' '));

const day = fc.integer({ min: DOMAIN.start + 60, max: DOMAIN.end });

interface SceneSpec {
  title: string;
  lines: string[];
  /** null: good. Else the field suffix (after `scene "title"`) it is reported under, '' for the scene. */
  bad: string | null;
  /** A bad scene that is still shown (its problem is a warning about a reference or the time). */
  kept: boolean;
}

const settings = fc
  .record({
    time: day,
    mode: fc.constantFrom('instant', 'window', 'cumulative', undefined),
    window: fc.option(fc.integer({ min: 1, max: 3650 }), { nil: undefined }),
    where: fc.oneof(
      fc.constant({ fit: ['kronstadt', 'kronstadt-rebellion-1921'] }),
      fc.constant({ fit: ['petrograd'] }),
      fc
        .tuple(
          fc.double({ min: -180, max: 180, noNaN: true }),
          fc.double({ min: -85, max: 85, noNaN: true }),
          fc.integer({ min: 2, max: 15 })
        )
        .map(([lon, lat, zoom]) => ({ view: { center: [lon, lat], zoom } }))
    ),
    highlight: fc.option(fc.constantFrom(['kronstadt-rebellion-1921'], ['bloody-sunday-1905']), {
      nil: undefined
    }),
    animate: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined })
  })
  .map((s) => {
    const o: Record<string, unknown> = { time: isoFromDay(s.time), ...s.where };
    if (s.mode) o.mode = s.mode;
    if (s.window !== undefined) o.window = s.window;
    if (s.highlight) o.highlight = s.highlight;
    if (s.animate !== undefined) o.animate = { from: isoFromDay(s.time - s.animate), speed: 2 };
    return o;
  });

/** YAML of a settings object: one `key: JSON` per line (JSON is YAML). */
const yamlOf = (o: Record<string, unknown>) =>
  Object.entries(o)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`);

const DEFECTS: Record<
  string,
  { bad: string; kept: boolean; edit: (o: Record<string, unknown>) => string[] | null }
> = {
  'no block': { bad: '', kept: false, edit: () => null },
  'broken yaml': { bad: '', kept: false, edit: (o) => [...yamlOf(o), 'fit: [kronstadt'] },
  'alias bomb': {
    bad: '',
    kept: false,
    edit: (o) => [
      ...yamlOf(o),
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]'
    ]
  },
  'mode unknown': { bad: '.mode', kept: false, edit: (o) => yamlOf({ ...o, mode: 'slow' }) },
  'window zero': { bad: '.window', kept: false, edit: (o) => yamlOf({ ...o, window: 0 }) },
  'unknown key': { bad: '.colour', kept: false, edit: (o) => yamlOf({ ...o, colour: 'red' }) },
  'no view or fit': {
    bad: '',
    kept: false,
    edit: (o) => yamlOf({ ...o, view: undefined, fit: undefined })
  },
  'fit not a slug': {
    bad: '.fit.0',
    kept: false,
    edit: (o) => yamlOf({ ...o, view: undefined, fit: ['<b>'] })
  },
  'time impossible': {
    bad: '.time',
    kept: false,
    edit: (o) => yamlOf({ ...o, time: '1921-02-30' })
  },
  'time not a date': { bad: '.time', kept: false, edit: (o) => yamlOf({ ...o, time: 'tomorrow' }) },
  'time outside': {
    bad: '.time',
    kept: true,
    edit: (o) => yamlOf({ ...o, time: '1950-01-01', animate: undefined })
  },
  'fit unknown': {
    bad: '.fit',
    kept: true,
    edit: (o) => yamlOf({ ...o, view: undefined, fit: ['atlantis'] })
  },
  'highlight unknown': {
    bad: '.highlight',
    kept: true,
    edit: (o) => yamlOf({ ...o, highlight: ['no-such-event'] })
  },
  'animate after': {
    bad: '.animate.from',
    kept: true,
    edit: (o) => yamlOf({ ...o, animate: { from: '1921-12-31', speed: 2 }, time: '1921-03-01' })
  },
  'caption empty': { bad: '.caption', kept: true, edit: (o) => yamlOf(o) }
};

const scene = (i: number) =>
  fc
    .record({
      title: lineText,
      settings,
      caption: lineText.filter(
        (c) => c.trim() !== '' && !c.startsWith('## ') && !/^Notes:\s*$/.test(c)
      ),
      notes: fc.option(
        lineText.filter((n) => !n.startsWith('## ')),
        { nil: undefined }
      ),
      defect: fc.option(fc.constantFrom(...Object.keys(DEFECTS)), { nil: undefined, freq: 2 })
    })
    .map(({ title, settings: o, caption, notes, defect }): SceneSpec => {
      const t = `S${i} ${title}`.trim();
      const d = defect === undefined ? undefined : DEFECTS[defect];
      const yaml = d ? d.edit(o) : yamlOf(o);
      const lines = [`## ${t}`, ''];
      if (yaml) lines.push('```scene', ...yaml, '```', '');
      if (defect !== 'caption empty') lines.push(caption);
      if (notes !== undefined) lines.push('', 'Notes:', notes);
      lines.push('');
      return { title: t, lines, bad: d ? d.bad : null, kept: d ? d.kept : true };
    });

interface StoryFile {
  path: string;
  text: string;
  id: string;
  /** The front matter's problem, or null. */
  front: { line: number; field: string } | null;
  scenes: (SceneSpec & { line: number })[];
}

const storyFile = (k: number) =>
  fc
    .record({
      title: lineText.filter((s) => s.length > 0),
      summary: lineText.filter((s) => s.length > 0),
      front: fc.constantFrom(
        'good',
        'good',
        'good',
        'good',
        'none',
        'broken',
        'bad id',
        'unknown key'
      ),
      intro: fc.array(fc.oneof(lineText, fc.constant('See ## not a heading')), { maxLength: 3 }),
      scenes: fc
        .integer({ min: 0, max: 3 })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => scene(i)))),
      crlf: fc.boolean(),
      bom: fc.boolean()
    })
    .map((f): StoryFile => {
      const id = `story-${k}`;
      const head = [
        `id: ${id}`,
        `title: ${JSON.stringify(f.title)}`,
        `summary: ${JSON.stringify(f.summary)}`
      ];
      let front: StoryFile['front'] = null;
      if (f.front === 'broken') {
        head.push('x: [');
        front = { line: 2, field: '(front matter)' };
      } else if (f.front === 'bad id') {
        head[0] = 'id: Bad Id';
        front = { line: 2, field: 'id' };
      } else if (f.front === 'unknown key') {
        head.push('colour: red');
        front = { line: 2, field: 'colour' };
      } else if (f.front === 'none') front = { line: 1, field: '(front matter)' };
      const lines = f.front === 'none' ? [] : ['---', ...head, '---'];
      lines.push('', ...f.intro.filter((l) => !l.startsWith('## ')));
      const scenes: StoryFile['scenes'] = [];
      for (const s of f.scenes) {
        scenes.push({ ...s, line: lines.length + 1 });
        lines.push(...s.lines);
      }
      let text = lines.join('\n');
      if (f.crlf) text = text.replace(/\n/g, '\r\n');
      if (f.bom) text = `\ufeff${text}`;
      return { path: `geodata/stories/${k}.md`, text, id, front, scenes };
    });

const stories = fc
  .integer({ min: 1, max: 2 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => storyFile(k))));

function checkProblems(problems: Problem[], files: Set<string>): void {
  for (const p of problems) {
    ok(files.has(p.file), 'a problem names its file', p);
    ok(typeof p.field === 'string' && p.field.length > 0, 'a problem names a field', p);
    ok(typeof p.message === 'string' && p.message.length > 0, 'a message', p);
    ok(p.line === undefined || (Number.isInteger(p.line) && p.line >= 1), 'a line', p);
    ok(typeof formatProblem(p) === 'string', 'formats', p);
  }
}

describe('parseStories properties', () => {
  it(
    `reports every bad scene at its heading and keeps the good ones in order (${RUNS} story sets)`,
    () => {
      let runs = 0;
      fc.assert(
        fc.property(stories, (files) => {
          runs++;
          const { stories: out, problems } = parseStories(files, data);
          checkProblems(problems, new Set(files.map((f) => f.path)));
          for (const f of files) {
            const here = problems.filter((p) => p.file === f.path);
            const story = out.find((s) => s.id === f.id);
            if (f.front) {
              ok(
                here.some((p) => p.line === f.front!.line && p.field === f.front!.field),
                'bad front matter is reported',
                { front: f.front, here }
              );
              ok(story === undefined, 'a story without front matter is not read', f.id);
              continue;
            }
            ok(story !== undefined, 'a good story is read', { id: f.id, here });
            if (f.scenes.length === 0)
              ok(
                here.some((p) => p.field === '(scenes)'),
                'no scenes',
                here
              );
            const kept = f.scenes.filter((s) => s.kept);
            ok(
              JSON.stringify(story.scenes.map((s) => s.title)) ===
                JSON.stringify(kept.map((s) => s.title)),
              'good scenes are kept, in order',
              { got: story.scenes.map((s) => s.title), kept: kept.map((s) => s.title), here }
            );
            for (const s of f.scenes) {
              const where = `scene "${s.title.length > 60 ? `${s.title.slice(0, 60)}…` : s.title}"`;
              if (s.bad === null)
                ok(!here.some((p) => p.line === s.line), 'a good scene has no problem', {
                  s,
                  here
                });
              else
                ok(
                  here.some((p) => p.line === s.line && p.field === `${where}${s.bad}`),
                  'a bad scene is reported at its heading, naming the field',
                  { s, where, here }
                );
            }
            for (const sc of story.scenes)
              ok(Number.isInteger(sc.day) && sc.caption.length >= 0, 'a scene has a day', sc);
          }
        }),
        { numRuns: RUNS, seed: SEED }
      );
      expect(runs).toBeGreaterThanOrEqual(RUNS);
    },
    TIMEOUT
  );

  const mutation = fc.record({
    at: fc.nat(),
    cut: fc.nat(30),
    insert: fc.oneof(
      lineText,
      fc.constantFrom(
        '\n## ',
        '\n```scene\n',
        '```',
        '\n---\n',
        '---',
        '\nNotes:\n',
        '\r',
        '\r\n',
        '\ufeff',
        ': [',
        '&a [*a]',
        '\ntime: 1921-02-30\n',
        '\nfit: [x, x, x]\n'
      ),
      fc.integer({ min: 1, max: 300 }).map((n) => '['.repeat(n)),
      fc.integer({ min: 1, max: 300 }).map((n) => '\n## S'.repeat(n))
    )
  });

  it(
    `never throws on damaged stories and noise (${RUNS} story sets)`,
    () => {
      let runs = 0;
      fc.assert(
        fc.property(
          stories,
          fc.array(fc.tuple(fc.nat(1), mutation), { minLength: 1, maxLength: 4 }),
          fc.option(fc.string({ unit: 'binary', maxLength: 300 }), { nil: undefined }),
          (files, ms, noise) => {
            runs++;
            const damaged = files.map((f) => ({ path: f.path, text: f.text }));
            for (const [k, m] of ms) {
              const f = damaged[k % damaged.length];
              const at = m.at % (f.text.length + 1);
              f.text = f.text.slice(0, at) + m.insert + f.text.slice(at + m.cut);
            }
            if (noise !== undefined) damaged[0].text = noise;
            const { stories: out, problems } = parseStories(damaged, data);
            checkProblems(problems, new Set(damaged.map((f) => f.path)));
            for (const s of out)
              for (const sc of s.scenes) {
                ok(Number.isInteger(sc.day), 'a scene has a day', sc);
                ok(
                  sc.bounds === undefined || sc.bounds.every((x) => Number.isFinite(x)),
                  'bounds are numbers',
                  sc
                );
              }
          }
        ),
        { numRuns: RUNS, seed: SEED }
      );
      expect(runs).toBeGreaterThanOrEqual(RUNS);
    },
    TIMEOUT
  );
});

describe('hostile stories', () => {
  it(
    // How long this takes is measured by npm run bench.
    'reads a story of 5,000 scenes with a fit of 50,000 places',
    () => {
      const sceneText = (i: number) =>
        `## Scene ${i}\n\n\`\`\`scene\ntime: 1921-03-02\nfit: [kronstadt]\n\`\`\`\n\nCaption ${i}.\n\n`;
      const fit = `[${Array.from({ length: 50_000 }, () => 'kronstadt').join(', ')}]`;
      const text =
        `---\nid: big\ntitle: Big\nsummary: Many scenes.\n---\n\n` +
        Array.from({ length: 5_000 }, (_, i) => sceneText(i)).join('') +
        `## Wide\n\n\`\`\`scene\ntime: 1921-03-02\nfit: ${fit}\n\`\`\`\n\nWide.\n\n## Last\n\nno block\n`;
      const { stories: out, problems } = parseStories([{ path: 'big.md', text }], data);
      expect(out[0].scenes).toHaveLength(5_001);
      expect(out[0].scenes[5_000].bounds).toEqual([29.77, 59.99, 29.77, 59.99]);
      expect(problems).toEqual([
        {
          file: 'big.md',
          line: 7 + 5_001 * 9,
          field: 'scene "Last"',
          message: 'has no ```scene block'
        }
      ]);
    },
    TIMEOUT
  );

  it('numbers scene lines right when "## " appears inside a line before the first scene', () => {
    const text =
      '---\nid: s\ntitle: T\nsummary: S\n---\n\nIntro with ## inside.\n\n## One\n\nno block\n';
    expect(parseStories([{ path: 's.md', text }], data).problems).toMatchObject([
      { line: 9, field: 'scene "One"' }
    ]);
    const crlf = parseStories(
      [{ path: 's.md', text: `\ufeff${text.replace(/\n/g, '\r\n')}` }],
      data
    );
    expect(crlf.problems).toMatchObject([{ line: 9, field: 'scene "One"' }]);
  });
});
