/**
 * The atlas in Russian: once the reader switches language, the data's own words are Russian too:
 * no English title or summary in the event panel or the list, no English title or caption in a
 * lecture and its presenter view. The panel and the list are checked on the real data (every event
 * the list shows that has its Russian title); the lecture is kronstadt-1921, with the Russian of its
 * `.ru.md` where the build has it, and else the two scenes' texts below put into stories.json.
 */
import { test, expect, mapIdle } from './fixtures';
import type { Page } from '@playwright/test';

/** The Russian of kronstadt-1921's first two scenes, used where the built lecture has none. */
const SCENES_RU = [
  {
    titleRu: 'Столицы приходят в движение',
    captionRu:
      'Зима 1921 г. несёт городам голод, нехватку топлива и развал транспорта. В Петрограде и Москве рабочие собираются на заводские митинги. 13 февраля около 100 000 человек идут за гробом Кропоткина по Москве под чёрными и красными знамёнами.',
    notesRu:
      'Условия — Герен, ¶120; митинги на петроградских предприятиях — AnarWiki, строка 393, на московских — строка 406. Герен, ¶137: Кропоткин умер 8 февраля. Маккей, ¶98: волна забастовок.'
  },
  {
    titleRu: 'Москва, 23 февраля',
    captionRu:
      'В промышленном центре Москвы вспыхивают забастовки и выплёскиваются на улицы. 23 февраля на демонстрацию выходят несколько тысяч рабочих; боясь, что солдаты примкнут к ним, командование разоружает гарнизон и запирает его в казармах. В Москве вводят военное положение и круглосуточную охрану.',
    notesRu:
      'AnarWiki, строки 403–411. День в тексте есть только у демонстрации и разоружения; по некоторым данным, военное положение введено 23–24 февраля.'
  }
];

interface BuiltScene {
  title: string;
  caption: string;
  notes: string;
  titleRu?: string;
  captionRu?: string;
  notesRu?: string;
}

/** Serves stories.json with kronstadt-1921's first two scenes in Russian, from the build or above. */
async function russianLecture(page: Page): Promise<{ scenes: BuiltScene[] }> {
  const lecture = { scenes: [] as BuiltScene[] };
  await page.route('**/data/stories.json', async (route) => {
    const response = await route.fetch();
    const stories = (await response.json()) as { id: string; scenes: BuiltScene[] }[];
    const story = stories.find((s) => s.id === 'kronstadt-1921')!;
    story.scenes.forEach((s, i) => {
      if (!s.titleRu && SCENES_RU[i]) Object.assign(s, SCENES_RU[i]);
    });
    lecture.scenes = story.scenes;
    await route.fulfill({ response, json: stories });
  });
  return lecture;
}

/** The events as the page holds them, with their words in both languages. */
function events(page: Page) {
  return page.evaluate(() =>
    window.__atlas!.atlas.data!.events.map((e) => ({
      id: e.id,
      title: e.title,
      summary: e.summary,
      actors: e.actors,
      titleRu: e.titleRu,
      summaryRu: e.summaryRu,
      actorsRu: e.actorsRu
    }))
  );
}

test('switched to Russian, the panel and the list show each event in Russian', async ({ page }) => {
  await page.goto('/?t=1921-03-07&mode=window&w=30&z=6&c=31,59&e=kronstadt-rebellion-1921');
  await mapIdle(page);
  const all = new Map((await events(page)).map((e) => [e.id, e]));
  const panel = page.getByTestId('event-panel');
  const chosen = all.get('kronstadt-rebellion-1921')!;
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(chosen.title);

  await page.getByTestId('lang').click();
  await expect(page).toHaveURL(/lang=ru/);

  // The panel: the Russian title, summary and actors, and none of the English.
  expect(chosen.titleRu && chosen.summaryRu && chosen.actorsRu).toBeTruthy();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(chosen.titleRu!);
  await expect(panel.locator('.summary')).toHaveText(chosen.summaryRu!);
  const text = (await panel.innerText()).replace(/\s+/g, ' ');
  expect(text).not.toContain(chosen.title);
  expect(text).not.toContain(chosen.summary.replace(/\s+/g, ' '));
  for (const [i, actor] of chosen.actors.entries()) {
    await expect(
      panel.getByRole('button', { name: chosen.actorsRu![i], exact: true })
    ).toBeVisible();
    await expect(panel.getByRole('button', { name: actor, exact: true })).toHaveCount(0);
  }

  // The list (shown once the panel is closed): every row whose event has a Russian title shows
  // that title and not the English.
  await panel.locator('button.close').click();
  const rows = page.getByTestId('event-list').getByRole('option');
  const ids = await rows.evaluateAll((els) => els.map((el) => el.id.replace(/^ev-/, '')));
  const russian = ids.filter((id) => all.get(id)?.titleRu);
  expect(russian.length).toBeGreaterThan(3);
  for (const id of russian) {
    const row = page.locator(`[id="ev-${id}"]`);
    await expect(row.locator('.title')).toHaveText(all.get(id)!.titleRu!);
    await expect(row).not.toContainText(all.get(id)!.title);
  }
});

test('a lecture and its presenter view in Russian show no English title or caption', async ({
  page
}) => {
  const lecture = await russianLecture(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/present/kronstadt-1921?scene=1&lang=ru');
  await mapIdle(page);
  const { scenes } = lecture;
  const caption = page.getByTestId('caption');
  for (const n of [1, 2]) {
    const s = scenes[n - 1];
    await expect(caption.getByRole('heading')).toHaveText(s.titleRu!);
    await expect(caption.locator('p')).toHaveText(s.captionRu!);
    await expect(caption).not.toContainText(s.title);
    await expect(caption).not.toContainText(s.caption);
    if (n === 1) await page.keyboard.press('ArrowRight');
  }

  await page.goto('/present/kronstadt-1921?scene=1&view=presenter&lang=ru');
  const presenter = page.getByTestId('presenter');
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText(scenes[0].titleRu!);
  await expect(presenter.locator('.caption')).toHaveText(scenes[0].captionRu!);
  await expect(page.getByTestId('presenter-notes')).toHaveText(scenes[0].notesRu!);
  await expect(presenter.locator('.next')).toContainText(scenes[1].titleRu!);
  await expect(presenter.locator('.next')).toContainText(scenes[1].captionRu!);
  for (const s of scenes.slice(0, 2))
    for (const english of [s.title, s.caption, s.notes])
      await expect(presenter).not.toContainText(english);
});

test('an area’s panel in Russian gives its note in Russian', async ({ page }) => {
  await page.goto('/?t=1921-02-01&area=tambov-rising-area&lang=ru');
  await mapIdle(page);
  const area = await page.evaluate(
    () =>
      window.__atlas!.atlas.data!.areas.features.find((f) => f.id === 'tambov-rising-area')!
        .properties as { note: string; noteRu: string }
  );
  await expect(page.getByTestId('area-note')).toHaveText(area.noteRu);
  await expect(page.getByTestId('area-panel')).not.toContainText(area.note);
});
