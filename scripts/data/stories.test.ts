import { describe, expect, it } from 'vitest';
import { parseStories } from './stories';
import { formatProblem } from './problems';
import type { AtlasData } from '../../src/lib/model/atlas-data';
import { dayFromYmd } from '../../src/lib/time/days';

const data = {
  domain: { start: dayFromYmd(1905, 1, 1), end: dayFromYmd(1921, 12, 31) },
  places: [
    { id: 'kronstadt', lon: 29.77, lat: 59.99 },
    { id: 'petrograd', lon: 30.31, lat: 59.94 }
  ],
  events: [{ id: 'kronstadt-rebellion-1921', lon: 29.77, lat: 59.99 }]
} as unknown as AtlasData;

const STORY = `---
id: kronstadt-1921
title: Kronstadt 1921
summary: The sailors' rising and its suppression.
---

## The rising

\`\`\`scene
time: 1921-03-02
mode: window
window: 14
fit: [kronstadt, petrograd]
highlight: [kronstadt-rebellion-1921]
animate: { from: 1921-02-24, speed: 2 }
\`\`\`

The sailors meet on Anchor Square.

Notes:
Mention the Petropavlovsk resolution.
`;

const run = (text: string) => parseStories([{ path: 'geodata/stories/k.md', text }], data);

describe('parseStories', () => {
  it('reads scenes with time, view, highlights, animation, caption and notes', () => {
    const { stories, problems } = run(STORY);
    expect(problems).toEqual([]);
    const [scene] = stories[0].scenes;
    expect(scene).toMatchObject({
      title: 'The rising',
      day: dayFromYmd(1921, 3, 2),
      mode: 'window',
      windowDays: 14,
      bounds: [29.77, 59.94, 30.31, 59.99],
      highlight: ['kronstadt-rebellion-1921'],
      animate: { from: dayFromYmd(1921, 2, 24), speed: 2 },
      caption: 'The sailors meet on Anchor Square.',
      notes: 'Mention the Petropavlovsk resolution.'
    });
  });

  it('names file, line and field for a bad reference', () => {
    const { problems } = run(
      STORY.replace('highlight: [kronstadt-rebellion-1921]', 'highlight: [no-such-event]')
    );
    expect(problems.map(formatProblem)).toEqual([
      'geodata/stories/k.md:7 scene "The rising".highlight: "no-such-event" is not an event id'
    ]);
  });

  it('reports unknown places, bad dates, missing view and caption', () => {
    const bad = STORY.replace('fit: [kronstadt, petrograd]', 'fit: [atlantis]').replace(
      'The sailors meet on Anchor Square.',
      ''
    );
    expect(run(bad).problems.map((p) => p.message)).toEqual([
      '"atlantis" is neither a place nor an event',
      'is empty: the audience needs a caption'
    ]);
    expect(run(STORY.replace('time: 1921-03-02', 'time: 1921-02-30')).problems[0].message).toMatch(
      /not a real date/
    );
    expect(run(STORY.replace('fit: [kronstadt, petrograd]\n', '')).problems[0].message).toBe(
      'needs a view or a fit'
    );
    expect(run(STORY.replace('mode: window', 'mode: slow')).problems[0].field).toBe(
      'scene "The rising".mode'
    );
  });
});
