/**
 * Whether a large import is kept: `npx tsx bench/keep-large.ts [rows]` (1,000,000 by default)
 * imports a synthetic CSV of that many rows through the "Your data" panel on `/`, waits for the
 * panel's last word (kept, or drawn but not kept), reloads, and prints how many events the layer
 * holds before and after, how long each took, and what the browser says it stores. It measures
 * and asserts nothing; docs/performance.md gives a run's figures.
 */
import { chromium } from '@playwright/test';
import { BENCH_CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { freePort } from '../scripts/free-port';
import { mapIdle } from '../scripts/map-drawn';
import type {} from './globals';
import { snapshotBuild, serveStatic } from './serve';
import { writeSyntheticCsv } from './synthetic-csv';

const rows = Number(process.argv[2] ?? 1_000_000);
const csv = writeSyntheticCsv(rows, 1917);
const snapshot = await snapshotBuild();
const port = await freePort();
const close = await serveStatic(snapshot.dir, port);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: BENCH_CHROMIUM_ARGS });
try {
  const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
  const layers = () =>
    page.evaluate(() =>
      window.__atlas!.atlas.imports.map((l) => ({
        events: l.meta.count,
        held: l.table.length,
        notKept: l.notKept ?? null
      }))
    );
  await page.goto(`http://localhost:${port}/?t=1917-06-15`);
  await mapIdle(page);
  const start = Date.now();
  await page.getByTestId('import-input').setInputFiles(csv.file);
  await page
    .getByTestId('import-mapping')
    .getByRole('button', { name: 'Import' })
    .click({ timeout: 600_000 });
  const message = page.getByTestId('import-message').filter({ hasText: /imported|failed/ });
  await message.waitFor({ timeout: 1_200_000 });
  console.log(`${rows.toLocaleString('en')} rows, ${(csv.bytes / 1e6).toFixed(1)} MB`);
  console.log(`file chosen → last word: ${((Date.now() - start) / 1000).toFixed(1)} s`);
  console.log(`  "${await message.textContent()}"`);
  console.log(`  layers: ${JSON.stringify(await layers())}`);
  const { usage, quota } = await page.evaluate(() => navigator.storage.estimate());
  console.log(
    `  stored: ${(usage! / 1e6).toFixed(0)} MB of a quota of ${(quota! / 1e6).toFixed(0)} MB`
  );
  const reload = Date.now();
  await page.reload();
  await mapIdle(page);
  await page.waitForFunction(() => window.__atlas?.atlas.importsRestored, null, {
    timeout: 600_000
  });
  console.log(`reload → restored: ${((Date.now() - reload) / 1000).toFixed(1)} s`);
  console.log(`  layers: ${JSON.stringify(await layers())}`);
} finally {
  await browser.close();
  await close();
  snapshot.remove();
  csv.remove();
}
