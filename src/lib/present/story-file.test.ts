import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeStory, readStoryFile, writeStoryFile, type StoryFile } from './story-file';

const LECTURE: StoryFile = {
  front: { id: 'winter-1921', title: 'Winter 1921', summary: 'Strikes, then the rising.' },
  events: 'id,title,lon,lat\r\nmine-1,"A ```fenced``` title",30.3,59.9\r\n',
  scenes: [
    {
      title: 'Strikes',
      settings: {
        time: '1921-02-24',
        mode: 'window',
        window: 14,
        view: { center: [30.3, 59.94], zoom: 9 },
        highlight: ['petrograd-strikes-1921-02', '1905'],
        atlas: 'e=petrograd-strikes-1921-02&cal=os'
      },
      caption: 'The works stop.\n## Not a scene\nNotes:',
      notes: ''
    },
    {
      title: 'The rising',
      settings: {
        time: '1921-03-02',
        mode: 'instant',
        window: 30,
        fit: ['kronstadt', 'petrograd'],
        types: [],
        animate: { from: '1921-02-28', speed: 1 }
      },
      caption: 'Anchor Square.',
      notes: 'Say who spoke.'
    }
  ]
};

const EXPECTED = `---
id: winter-1921
title: Winter 1921
summary: Strikes, then the rising.
---

\`\`\`\`atlas-events
id,title,lon,lat
mine-1,"A \`\`\`fenced\`\`\` title",30.3,59.9
\`\`\`\`

## Strikes

\`\`\`scene
time: 1921-02-24
mode: window
window: 14
view: { center: [30.3, 59.94], zoom: 9 }
highlight: [petrograd-strikes-1921-02, "1905"]
atlas: "e=petrograd-strikes-1921-02&cal=os"
\`\`\`

The works stop.
\\## Not a scene
\\Notes:

## The rising

\`\`\`scene
time: 1921-03-02
mode: instant
window: 30
fit: [kronstadt, petrograd]
types: []
animate: { from: 1921-02-28, speed: 1 }
\`\`\`

Anchor Square.

Notes:
Say who spoke.
`;

describe('writeStoryFile', () => {
  it('writes the repository format: front matter, the events block, a section per scene', () => {
    expect(writeStoryFile(LECTURE)).toBe(EXPECTED);
  });

  it('reads back what it wrote, and writes it again to the same bytes', () => {
    const read = readStoryFile(EXPECTED, 'winter-1921.md');
    expect(read.problems).toEqual([]);
    expect(read.lines).toEqual([12, 27]);
    expect(read.eventsLine).toBe(7);
    expect(read.story).toEqual(normalizeStory(LECTURE));
    expect(writeStoryFile(read.story!)).toBe(EXPECTED);
  });

  it('every lecture in geodata/stories reads, writes and reads again to the same lecture', () => {
    const dir = join(process.cwd(), 'geodata/stories');
    // The lectures, not their Russian texts (`<id>.ru.md`, read by the build's story-russian.ts).
    const files = readdirSync(dir).filter(
      (f) => f.endsWith('.md') && !f.endsWith('.ru.md') && f !== 'README.md'
    );
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const first = readStoryFile(readFileSync(join(dir, f), 'utf8'), f);
      expect(first.problems, f).toEqual([]);
      const text = writeStoryFile(first.story!);
      const again = readStoryFile(text, f);
      expect(again.problems, f).toEqual([]);
      expect(again.story, f).toEqual(normalizeStory(first.story!));
      expect(again.story!.scenes.length, f).toBe(first.story!.scenes.length);
      expect(writeStoryFile(again.story!), f).toBe(text);
    }
  });
});

describe('readStoryFile', () => {
  it('names the line of an events block that is not closed', () => {
    const text = EXPECTED.replace('````\n\n## Strikes', '\n## Strikes');
    const read = readStoryFile(text, 'x.md');
    expect(read.problems).toEqual([
      {
        file: 'x.md',
        line: 7,
        field: 'atlas-events',
        message: 'the block is not closed by a line ````'
      }
    ]);
  });

  it('reports a front matter that is missing, and a scene without its block, by line', () => {
    expect(readStoryFile('# no front', 'a.md').problems[0]).toMatchObject({
      line: 1,
      field: '(front matter)'
    });
    const read = readStoryFile(
      EXPECTED.replace('```scene\ntime: 1921-03-02', '```yaml\nx'),
      'b.md'
    );
    expect(read.story!.scenes.map((s) => s.title)).toEqual(['Strikes']);
    expect(read.problems).toEqual([
      { file: 'b.md', line: 27, field: 'scene "The rising"', message: 'has no ```scene block' }
    ]);
  });
});
