/**
 * `npm run screenshot [url-query] [out.png]`: serves the built site, opens it in Debian's Chromium
 * (software WebGL, as the browser tests do) and saves a PNG of the atlas once the map is idle.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { setTimeout as sleep } from 'node:timers/promises';
import { mapDrawn } from './map-drawn';
import { vitePreview } from './vite-preview';

const query = process.argv[2] ?? '?t=1921-03-07&mode=window&w=30&z=4.3&c=35.2,56.4';
const out = process.argv[3] ?? 'docs/screenshot.png';
const port = 4179;

const stop = await vitePreview(port);
try {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`http://localhost:${port}/${query}`);
  await mapDrawn(page, { tiles: true });
  await sleep(1500);
  await page.screenshot({ path: out });
  await browser.close();
  console.log(`screenshot: ${out}`);
} finally {
  stop();
}
