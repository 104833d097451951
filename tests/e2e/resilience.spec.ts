import { chromium, type CDPSession, type Page } from '@playwright/test';
import { test, expect, mapIdle, pixelAt, hex, near, shownEvent } from './fixtures';
import { CHROMIUM_PATH } from '../../scripts/chromium';

/** What must survive a lost context: the time, the camera, the selection and the URL. */
const viewOf = (page: Page) =>
  page.evaluate(() => {
    const { map, atlas } = window.__atlas!;
    return {
      day: atlas.day,
      center: map.getCenter(),
      zoom: map.getZoom(),
      selected: atlas.selectedId,
      url: location.href
    };
  });

// How long the recovery takes is measured by npm run soak; here it is annotated, not asserted.
test('a lost WebGL context comes back with the same time, view and selection', async ({ page }) => {
  await page.goto('/?t=1921-03-07&mode=instant&z=8&c=29.9,59.95');
  await mapIdle(page);
  const ev = await shownEvent(page, 'kronstadt');
  const colour = hex(ev.color);
  await page.evaluate((id) => window.__atlas!.atlas.select(id), ev.id);
  await expect(page).toHaveURL(new RegExp(`e=${ev.id}`));
  await mapIdle(page);
  const before = await viewOf(page);

  // Both contexts at once: the map's (basemap, labels) and the events' overlay; on with the test
  // once both canvases have said they lost it.
  await page.evaluate(async () => {
    const { map, overlay } = window.__atlas!;
    const canvases = [map.getCanvas(), overlay.canvas];
    const lost = canvases.map(
      (c) => new Promise((r) => c.addEventListener('webglcontextlost', r, { once: true }))
    );
    window.__lose = canvases.map((c) =>
      c.getContext('webgl2')!.getExtension('WEBGL_lose_context')!
    );
    window.__lose.forEach((l) => l.loseContext());
    await Promise.all(lost);
  });
  const recovery = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        const frames0 = window.__atlas!.layer.stats.frames;
        window.__lose!.forEach((l) => l.restoreContext());
        const check = () =>
          window.__atlas!.layer.stats.frames > frames0
            ? resolve(performance.now() - t0)
            : requestAnimationFrame(check);
        check();
      })
  );
  await mapIdle(page);
  test
    .info()
    .annotations.push({ type: 'context-loss recovery (ms)', description: recovery.toFixed(0) });
  expect(near(await pixelAt(page, ev.x, ev.y), colour)).toBe(true);
  const after = await viewOf(page);
  expect(after).toEqual(before);
});

test('without WebGL the atlas says so and still offers the list, the slider and the panels', async ({
  baseURL
}) => {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--disable-webgl',
      '--disable-3d-apis',
      '--disable-gpu',
      '--no-sandbox',
      '--disable-background-networking'
    ]
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseURL}/?t=1921-03-07&mode=window&w=30`);
    await expect(page.getByRole('alert')).toContainText('The map cannot be drawn here');
    await expect(page.getByTestId('event-list').getByRole('option').first()).toBeVisible();
    await page.getByTestId('time-slider').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('current-date')).toHaveText('8 March 1921');
    await page.getByTestId('event-list').getByRole('option').first().click();
    await expect(page.getByTestId('event-panel')).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1048576;
}

test('looping playback does not grow the heap, and pages and presenter windows leave no map behind', async ({
  page,
  context
}) => {
  test.setTimeout(240_000);
  const warnings: string[] = [];
  page.on(
    'console',
    (m) => m.type() === 'warning' && /WebGL/.test(m.text()) && warnings.push(m.text())
  );
  await page.goto('/?t=1905-01-01&mode=window&w=60');
  await mapIdle(page);
  const cdp = await context.newCDPSession(page);
  const start = await heapMB(cdp);
  // Play the whole period over and over at ten years a second, 2 passes (each back to the start
  // counted once a frame); npm run soak does two hours' worth.
  await page.evaluate(() => {
    const { atlas } = window.__atlas!;
    window.__passes = 0;
    let last = atlas.day;
    const count = () => {
      if (atlas.day < last) window.__passes!++;
      last = atlas.day;
      if (atlas.playing) requestAnimationFrame(count);
    };
    atlas.loop = true;
    atlas.speed = 3650;
    atlas.playing = true;
    requestAnimationFrame(count);
  });
  await page.waitForFunction(() => window.__passes! >= 2, undefined, { timeout: 120_000 });
  await page.evaluate(() => (window.__atlas!.atlas.playing = false));
  const end = await heapMB(cdp);
  test.info().annotations.push({
    type: 'heap growth over 2 passes of looping playback (MB)',
    description: (end - start).toFixed(2)
  });
  expect(end - start).toBeLessThan(20);

  // Leave and re-enter the map through the app's own links, and open/close the presenter view.
  for (let i = 0; i < 2; i++) {
    await page.getByRole('link', { name: 'Lectures' }).click();
    await page.getByRole('link', { name: /1905/ }).first().click();
    await page.waitForURL(/\/present\/1905/);
    await mapIdle(page);
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await presenter.close();
    await page.keyboard.press('Escape');
    await page.waitForURL(/\/\?t=/);
    await mapIdle(page);
  }
  expect(await page.evaluate(() => window.__atlasMaps)).toBe(1);
  expect(warnings).toEqual([]);
});
