import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { test, expect, mapIdle } from './fixtures';
import { peersDir } from '../../src/lib/import/peers-dir';

/** The bytes of a download. */
async function bytes(d: Download): Promise<string> {
  return readFileSync((await d.path())!, 'utf8');
}

/** Exports the lecture being edited; returns the file's name and text. */
async function exportLecture(page: Page): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export').click()
  ]);
  return { name: d.suggestedFilename(), text: await bytes(d) };
}

const sceneTitles = (page: Page) => page.getByTestId('scene-item');

/** Adds the map as a scene and types its title and caption. */
async function addScene(page: Page, title: string, caption: string) {
  await page.getByTestId('add-scene').click();
  await page.getByTestId('scene-title').fill(title);
  await page.getByTestId('scene-caption').fill(caption);
}

test('a lecture made by clicking and typing: reordered, kept over a reload, presented with the clicker, exported and imported back the same', async ({
  page
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/present/edit?new&t=1917-03-08&mode=window&w=30');
  await mapIdle(page);
  await expect(page).toHaveURL(/\/present\/edit\?key=l-/);
  await page.getByTestId('lecture-title').fill('Three weeks in Petrograd');
  await page.getByTestId('lecture-id').fill('three-weeks');

  // Scene 1: the first event of the list highlighted by clicking it.
  await addScene(page, 'The bread queues', 'Women queue for **bread**.');
  await expect(page.getByTestId('caption-preview').locator('strong')).toHaveText('bread');
  await page.getByTestId('pick').click();
  const first = page.getByTestId('event-list').getByRole('option').first();
  const picked = (await first.getAttribute('title'))!;
  await first.click();
  await expect(page.getByTestId('highlights').getByRole('listitem')).toHaveText([
    new RegExp(picked.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  ]);
  await page.getByTestId('pick').click();

  // Scenes 2 and 3, each a month on.
  const slider = page.getByTestId('time-slider');
  await slider.focus();
  await page.keyboard.press('PageDown');
  await addScene(page, 'The strikes', 'The works stop.');
  await slider.focus();
  await page.keyboard.press('PageDown');
  await addScene(page, 'The soviet', 'Deputies meet in the Tauride Palace.');
  await expect(sceneTitles(page)).toHaveText([
    '1. The bread queues',
    '2. The strikes',
    '3. The soviet'
  ]);

  // Duplicate, undo, redo, undo: the buttons and the keys.
  await page.getByRole('button', { name: 'Duplicate: The strikes' }).click();
  await expect(sceneTitles(page)).toHaveCount(4);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(sceneTitles(page)).toHaveCount(3);
  await page.keyboard.press('Control+Shift+Z');
  await expect(sceneTitles(page)).toHaveCount(4);
  await page.keyboard.press('Control+Z');
  await expect(sceneTitles(page)).toHaveCount(3);

  // Reorder by keyboard: the soviet before the strikes, announced.
  await sceneTitles(page).nth(2).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByTestId('announce')).toHaveText('Scene “The soviet” is now 2 of 3.');
  await expect(sceneTitles(page).nth(1)).toBeFocused();
  const order = ['1. The bread queues', '2. The soviet', '3. The strikes'];
  await expect(sceneTitles(page)).toHaveText(order);
  await expect(page.getByTestId('problems-none')).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('Saved in this browser.');

  await page.reload();
  await mapIdle(page);
  await expect(sceneTitles(page)).toHaveText(order);
  await expect(page.getByTestId('lecture-title')).toHaveValue('Three weeks in Petrograd');

  const exported = await exportLecture(page);
  expect(exported.name).toBe('three-weeks.md');
  expect(exported.text).toMatch(/^---\nid: three-weeks\ntitle: Three weeks in Petrograd\n/);
  expect(exported.text.match(/^## .*$/gm)).toEqual([
    '## The bread queues',
    '## The soviet',
    '## The strikes'
  ]);

  // Present it with the clicker keys.
  const editor = page.url();
  await page.getByTestId('present').click();
  await expect(page).toHaveURL(/\/present\/local\?key=l-/);
  await mapIdle(page);
  const heading = page.getByTestId('caption').getByRole('heading');
  const mark = page.getByTestId('progress-mark');
  await expect(heading).toHaveText('The bread queues');
  await expect(page.getByTestId('caption').locator('strong')).toHaveText('bread');
  await expect(mark).toHaveText('1 / 3');
  await page.keyboard.press('PageDown');
  await expect(heading).toHaveText('The soviet');
  await page.keyboard.press('ArrowRight');
  await expect(heading).toHaveText('The strikes');
  await expect(mark).toHaveText('3 / 3');
  await page.keyboard.press('PageUp');
  await expect(heading).toHaveText('The soviet');
  await page.keyboard.press('ArrowLeft');
  await expect(heading).toHaveText('The bread queues');
  await expect(page).toHaveURL(/scene=1/);

  // Import the exported file: a new lecture, which exports to the same bytes.
  await page.goto(editor);
  await mapIdle(page);
  await page.getByTestId('import-lecture').setInputFiles({
    name: exported.name,
    mimeType: 'text/markdown',
    buffer: Buffer.from(exported.text)
  });
  await expect(page.getByTestId('import-message')).toHaveText('Imported three-weeks.md: 3 scenes.');
  await expect(sceneTitles(page)).toHaveText(order);
  const again = await exportLecture(page);
  expect(again.name).toBe(exported.name);
  expect(again.text).toBe(exported.text);

  // Both are listed beside the built-in lectures.
  await page.goto('/present');
  await expect(page.getByTestId('your-lectures').getByRole('listitem')).toHaveCount(2);
});

/** A story map written for this test in StoryMapJS's shape. */
const STORYMAP = {
  storymap: {
    slides: [
      {
        type: 'overview',
        text: { headline: 'Kronstadt <i>1921</i>', text: '<p>The sailors’ rising.</p>' }
      },
      {
        date: '1921-03-01',
        text: { headline: 'Anchor Square', text: '<p>A meeting of <b>16,000</b>.</p>' },
        location: { lat: 59.9927, lon: 29.7756, zoom: 12 }
      },
      {
        date: '1871',
        text: { headline: 'Elsewhere', text: 'A date the atlas has not.' },
        location: { lat: 48.85, lon: 2.35 }
      }
    ]
  }
};

test('a StoryMapJS story map imports as a lecture: slides as scenes, what could not be carried said', async ({
  page
}) => {
  await page.goto('/present/edit?new');
  await mapIdle(page);
  await page.getByTestId('import-lecture').setInputFiles({
    name: 'kronstadt.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(STORYMAP))
  });
  await expect(page.getByTestId('import-message')).toHaveText('Imported kronstadt.json: 2 scenes.');
  await expect(sceneTitles(page)).toHaveText(['1. Anchor Square', '2. Elsewhere']);
  await expect(page.getByTestId('lecture-title')).toHaveValue('Kronstadt 1921');
  await expect(page.getByText("its date 1871 is outside the atlas's period")).toBeVisible();
  await sceneTitles(page).first().click();
  await expect(page.getByTestId('scene-caption')).toHaveValue('A meeting of 16,000.');
  const camera = await page.evaluate(() => window.__atlas!.atlas.camera);
  expect(camera).toMatchObject({ center: [29.7756, 59.9927], zoom: 12 });
  await expect(page.getByTestId('problems-none')).toBeVisible();

  const marktwain = join(peersDir(), 'storymap/marktwain.json');
  test.skip(!existsSync(marktwain), 'StoryMapJS example files are not at hand (ATLAS_PEERS)');
  const doc = JSON.parse(readFileSync(marktwain, 'utf8')) as {
    storymap: { slides: { type?: string; text: { headline: string } }[] };
  };
  await page.getByTestId('import-lecture').setInputFiles(marktwain);
  const n = doc.storymap.slides.filter((s) => s.type !== 'overview').length;
  await expect(page.getByTestId('import-message')).toHaveText(
    `Imported marktwain.json: ${n} scenes.`
  );
  await expect(page.getByTestId('lecture-title')).toHaveValue(doc.storymap.slides[0].text.headline);
  await expect(sceneTitles(page)).toHaveCount(n);
});

test('a lecture that cannot be saved says so, lastingly, and offers to export it', async ({
  page
}) => {
  await page.addInitScript(() => {
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (name: string, version?: number) => {
      if (name === 'revolution-atlas-lectures')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return open(name, version);
    };
  });
  await page.goto('/present/edit?new');
  await mapIdle(page);
  const alert = page.getByTestId('save-failed');
  await expect(alert).toContainText('could not be saved in this browser');
  await page.getByTestId('add-scene').click();
  await page.getByTestId('scene-caption').fill('Still here.');
  await expect(alert).toBeVisible();
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Export it now' }).click()
  ]);
  expect(await bytes(d)).toContain('\nStill here.\n');
});

for (const lang of ['en', 'ru']) {
  test(`axe finds no serious or critical violation in the editor (${lang})`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/present/edit?new&lang=${lang}`);
    await mapIdle(page);
    await page.getByTestId('add-scene').click();
    await page.getByTestId('scene-caption').fill('A *caption*.');
    const result = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      []
    );
  });
}

test('"Edit a copy" of a built-in lecture opens its scenes in the editor, and it passes the check', async ({
  page
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/present/kronstadt-1921?scene=2');
  await mapIdle(page);
  const titles = await page.evaluate(async () => {
    const stories = (await (await fetch('/data/stories.json')).json()) as {
      id: string;
      scenes: { title: string }[];
    }[];
    return stories.find((s) => s.id === 'kronstadt-1921')!.scenes.map((s) => s.title);
  });
  await page.getByRole('link', { name: 'Edit a copy' }).click();
  await expect(page).toHaveURL(/\/present\/edit\?key=l-/);
  await mapIdle(page);
  await expect(sceneTitles(page)).toHaveText(titles.map((t, i) => `${i + 1}. ${t}`));
  await expect(page.getByTestId('lecture-id')).toHaveValue('kronstadt-1921-copy');
  await expect(page.getByTestId('problems-none')).toBeVisible();
});
