import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { atlasStyle } from '../../src/lib/map/style';
import { smallestText } from '../../src/lib/map/text-size';
import { test, expect, mapIdle, lecture } from './fixtures';

test('the presenter view shows the room and the next scene, and skips an animation to its end', async ({
  page,
  context
}) => {
  await page.goto('/present/1917?scene=7');
  await mapIdle(page, { still: true });
  const { scenes } = await lecture(page, '1917');
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await presenter.waitForLoadState();
  // A picture of the audience window arrives, and a live map of the next scene.
  const room = presenter.getByTestId('room-picture');
  await expect(room).toBeVisible();
  await expect
    .poll(() => room.evaluate((img) => (img as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(200);
  await expect(presenter.getByTestId('next-preview').locator('canvas').first()).toBeVisible();
  await presenter.waitForFunction(() => !!window.__atlas?.atlas.data);
  expect(await presenter.evaluate(() => window.__atlas!.atlas.wholeDay)).toBe(scenes[7].day);

  // Scene 8 plays a long animation; the presenter's button ends it at once.
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByTestId('presenter-scene')).toHaveText('8');
  await expect.poll(() => page.evaluate(() => window.__atlas!.atlas.playing)).toBe(true);
  await presenter.getByTestId('presenter-skip').click();
  await expect.poll(() => page.evaluate(() => window.__atlas!.atlas.playing)).toBe(false);
  expect(await page.evaluate(() => window.__atlas!.atlas.wholeDay)).toBe(scenes[7].day);
  // The room's picture follows: it changes after the scene changed.
  const before = await room.getAttribute('src');
  await expect.poll(() => room.getAttribute('src')).not.toBe(before);
  await presenter.close();

  // E in the audience window does the same.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.evaluate(() => window.__atlas!.atlas.playing)).toBe(true);
  await page.keyboard.press('e');
  await expect.poll(() => page.evaluate(() => window.__atlas!.atlas.playing)).toBe(false);
  expect(await page.evaluate(() => window.__atlas!.atlas.wholeDay)).toBe(scenes[7].day);
});

test('Esc from the last scene of every lecture opens the atlas at that view with no notice', async ({
  page
}) => {
  await page.goto('/present');
  const lectures = await page.evaluate(async () =>
    ((await (await fetch('/data/stories.json')).json()) as { id: string; scenes: unknown[] }[]).map(
      (s) => ({ id: s.id, n: s.scenes.length })
    )
  );
  expect(lectures.length).toBe(6);
  // The link every one of the 64 scenes leaves for is read without a notice in a unit test
  // (atlas-state.svelte.test.ts); here the real key and page, from the end of each lecture.
  for (const { id, n: s } of lectures) {
    // Motion allowed: the scene's animation is playing when Esc is pressed.
    await page.goto(`/present/${id}?scene=${s}`);
    await expect(page.getByTestId('caption')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/\?t=/);
    await page.waitForFunction(() => !!window.__atlas?.atlas.data);
    const notices = await page.evaluate(() => window.__atlas!.atlas.notices);
    expect(notices, `${id} scene ${s}: ${page.url()}`).toEqual([]);
    await expect(page.getByText('Link not fully understood')).toHaveCount(0);
  }
});

/**
 * A finger's quick swipe from (x0, y) to (x1, y) on the map: the pointer events a touch screen
 * sends, dispatched in one go (Chromium's own touch input waits for a frame at each move, which
 * under a software GPU makes any swipe last seconds).
 */
async function swipe(page: Page, x0: number, x1: number, y: number) {
  await page.evaluate(
    ({ x0, x1, y }) => {
      const target = document.elementFromPoint(x0, y)!;
      const at = (type: string, x: number) =>
        target.dispatchEvent(
          new PointerEvent(type, {
            pointerType: 'touch',
            pointerId: 7,
            isPrimary: true,
            clientX: x,
            clientY: y,
            bubbles: true
          })
        );
      at('pointerdown', x0);
      for (let i = 1; i <= 5; i++) at('pointermove', x0 + ((x1 - x0) * i) / 5);
      at('pointerup', x1);
    },
    { x0, x1, y }
  );
}

test.describe('on a tablet', () => {
  test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } });

  test('a tap steps on, a tap at the left edge back, and swipes step either way', async ({
    page
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/present/kronstadt-1921?scene=3');
    await mapIdle(page);
    const at = (n: number) => expect(page).toHaveURL(new RegExp(`scene=${n}(&|$)`));
    await page.touchscreen.tap(600, 300);
    await at(4);
    await page.touchscreen.tap(60, 300);
    await at(3);
    await swipe(page, 800, 400, 350);
    await at(4);
    await swipe(page, 300, 700, 350);
    await at(3);
    // A tap on a control is the control's, not a step.
    await page.touchscreen.tap(
      ...(await page.locator('.maplibregl-ctrl-zoom-in').evaluate((b) => {
        const r = b.getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2] as [number, number];
      }))
    );
    await at(3);
  });
});

test('the 1920×1080 PNG draws the map’s smallest text at 18 px or more', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/present/kronstadt-1921?scene=2');
  await mapIdle(page);
  // The map's size and pixel ratio at each frame it finishes while the image is made.
  await page.evaluate(() => {
    const { map } = window.__atlas!;
    const w = window as unknown as { __shots: { ratio: number; css: number }[] };
    w.__shots = [];
    map.on('idle', () =>
      w.__shots.push({ ratio: map.getPixelRatio(), css: map.getContainer().clientWidth })
    );
  });
  await page.getByTestId('export-menu').locator('summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Image (PNG, 1920×1080)' }).click()
  ]);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.readUInt32BE(16)).toBe(1920);
  expect(bytes.readUInt32BE(20)).toBe(1080);
  const shots = await page.evaluate(
    () => (window as unknown as { __shots: { ratio: number; css: number }[] }).__shots
  );
  const shot = shots.find((s) => Math.abs(s.css * s.ratio - 1920) < 2);
  expect(shot, JSON.stringify(shots)).toBeTruthy();
  // The lecture's style (projector theme): its smallest text, at the image's pixel ratio.
  const style = atlasStyle('projector', { base: '/', fontFaces: {} });
  expect(smallestText(style.layers)! * shot!.ratio).toBeGreaterThanOrEqual(18);
  // And the screen goes back to its own pixel ratio.
  expect(await page.evaluate(() => window.__atlas!.map.getPixelRatio())).toBe(1);
});
