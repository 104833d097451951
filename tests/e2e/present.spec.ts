import { readFileSync } from 'node:fs';
import { test, expect, mapIdle, hex, lecture, readPixels } from './fixtures';
import { EVENT_TYPES } from '../../src/lib/model/event-types';

test('a clicker drives the lecture: URL and date per scene, black screen, number jump, Esc', async ({
  page
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/present/kronstadt-1921');
  await mapIdle(page);
  const { scenes, dates } = await lecture(page, 'kronstadt-1921');
  const date = page.getByTestId('present-date');
  const expectScene = async (n: number) => {
    await expect(page).toHaveURL(new RegExp(`scene=${n}(&|$)`));
    await expect(page.getByTestId('caption').getByRole('heading')).toHaveText(scenes[n - 1].title);
    await expect(date).toContainText(dates[n - 1]); // 1921: New Style only
    await expect(page.getByTestId('progress-mark')).toHaveText(`${n} / ${scenes.length}`);
  };
  await expectScene(1);
  await page.keyboard.press('ArrowRight');
  await expectScene(2);
  await page.keyboard.press('PageDown');
  await expectScene(3);
  await page.keyboard.press(' ');
  await expectScene(4);
  await page.keyboard.press('ArrowLeft');
  await expectScene(3);
  await page.keyboard.press('PageUp');
  await expectScene(2);
  await page.keyboard.press('1');
  await page.keyboard.press('0');
  await expect(page.getByTestId('progress-mark')).toHaveText('go to 10…');
  await page.keyboard.press('Enter');
  await expectScene(10);
  await page.keyboard.press('End');
  await expectScene(scenes.length);

  await page.keyboard.press('b');
  await expect(page.getByTestId('blackout')).toBeVisible();
  await page.keyboard.press('.');
  await expect(page.getByTestId('blackout')).toHaveCount(0);

  // Each scene has its own URL.
  await page.goto('/present/kronstadt-1921?scene=5');
  await mapIdle(page);
  await expectScene(5);

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/\?t=1921-/);
  await mapIdle(page);
});

test('scenes animate time when motion is allowed', async ({ page }) => {
  await page.goto('/present/1917?scene=1');
  await mapIdle(page);
  const { dates } = await lecture(page, '1917');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('present-date')).toContainText(dates[1].replace(/ 1917$/, ''), {
    timeout: 30_000
  });
  await expect(page).toHaveURL(/scene=2/);
});

test('the presenter view follows the audience window and drives it back', async ({
  page,
  context
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/present/tambov?scene=2');
  await mapIdle(page);
  const { scenes } = await lecture(page, 'tambov');
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await presenter.waitForLoadState();
  await expect(presenter.getByTestId('presenter-scene')).toHaveText('2');
  await expect(presenter.getByTestId('presenter')).toContainText(scenes[1].caption);
  await expect(presenter.getByTestId('presenter')).toContainText(scenes[2].title); // next scene
  await expect(presenter.getByTestId('elapsed')).toHaveText(/^\d+:\d\d$/);

  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByTestId('presenter-scene')).toHaveText('3');
  await presenter.getByTestId('presenter-next').click();
  await expect(page).toHaveURL(/scene=4/);
  await expect(page.getByTestId('caption').getByRole('heading')).toHaveText(scenes[3].title);
  await presenter.close();
});

test('a scene exports as a 1920×1080 PNG with its overlay and its events', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/present/kronstadt-1921?scene=6');
  await mapIdle(page);
  await page.getByTestId('export-menu').locator('summary').click();
  const exportPng = async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Image (PNG, 1920×1080)' }).click()
    ]);
    return readFileSync((await download.path())!);
  };
  const colours = EVENT_TYPES.map((t) => hex(t.color));
  /** Distinct colours (sampled), and pixels within 12 of an event type's colour. */
  const inspect = async (bytes: Buffer) => {
    const d = (await readPixels(page, { png: bytes })).data;
    const seen = new Set<number>();
    let eventPixels = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (i % (4 * 97) === 0) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      if (
        colours.some(
          ([r, g, b]) => Math.abs(d[i] - r) + Math.abs(d[i + 1] - g) + Math.abs(d[i + 2] - b) <= 12
        )
      )
        eventPixels++;
    }
    return { colours: seen.size, eventPixels };
  };
  const bytes = await exportPng();
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.readUInt32BE(16)).toBe(1920);
  expect(bytes.readUInt32BE(20)).toBe(1080);
  const shown = await inspect(bytes);
  expect(shown.colours).toBeGreaterThan(200);
  await expect(page.getByTestId('export-message')).toContainText('1920×1080');

  // The same shot with every event type hidden: the events' pixels (drawn on their own canvas
  // over the map) were in the first image.
  await page.evaluate(
    (ids) => (window.__atlas!.atlas.hiddenTypes = ids),
    EVENT_TYPES.map((t) => t.id)
  );
  await mapIdle(page);
  const hidden = await inspect(await exportPng());
  expect(shown.eventPixels).toBeGreaterThan(hidden.eventPixels + 100);
});

test('the handout has one page per scene, each with its map', async ({ page }) => {
  await page.goto('/present/tambov/handout');
  await expect(page.getByTestId('print')).toBeVisible({ timeout: 120_000 });
  const { scenes } = await lecture(page, 'tambov');
  const pages = page.getByTestId('handout-page');
  await expect(pages).toHaveCount(scenes.length);
  const loaded = await page
    .locator('[data-testid="handout-page"] img')
    .evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth > 0).length);
  expect(loaded).toBe(scenes.length);
  await expect(pages.first()).toContainText(scenes[0].caption);
});

test('embed shows a lecture scene without chrome', async ({ page }) => {
  await page.goto('/embed?story=kronstadt-1921&scene=3&theme=projector');
  await mapIdle(page);
  const { scenes, dates } = await lecture(page, 'kronstadt-1921');
  await expect(page.getByTestId('embed-date')).toHaveText(dates[2]);
  await expect(page.getByText(scenes[2].caption)).toBeVisible();
  await expect(page.getByTestId('event-list')).toHaveCount(0);
  await expect(page.getByTestId('time-slider')).toHaveCount(0);
});

test('projector theme: lecture text is at least 18 px at 1024×768 with contrast of 7:1 or more', async ({
  page
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/present/1905?scene=3');
  await mapIdle(page);
  const texts = await page.evaluate(() => {
    const lum = (c: number[]) => {
      const l = c.map((v) =>
        v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4
      );
      return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    };
    const parse = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number);
    const out: { text: string; size: number; ratio: number }[] = [];
    const nodes = document.querySelectorAll(
      '.stage .date, .stage .caption h1, .stage .caption p, .stage .mark, .stage .legend li'
    );
    for (const el of nodes) {
      const cs = getComputedStyle(el);
      let bg: number[] = [255, 255, 255, 0];
      for (let n: Element | null = el; n; n = n.parentElement) {
        const c = parse(getComputedStyle(n).backgroundColor);
        if (c.length >= 3 && (c[3] ?? 1) > 0) {
          bg = c;
          break;
        }
      }
      // A translucent card over the map: take its colour blended over black, the worst case.
      const a = bg[3] ?? 1;
      const over = bg.slice(0, 3).map((v) => v * a);
      const fg = parse(cs.color).slice(0, 3);
      const [hi, lo] = [lum(fg), lum(over)].sort((x, y) => y - x);
      out.push({
        text: (el.textContent ?? '').trim().slice(0, 30),
        size: parseFloat(cs.fontSize),
        ratio: (hi + 0.05) / (lo + 0.05)
      });
    }
    return out;
  });
  expect(texts.length).toBeGreaterThan(5);
  for (const t of texts) {
    expect(t.size, t.text).toBeGreaterThanOrEqual(18);
    expect(t.ratio, t.text).toBeGreaterThanOrEqual(7);
  }
});
