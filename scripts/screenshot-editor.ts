/**
 * `tsx scripts/screenshot-editor.ts`: docs/lecture-editor.png, the lecture editor (1280×800) with
 * a lecture of two scenes being written, from the built site in Debian's Chromium (as
 * `scripts/screenshot.ts`).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { freePort } from './free-port';
import { mapDrawn } from './map-drawn';
import { vitePreview } from './vite-preview';

const port = await freePort();
const stop = await vitePreview(port);
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://localhost:${port}/present/edit?new&t=1917-03-08&mode=window&w=30`);
  await mapDrawn(page, { tiles: true });
  await page.getByTestId('lecture-title').fill('Three weeks in Petrograd');
  await page.getByTestId('add-scene').click();
  await page.getByTestId('scene-title').fill('The strikes');
  await page
    .getByTestId('scene-caption')
    .fill('Women textile workers walk out on **International Women’s Day** and call for bread.');
  await page.getByTestId('add-scene').click();
  await page.getByTestId('scene-title').fill('The soviet');
  await page.getByTestId('scene-caption').fill('Workers and soldiers elect their deputies.');
  await page.evaluate(
    () => new Promise<void>((resolve) => window.__atlas!.map.once('idle', () => resolve()))
  );
  await page.screenshot({ path: 'docs/lecture-editor.png' });
  await browser.close();
} finally {
  await stop();
}
