import { test, expect, lecture, mapIdle } from './fixtures';

// axe on every route is in security.spec's walk, which loads them all.

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
