import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, lecture, mapIdle } from './fixtures';

/** Each route, and what shows it is ready: its map idle, or for a page without one, an element. */
const ROUTES: { path: string; map?: true; ready?: (page: Page) => Locator }[] = [
  { path: '/?t=1921-03-07&mode=window&w=30', map: true },
  { path: '/?t=1917-11-07&e=october-insurrection-petrograd-1917', map: true },
  { path: '/?t=1921-02-01&area=tambov-rising-area&lang=ru', map: true },
  { path: '/present', ready: (page) => page.getByRole('main').getByRole('listitem').first() },
  { path: '/present/1917?scene=2', map: true },
  { path: '/present/1905?view=presenter', ready: (page) => page.getByTestId('presenter') },
  { path: '/present/tambov/handout', ready: (page) => page.getByTestId('print') },
  { path: '/embed?story=kronstadt-1921&scene=3', map: true }
];

for (const { path, map, ready } of ROUTES) {
  test(`axe finds no serious or critical violation on ${path}`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(path);
    if (map) await mapIdle(page);
    else await ready!(page).waitFor({ timeout: 120_000 });
    const result = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      []
    );
  });
}

test('the atlas works by keyboard alone, with a visible focus ring', async ({ page }) => {
  await page.goto('/?t=1921-03-07&mode=window&w=30');
  await mapIdle(page);
  // Tab to the slider, move it, then into the event list and open an event.
  const slider = page.getByTestId('time-slider');
  for (let i = 0; i < 60 && !(await slider.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(slider).toBeFocused();
  const outline = await slider.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await expect(slider).toHaveAttribute('aria-valuetext', '7 March 1921');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '8 March 1921');
  const list = page.getByTestId('event-list');
  for (let i = 0; i < 60 && !(await list.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(list).toBeFocused();
  await expect(page.locator('[aria-live="polite"]').first()).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('event-panel')).toBeVisible();
  await expect(page.getByTestId('event-panel').getByRole('heading', { level: 2 })).toBeFocused();
});

test('reduced motion turns flights into jumps and stops the pulse', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/present/kronstadt-1921?scene=1');
  await mapIdle(page);
  const { scenes } = await lecture(page, 'kronstadt-1921');
  await page.keyboard.press('ArrowRight');
  // The date is already the scene's, with no animation in between.
  const day = await page.evaluate(() => {
    const a = window.__atlas!.atlas;
    return { day: a.day, playing: a.playing };
  });
  expect(day.day).toBe(scenes[1].day);
  expect(day.playing).toBe(false);
  const pulse = await page.evaluate(() => window.__atlas!.layer.pulseDays);
  expect(pulse).toBe(0);
});
