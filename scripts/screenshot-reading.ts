/**
 * `tsx scripts/screenshot-reading.ts`: the screenshots of reading the map, in docs/, from the
 * built site in Debian's Chromium (as `scripts/screenshot.ts`):
 *
 *   docs/first-visit.png          a first visit, with its hint (1280×800)
 *   docs/stack-opened.png         the chooser of the events at Smolny, 25 October 1917 OS
 *   docs/petrograd-1917-10-25.png Petrograd on 25 October 1917 OS at city scale
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { freePort } from './free-port';
import { mapDrawn } from './map-drawn';
import { vitePreview } from './vite-preview';

const port = await freePort();
const stop = await vitePreview(port);

/** Waits until the map is idle and the events' labels have been placed. */
async function settled(page: Page): Promise<void> {
  await mapDrawn(page, { tiles: true });
  await page.waitForFunction(
    () => {
      const { map } = window.__atlas!;
      return (
        map.loaded() &&
        map.queryRenderedFeatures({ layers: ['event-labels', 'event-labels-emph'] }).length > 0
      );
    },
    undefined,
    { timeout: 60_000 }
  );
  await page.evaluate(
    () => new Promise<void>((resolve) => window.__atlas!.map.once('idle', () => resolve()))
  );
}

try {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const base = `http://localhost:${port}`;

  await page.goto(`${base}/`);
  await settled(page);
  await page.screenshot({ path: 'docs/first-visit.png' });

  await page.goto(`${base}/?t=1917-11-07&cal=both&mode=window&w=30&z=11.6&c=30.345,59.94`);
  await settled(page);
  await page.screenshot({ path: 'docs/petrograd-1917-10-25.png' });

  const smolny = await page.evaluate(() => {
    const { map, atlas } = window.__atlas!;
    const e = atlas.shown.all().find((e) => e.place === 'petrograd-smolny')!;
    const p = map.project([e.lon, e.lat]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.x + p.x, y: box.y + p.y };
  });
  await page.mouse.click(smolny.x, smolny.y);
  await page.getByTestId('stack-chooser').waitFor();
  await page.keyboard.press('ArrowDown');
  await page.screenshot({ path: 'docs/stack-opened.png' });

  await browser.close();
  console.log(
    'screenshots: docs/first-visit.png, docs/petrograd-1917-10-25.png, docs/stack-opened.png'
  );
} finally {
  stop();
}
