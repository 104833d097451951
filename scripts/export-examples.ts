/**
 * `npm run examples`: serves the built site and uses the atlas's own Export menu in Chromium to
 * write docs/example-scene.png (a lecture scene at 1920×1080) and docs/example-scene.webm (the
 * same scene's animation as video).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { copyFileSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { mapDrawn } from './map-drawn';
import { vitePreview } from './vite-preview';

const port = 4181;
const scene = process.argv[2] ?? '/present/kronstadt-1921?scene=9';
const stop = await vitePreview(port);
try {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS
  });
  const page = await browser.newPage({
    viewport: { width: 1280, height: 720 },
    acceptDownloads: true,
    reducedMotion: 'reduce'
  });
  await page.goto(`http://localhost:${port}${scene}`);
  await mapDrawn(page);
  await sleep(2500);
  await page.getByTestId('export-menu').locator('summary').click();
  for (const [button, out] of [
    ['Image (PNG, 1920×1080)', 'docs/example-scene.png'],
    ['Video: this scene', 'docs/example-scene.webm']
  ] as const) {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 300_000 }),
      page.getByRole('button', { name: button }).click()
    ]);
    copyFileSync((await download.path())!, out);
    console.log(`examples: ${out} (${(statSync(out).size / 1024).toFixed(0)} KB)`);
  }
  await browser.close();
} finally {
  stop();
}
