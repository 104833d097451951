import { describe, expect, it } from 'vitest';
import { copiedRuns, fingerprint } from '../sources/fingerprint';
import { formatProblem } from './problems';
import { digitRuns } from './russian-texts';
import { parseStories } from './stories';
import { validateGeodata, type GeodataInput } from './validate';
import { GOOD_SOURCES, placeFeature } from './validate.fixtures';

const PLACES = {
  type: 'FeatureCollection',
  features: [
    placeFeature('moscow', [37.62, 55.75], {
      note: 'the Kremlin stands for the city',
      note_ru: 'город обозначен Кремлём'
    }),
    placeFeature('tver', [35.9, 56.86], { note: 'the old town centre', note_ru: 'старый центр' })
  ]
};
/** The same places, Tver's note without its Russian. */
const BARE_PLACES = JSON.parse(JSON.stringify(PLACES).replace(',"note_ru":"старый центр"', ''));

/** An event in Russian and English; `ru` replaces or removes (undefined) its Russian lines. */
function event(ru: Record<string, string | undefined> = {}): string {
  const lines: Record<string, string | undefined> = {
    title_ru: '"Облава на анархистов"',
    summary_ru: '"Чекисты занимают 26 домов анархистов; арестовано 500 человек."',
    actors_ru: '[ВЧК, анархисты]',
    note_ru: '"Дата по Герену: 12 апреля 1918 г."',
    ...ru
  };
  const opt = (k: string) => (lines[k] === undefined ? '' : `  ${k}: ${lines[k]}\n`);
  return `- id: moscow-raids-1918-04-12
  title: Raid on the anarchists
${opt('title_ru')}  summary: "The Cheka takes 26 anarchist houses; 500 are arrested."
${opt('summary_ru')}  type: repression
  subtype: raid
  date: 1918-04-12
  calendar: gregorian
  precision: day
  start: 1918-04-12
  end: 1918-04-12
  place: moscow
  actors: [Cheka, anarchists]
${opt('actors_ru')}  casualties:
    - { count: 500, kind: arrested, source: tabor-2017, line: 12, note: "in the whole city", note_ru: ${lines['toll_note_ru'] ?? '"по всему городу"'} }
  sources:
    - { id: tabor-2017, line: 12, note: "line 12 gives the night", note_ru: ${lines['claim_note_ru'] ?? '"ночь указана в строке 12"'} }
  note: "Date from Guérin: 12 April 1918."
${opt('note_ru')}`;
}

function input(events: string, requireRussian = true, places = PLACES): GeodataInput {
  return {
    sources: { path: 'geodata/sources.json', text: JSON.stringify([GOOD_SOURCES[0]]) },
    places: { path: 'geodata/places.geojson', text: JSON.stringify(places) },
    events: [{ path: 'geodata/events/1918.yaml', text: events }],
    requireRussian
  };
}

const run = (events: string, requireRussian = true, places = PLACES) => {
  const r = validateGeodata(input(events, requireRussian, places));
  return { ...r, messages: r.problems.map(formatProblem) };
};

describe('digitRuns', () => {
  it('reads thousands written with a comma, a space, a no-break or a thin space as one number', () => {
    for (const n of ['100,000', '100 000', '100\u00a0000', '100\u202f000', '100\u2009000'])
      expect(digitRuns(`about ${n} men`), n).toEqual(['100000']);
  });
  it('keeps numbers apart that are only listed with a comma, and compares sets', () => {
    expect(digitRuns('1905, 1917 and 1905')).toEqual(['1905', '1917']);
    expect(digitRuns('2,5 км')).toEqual(['2', '5']);
    expect(digitRuns('13–17 March 1921')).toEqual(['13', '17', '1921']);
    expect(digitRuns('no number')).toEqual([]);
  });
});

describe('the Russian texts of events and places', () => {
  it('passes an event whose every text has its Russian, and place notes in Russian', () => {
    const r = run(event());
    expect(r.messages).toEqual([]);
    expect(r.missingRussian).toEqual([]);
  });

  it('lists every missing Russian text in one run, with file, line and field', () => {
    const bare = event({
      title_ru: undefined,
      summary_ru: undefined,
      actors_ru: undefined,
      note_ru: undefined
    })
      .replace(/, note_ru: "[^"]*"/g, '')
      .trimEnd();
    const gated = run(bare, true, BARE_PLACES);
    const missing = gated.missingRussian.map((p) => `${p.file}:${p.line ?? ''} ${p.field}`);
    expect(missing).toEqual([
      'geodata/events/1918.yaml:1 title_ru',
      'geodata/events/1918.yaml:1 summary_ru',
      'geodata/events/1918.yaml:1 note_ru',
      'geodata/events/1918.yaml:1 actors_ru',
      'geodata/events/1918.yaml:1 sources[0].note_ru',
      'geodata/events/1918.yaml:1 casualties[0].note_ru',
      'geodata/places.geojson: properties.note_ru'
    ]);
    expect(gated.missingRussian.map(formatProblem).at(-1)).toBe(
      'geodata/places.geojson [tver] properties.note_ru: has no Russian text'
    );
    expect(gated.missingRussian.map((p) => p.field)).toEqual([
      'title_ru',
      'summary_ru',
      'note_ru',
      'actors_ru',
      'sources[0].note_ru',
      'casualties[0].note_ru',
      'properties.note_ru'
    ]);
    // Gated on, each is a problem; gated off, none is, and they are still listed.
    expect(gated.problems).toHaveLength(7);
    const open = run(bare, false, BARE_PLACES);
    expect(open.problems).toEqual([]);
    expect(open.missingRussian).toHaveLength(7);
  });

  it('refuses a Russian text that repeats the English', () => {
    expect(run(event({ title_ru: 'Raid on the anarchists' }), false).messages).toEqual([
      'geodata/events/1918.yaml:1 [moscow-raids-1918-04-12] title_ru: repeats the English "Raid on the anarchists"'
    ]);
    expect(run(event({ actors_ru: '[ВЧК, anarchists]' }), false).messages).toEqual([
      'geodata/events/1918.yaml:1 [moscow-raids-1918-04-12] actors_ru[1]: repeats the English "anarchists"'
    ]);
  });

  it('refuses a Russian text whose numbers differ from the English', () => {
    const r = run(event({ summary_ru: '"Чекисты занимают 25 домов; арестовано 500 человек."' }));
    expect(r.messages).toEqual([
      'geodata/events/1918.yaml:1 [moscow-raids-1918-04-12] summary_ru: has the numbers [25 500] but the English has [26 500]'
    ]);
    const toll = run(event({ toll_note_ru: '"по всему городу, 1918"' }));
    expect(toll.messages).toEqual([
      'geodata/events/1918.yaml:1 [moscow-raids-1918-04-12] casualties[0].note_ru: has the numbers [1918] but the English has []'
    ]);
    const claim = run(event({ claim_note_ru: '"ночь указана в строке 21"' }));
    expect(claim.messages[0]).toMatch(/sources\[0\]\.note_ru: has the numbers \[21\]/);
  });

  it('accepts "100 000" for "100,000"', () => {
    const text = event({ summary_ru: '"Чекисты занимают 26 домов; арестовано 500 из 100 000."' });
    const en = text.replace('500 are arrested."', '500 of 100,000 are arrested."');
    expect(run(en).messages).toEqual([]);
  });

  it('refuses a different number of actors, and an actor list without actors', () => {
    expect(run(event({ actors_ru: '[ВЧК]' })).messages).toEqual([
      'geodata/events/1918.yaml:1 [moscow-raids-1918-04-12] actors_ru: names 1 actors but actors names 2'
    ]);
  });

  it('refuses a subtype or a casualty kind without its Russian word', () => {
    const r = run(
      event()
        .replace('subtype: raid', 'subtype: night-visit')
        .replace('kind: arrested', 'kind: held')
    );
    expect(r.messages).toEqual([
      'geodata/events/1918.yaml:1 [moscow-raids-1918-04-12] subtype: "night-visit" has no Russian word in src/lib/i18n/terms.ts (SUBTYPE_RU)',
      'geodata/events/1918.yaml:1 [moscow-raids-1918-04-12] casualties[0].kind: "held" has no Russian word in src/lib/i18n/terms.ts (CASUALTY_KIND_RU)'
    ]);
  });
});

const { data } = validateGeodata(input(event(), false));

const EN = `---
id: raids
title: The raids of April 1918
summary: How the anarchists of Moscow were broken.
subtitle: 11–12 April 1918
---

## The night of the raids

\`\`\`scene
time: 1918-04-12
fit: [moscow]
\`\`\`

The Cheka storms 26 houses.

Notes:
AnarWiki l. 124.

## The morning after

\`\`\`scene
time: 1918-04-13
fit: [moscow]
\`\`\`

500 are under arrest.
`;

const RU = `---
id: raids
title: Облавы апреля 1918 г.
summary: Как в Москве разгромили анархистов.
subtitle: 11–12 апреля 1918 г.
---

## Ночь облав

ВЧК штурмует 26 домов.

Notes:
AnarWiki, строка 124.

## Наутро

Под арестом 500 человек.
`;

const stories = (ru?: string, requireRussian = true) =>
  parseStories(
    [
      { path: 'geodata/stories/raids.md', text: EN },
      ...(ru === undefined ? [] : [{ path: 'geodata/stories/raids.ru.md', text: ru }])
    ],
    data,
    { requireRussian }
  );

describe('lectures in Russian', () => {
  it('gives each scene its Russian title, caption and notes from the .ru.md', () => {
    const r = stories(RU);
    expect(r.problems).toEqual([]);
    const [story] = r.stories;
    expect(story).toMatchObject({
      titleRu: 'Облавы апреля 1918 г.',
      summaryRu: 'Как в Москве разгромили анархистов.',
      subtitleRu: '11–12 апреля 1918 г.'
    });
    expect(story.scenes.map((s) => [s.titleRu, s.captionRu, s.notesRu])).toEqual([
      ['Ночь облав', 'ВЧК штурмует 26 домов.', 'AnarWiki, строка 124.'],
      ['Наутро', 'Под арестом 500 человек.', undefined]
    ]);
    expect(story.scenes[0].caption).toBe('The Cheka storms 26 houses.');
  });

  it('lists a lecture without its Russian file, and refuses it when required', () => {
    const r = stories(undefined);
    expect(r.problems.map(formatProblem)).toEqual([
      'geodata/stories/raids.md [raids] (Russian): has no Russian lecture raids.ru.md'
    ]);
    expect(stories(undefined, false).problems).toEqual([]);
    expect(stories(undefined, false).missingRussian).toHaveLength(1);
  });

  it('refuses a missing scene, a scene block, a copied caption and changed numbers', () => {
    const oneScene = RU.slice(0, RU.indexOf('## Наутро'));
    expect(stories(oneScene).problems.map(formatProblem)).toEqual([
      'geodata/stories/raids.ru.md (scenes): has 1 scenes but the English lecture has 2',
      'geodata/stories/raids.ru.md [raids] scene 2: has no Russian text'
    ]);
    const bad = RU.replace('ВЧК штурмует 26 домов.', 'The Cheka storms 26 houses.')
      .replace('строка 124', 'строка 125')
      .replace('## Наутро\n', '## Наутро\n\n```scene\ntime: 1918-04-13\n```\n');
    expect(stories(bad).problems.map(formatProblem)).toEqual([
      'geodata/stories/raids.ru.md:15 scene "Наутро": has a ```scene block: the settings stay in the English file',
      'geodata/stories/raids.ru.md:8 [raids] scene 1.caption: repeats the English "The Cheka storms 26 houses."',
      'geodata/stories/raids.ru.md:8 [raids] scene 1.notes: has the numbers [125] but the English has [124]'
    ]);
  });

  it('refuses a Russian file without its English lecture', () => {
    const r = parseStories([{ path: 'geodata/stories/lost.ru.md', text: RU }], data);
    expect(r.problems.map(formatProblem)).toEqual([
      'geodata/stories/lost.ru.md (file): has no English lecture lost.md'
    ]);
  });
});

describe('the no-copy check reads the Russian texts too', () => {
  it('finds ten words of a source repeated in a Russian field or lecture, Cyrillic included', () => {
    const source =
      'Матросы Кронштадта были в первых рядах революционных событий пятого и семнадцатого годов.';
    const fp = fingerprint('ru-source', 'ru.txt', `${source}\n`);
    const copied = copiedRuns([fp], {
      'geodata/events/1905.yaml': `  summary_ru: >-\n    ${source.slice(0, -1)}, пишет автор.\n`,
      'geodata/stories/1905.ru.md': '## Сцена\n\nМатросы Кронштадта были впереди.\n'
    });
    expect(copied).toEqual([
      {
        file: 'geodata/events/1905.yaml',
        source: 'ru-source',
        words: 'матросы кронштадта были в первых рядах революционных событий пятого и'
      }
    ]);
  });
});
