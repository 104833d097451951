/**
 * What a user imports is kept, or the user is told lastingly that it is not; the atlas's tabs
 * agree on the imported layers; no stored state lists a layer that holds nothing.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, mapIdle, type Guard } from './fixtures';

const VIEW = '/?t=1917-06-15&mode=cumulative&w=30';

/** A deterministic CSV of `n` strikes in 1917 across the region, each with a line of text. */
function strikesCsv(n: number): string {
  const lines = ['date,lat,lon,type,title,summary'];
  for (let i = 0; i < n; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(
      `1917-${month}-${day},${(45 + (i % 200) / 10).toFixed(2)},${(25 + (i % 300) / 10).toFixed(2)},strike,Strike ${i},Workers of works no. ${i} stop work over bread and pay`
    );
  }
  return lines.join('\n');
}

/** Another page's errors and foreign requests go to the test's guard too. */
function watch(page: Page, guard: Guard) {
  page.on('pageerror', (e) => guard.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') guard.errors.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol !== 'blob:')
      guard.foreign.push(r.url());
  });
}

async function importCsv(page: Page, name: string, rows: number) {
  await page.getByTestId('import-input').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(strikesCsv(rows))
  });
  await page.getByTestId('import-mapping').getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('import-message')).toContainText(
    `${rows.toLocaleString('en')} events imported`
  );
}

/** The page's imported layers once those stored have been restored: name, events held, shown. */
async function layersOf(page: Page) {
  await expect.poll(() => page.evaluate(() => window.__atlas?.atlas.importsRestored)).toBe(true);
  return page.evaluate(() =>
    window.__atlas!.atlas.imports.map((l) => ({
      name: l.meta.name,
      count: l.meta.count,
      held: l.table.length,
      visible: l.meta.visible
    }))
  );
}

/** How many records each of the atlas's IndexedDB stores holds. */
function storedCounts(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const r = indexedDB.open('revolution-atlas');
        r.onerror = () => reject(r.error);
        r.onsuccess = () => {
          const db = r.result;
          const names = [...db.objectStoreNames];
          const t = db.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) {
            const c = t.objectStore(name).count();
            c.onsuccess = () => (counts[name] = c.result);
          }
          t.oncomplete = () => (db.close(), resolve(counts));
          t.onerror = () => reject(t.error);
        };
      })
  );
}

test('with the quota lowered, an import is drawn, says lastingly that it will not last, and a reload lists nothing', async ({
  page
}) => {
  await page.goto(VIEW);
  await mapIdle(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(page.url()).origin,
    // Below what the layer's 20,000 events take, whatever else the origin holds.
    quotaSize: 1024 * 1024
  });

  await importCsv(page, 'strikes-20k.csv', 20_000);
  const message = page.getByTestId('import-message');
  await expect(message).toContainText('they will be gone after a reload');
  const notice = page.getByTestId('layer-not-kept');
  await expect(notice).toContainText("this browser's storage for the atlas is full");
  await expect(notice).toContainText('this layer will be gone after a reload');
  // Still usable: drawn, and listed.
  await expect
    .poll(() => page.evaluate(() => window.__atlas!.importedLayer?.points?.count ?? 0))
    .toBe(20_000);
  expect(await layersOf(page)).toEqual([
    { name: 'strikes-20k', count: 20_000, held: 20_000, visible: true }
  ]);

  // Lasting: the notice stays when the layer is hidden and shown, and when the message moves on.
  const layers = page.getByTestId('import-layers');
  await layers.getByRole('checkbox').uncheck();
  await expect
    .poll(() => page.evaluate(() => window.__atlas!.importedLayer?.points?.count ?? 0))
    .toBe(0);
  await layers.getByRole('checkbox').check();
  await page.getByTestId('import-input').setInputFiles({
    name: 'notes.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n')
  });
  await expect(message).toContainText('Cannot import');
  await expect(notice).toContainText('this layer will be gone after a reload');

  // "Export it now" gives every event, as CSV.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Export it now (CSV)' }).click()
  ]);
  const csv = (await readFile((await file.path())!, 'utf8')).trim().split('\n');
  expect(csv.length).toBe(20_001);

  // After a reload: nothing listed, and nothing half stored.
  await page.reload();
  await mapIdle(page);
  expect(await layersOf(page)).toEqual([]);
  await expect(page.getByTestId('import-layers')).toHaveCount(0);
  expect(await storedCounts(page)).toEqual({ layers: 0, events: 0, chunks: 0 });
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin });
});

test('a layer stored in chunks comes back whole; one that cannot be read is named, and the rest load', async ({
  page
}) => {
  await page.goto(VIEW);
  await mapIdle(page);
  await importCsv(page, 'strikes-a.csv', 3_000);
  await importCsv(page, 'strikes-b.csv', 2_000);
  const counts = await storedCounts(page);
  expect(counts).toMatchObject({ layers: 2, events: 2 });
  expect(counts.chunks).toBeGreaterThanOrEqual(2);

  await page.reload();
  await mapIdle(page);
  expect(await layersOf(page)).toEqual([
    { name: 'strikes-a', count: 3_000, held: 3_000, visible: true },
    { name: 'strikes-b', count: 2_000, held: 2_000, visible: true }
  ]);

  // The first layer's chunks lost (as by a browser that cleared part of the data).
  const first = await page.evaluate(() => window.__atlas!.atlas.imports[0].meta.id);
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.open('revolution-atlas');
        r.onsuccess = () => {
          const t = r.result.transaction('chunks', 'readwrite');
          t.objectStore('chunks').delete(IDBKeyRange.bound([id, 0], [id, Infinity]));
          t.oncomplete = () => (r.result.close(), resolve());
          t.onerror = () => reject(t.error);
        };
      }),
    first
  );
  await page.reload();
  await mapIdle(page);
  expect(await layersOf(page)).toEqual([
    { name: 'strikes-b', count: 2_000, held: 2_000, visible: true }
  ]);
  await expect(page.getByTestId('import-unrestored')).toHaveText(
    'These stored layers could not be loaded: “strikes-a” (0 of 1 stored pieces were found).'
  );
});

test('tabs agree: a layer added, hidden, shown or removed in one tab is followed in another', async ({
  page,
  context,
  guard
}) => {
  const other = await context.newPage();
  watch(other, guard);
  await page.goto(VIEW);
  await other.goto(VIEW);
  await mapIdle(page);
  await mapIdle(other);

  await importCsv(page, 'strikes-3k.csv', 3_000);
  const otherLayers = other.getByTestId('import-layers');
  await expect(otherLayers).toContainText('strikes-3k');
  expect(await layersOf(other)).toEqual([
    { name: 'strikes-3k', count: 3_000, held: 3_000, visible: true }
  ]);
  await expect
    .poll(() => other.evaluate(() => window.__atlas!.importedLayer?.points?.count ?? 0))
    .toBe(3_000);

  await page.getByTestId('import-layers').getByRole('checkbox').uncheck();
  await expect(otherLayers.getByRole('checkbox')).not.toBeChecked();
  await expect
    .poll(() => other.evaluate(() => window.__atlas!.importedLayer?.points?.count ?? 0))
    .toBe(0);
  await otherLayers.getByRole('checkbox').check();
  await expect(page.getByTestId('import-layers').getByRole('checkbox')).toBeChecked();

  await otherLayers.getByRole('button', { name: 'Remove strikes-3k' }).click();
  await expect(page.getByTestId('import-layers')).toHaveCount(0);
  expect(await layersOf(page)).toEqual([]);
  await page.reload();
  await mapIdle(page);
  expect(await layersOf(page)).toEqual([]);
  expect(await storedCounts(page)).toEqual({ layers: 0, events: 0, chunks: 0 });
});

test('a tab that did not hear of a removal cannot bring the layer back by hiding it', async ({
  page,
  context,
  guard
}) => {
  // Tab C hears nothing from the other tabs (as when a message is lost, or comes too late).
  const c = await context.newPage();
  watch(c, guard);
  await c.addInitScript(() => {
    window.BroadcastChannel = class {
      onmessage = null;
      postMessage() {}
      close() {}
      addEventListener() {}
      removeEventListener() {}
    } as unknown as typeof BroadcastChannel;
  });
  await page.goto(VIEW);
  await mapIdle(page);
  await importCsv(page, 'strikes-3k.csv', 3_000);
  await c.goto(VIEW);
  await mapIdle(c);
  expect(await layersOf(c)).toEqual([
    { name: 'strikes-3k', count: 3_000, held: 3_000, visible: true }
  ]);

  await page
    .getByTestId('import-layers')
    .getByRole('button', { name: 'Remove strikes-3k' })
    .click();
  await expect(page.getByTestId('import-layers')).toHaveCount(0);
  // C still lists it; unticking it finds the layer gone, and C lets it go, writing nothing.
  await c.getByTestId('import-layers').getByRole('checkbox').click();
  await expect(c.getByTestId('import-layers')).toHaveCount(0);
  expect(await storedCounts(c)).toEqual({ layers: 0, events: 0, chunks: 0 });

  await page.reload();
  await mapIdle(page);
  expect(await layersOf(page)).toEqual([]);
  expect(await storedCounts(page)).toEqual({ layers: 0, events: 0, chunks: 0 });
});
