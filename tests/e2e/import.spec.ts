import { readFile } from 'node:fs/promises';
import { excelOf } from '../../src/lib/import/formats/test-workbooks';
import { test, expect, mapIdle } from './fixtures';

/** A deterministic 10k-row CSV: strikes over 1917 across the region, with 3 bad rows. */
function strikesCsv(): string {
  const lines = ['date,lat,lon,type,title'];
  for (let i = 0; i < 10_000; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(
      `1917-${month}-${day},${(45 + (i % 200) / 10).toFixed(2)},${(25 + (i % 300) / 10).toFixed(2)},strike,Strike ${i}`
    );
  }
  lines[101] = '1917-02-30,55,37,strike,bad date';
  lines[202] = '1917-03-01,,,strike,no place';
  lines[303] = '1917-03-01,95,37,strike,bad latitude';
  return lines.join('\n');
}

test('imports a 10k-row CSV in a worker with progress, draws it, keeps it across reloads, then removes it', async ({
  page
}) => {
  await page.goto('/?t=1917-06-15&mode=cumulative&w=30');
  await mapIdle(page);
  await page.evaluate(() => {
    window.__progress = [];
    window.addEventListener('atlas-import-progress', (e) =>
      window.__progress!.push((e as CustomEvent).detail)
    );
  });

  await page.getByTestId('import-input').setInputFiles({
    name: 'strikes-1917.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(strikesCsv())
  });
  const mapping = page.getByTestId('import-mapping');
  await expect(mapping).toContainText('strikes-1917.csv: 10,000 rows, CSV, utf-8');
  const reportedBeforeImport = await page.evaluate(() => window.__progress!.length);
  await mapping.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('import-message')).toHaveText(
    '9,997 events imported from 10,000 rows of strikes-1917.csv; 3 problem(s) listed below.'
  );

  const problems = page.getByTestId('import-problems').getByRole('listitem');
  await page.getByText('Rows not imported or changed (3)').click();
  await expect(problems).toHaveText([
    'Row 102, date: "1917-02-30" does not exist: February 1917 has 28 days in the Gregorian (New Style) calendar — dropped',
    'Row 203, place: has neither a place name nor coordinates, nor a known place in the title or text — dropped',
    'Row 304, lat: "95" is not a latitude — dropped'
  ]);
  await expect(page.getByTestId('import-kept')).toHaveText('9,997 rows kept as they are');
  await expect(page.getByTestId('import-warned')).toHaveText('0 rows kept with a note');
  await expect(page.getByTestId('import-dropped')).toHaveText('3 rows dropped');
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('import-problems-download').click()
  ]);
  const lines = (await readFile((await csv.path())!, 'utf8'))
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines).toEqual([
    'row,field,value,outcome,reason',
    '102,date,1917-02-30,dropped,"""1917-02-30"" does not exist: February 1917 has 28 days in the Gregorian (New Style) calendar"',
    '203,place,,dropped,"has neither a place name nor coordinates, nor a known place in the title or text"',
    '304,lat,95,dropped,"""95"" is not a latitude"'
  ]);

  const progress = await page.evaluate(() => window.__progress!);
  const phases = new Set(progress.map((p) => p.phase));
  for (const phase of ['reading', 'mapping', 'packing', 'saving']) expect(phases).toContain(phase);
  // The file is parsed once, for the mapping form; the import maps the table read then.
  const phasesOf = (ps: typeof progress) => ps.map((p) => p.phase);
  expect(phasesOf(progress.slice(0, reportedBeforeImport))).toContain('parsing');
  expect(phasesOf(progress.slice(reportedBeforeImport))).not.toContain('parsing');
  expect(progress.at(-1)?.fraction).toBe(1);

  const drawn = () =>
    page.evaluate(() => {
      const a = window.__atlas!;
      return {
        points: a.importedLayer?.points?.count ?? 0,
        shown: a.atlas.shown.all().filter((e) => e.id.startsWith('imp')).length
      };
    });
  await expect.poll(drawn).toEqual({ points: 9997, shown: expect.any(Number) });
  expect((await drawn()).shown).toBeGreaterThan(4000);

  // An imported event opens in the panel and is ringed on its own layer.
  const first = page
    .getByTestId('event-list')
    .getByRole('option', { name: /^Strike \d+/ })
    .first();
  const title = (await first.locator('.title').textContent())!;
  await first.click();
  await expect(page.getByTestId('event-panel').getByRole('heading', { level: 2 })).toHaveText(
    title
  );
  const ring = await page.evaluate(() => {
    const a = window.__atlas!;
    return {
      // The layer's state is its own (private): read as the page holds it.
      selected: a.importedLayer!['state'].selected,
      index: a.atlas.imports[0].table.indexOf(a.atlas.selectedId)
    };
  });
  expect(ring.index).toBeGreaterThanOrEqual(0);
  expect(ring.selected).toBe(ring.index);

  // Kept across a reload (IndexedDB), hidden and shown again, then removed for good.
  await page.reload();
  await mapIdle(page);
  const layers = page.getByTestId('import-layers');
  await expect(layers).toContainText('strikes-1917');
  await expect.poll(async () => (await drawn()).points).toBe(9997);
  await layers.getByRole('checkbox').uncheck();
  await expect.poll(async () => (await drawn()).points).toBe(0);
  await layers.getByRole('checkbox').check();
  await expect.poll(async () => (await drawn()).points).toBe(9997);
  await layers.getByRole('button', { name: 'Remove strikes-1917' }).click();
  await expect(page.getByTestId('import-layers')).toHaveCount(0);
  await page.reload();
  await mapIdle(page);
  await expect(page.getByTestId('import-layers')).toHaveCount(0);
  expect((await drawn()).points).toBe(0);
});

test('a file that is not a table is refused with the reason', async ({ page }) => {
  await page.goto('/');
  await mapIdle(page);
  await page.getByTestId('import-input').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"type":"Topology"}')
  });
  await expect(page.getByTestId('import-message')).toHaveText(
    'Cannot import: notes.json is not a GeoJSON Feature or FeatureCollection'
  );
});

test('an Excel workbook is read in the worker, and a PDF is refused by what it is', async ({
  page
}) => {
  await page.goto('/?t=1917-06-15&mode=cumulative&w=30');
  await mapIdle(page);
  // Dates as Excel keeps them: serial day numbers with a date format.
  const day = (y: number, m: number, d: number) =>
    (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
  const workbook = excelOf({
    Events: [
      ['date', 'lat', 'lon', 'type', 'title'],
      [{ v: day(1917, 3, 8), z: 'dd.mm.yyyy' }, 59.94, 30.31, 'strike', 'Putilov strike'],
      [{ v: day(1917, 3, 10), z: 'dd.mm.yyyy' }, 55.75, 37.62, 'strike', 'Moscow strike']
    ],
    Notes: [['not read']]
  });
  await page.getByTestId('import-input').setInputFiles({
    name: 'events.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(workbook)
  });
  const mapping = page.getByTestId('import-mapping');
  await expect(mapping).toContainText('events.xlsx: 2 rows, XLSX');
  await expect(mapping).toContainText('1917-03-08');
  // Another sheet is read on request; one that is not a table is refused and leaves this one.
  await page.getByTestId('import-sheet').selectOption('Notes');
  await expect(page.getByTestId('import-message')).toContainText(
    'Cannot import: events.xlsx, sheet "Notes" has 1 column'
  );
  await expect(page.getByTestId('import-sheet')).toHaveValue('Events');
  await expect(mapping).toContainText('events.xlsx: 2 rows, XLSX');
  await mapping.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('import-message')).toHaveText(
    '2 events imported from 2 rows of events.xlsx.'
  );
  await expect(page.getByTestId('import-layers')).toContainText('events (Events)');

  await page.getByTestId('import-input').setInputFiles({
    name: 'report.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1')
  });
  await expect(page.getByTestId('import-message')).toHaveText(
    /^Cannot import: report\.pdf is a PDF document, not a table: the import reads Excel/
  );
});

test('the list holds thousands of shown events and renders only the rows in view', async ({
  page
}) => {
  await page.goto('/?t=1917-12-31&mode=cumulative&w=30');
  await mapIdle(page);
  await page.getByTestId('import-input').setInputFiles({
    name: 'strikes-1917.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(strikesCsv())
  });
  await page.getByTestId('import-mapping').getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('import-message')).toContainText('9,997 events imported');
  const count = await page.evaluate(() => window.__atlas!.atlas.shown.count);
  expect(count).toBeGreaterThan(9997);
  const list = page.getByTestId('event-list');
  const options = list.getByRole('option');
  await expect(page.locator('.list h2')).toContainText(`${count.toLocaleString('en')} events`);
  expect(await options.count()).toBeLessThan(60);
  await expect(options.first()).toHaveAttribute('aria-setsize', String(count));

  // The keyboard reaches the last event; the rows in view follow it.
  await list.focus();
  await page.keyboard.press('End');
  const last = list.locator(`[aria-posinset="${count}"]`);
  await expect(last).toBeInViewport();
  await expect(list).toHaveAttribute('aria-activedescendant', (await last.getAttribute('id'))!);
  expect(await options.count()).toBeLessThan(60);
  // The oldest event shown is last: the list is newest first.
  const oldest = await page.evaluate(() => {
    const all = window.__atlas!.atlas.shown.all();
    return all[all.length - 1].title;
  });
  await expect(last.locator('.title')).toHaveText(oldest);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('event-panel').getByRole('heading', { level: 2 })).toHaveText(
    oldest
  );
});

test('an import the browser will not store is still drawn, and the user is told it will not last', async ({
  page
}) => {
  await page.goto('/?t=1917-06-15&mode=cumulative&w=30');
  await mapIdle(page);
  // Another tab with a newer version of the atlas has upgraded the database: this version's
  // import worker can no longer open it, as when storage is refused.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.open('revolution-atlas', 99);
        r.onsuccess = () => (r.result.close(), resolve());
        r.onerror = () => reject(r.error);
      })
  );
  await page.getByTestId('import-input').setInputFiles({
    name: 'strikes-1917.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(strikesCsv())
  });
  await page.getByTestId('import-mapping').getByRole('button', { name: 'Import' }).click();
  const message = page.getByTestId('import-message');
  await expect(message).toContainText('9,997 events imported');
  await expect(message).toContainText('they will be gone after a reload');
  await expect(page.getByTestId('layer-not-kept')).toContainText(
    'this layer will be gone after a reload'
  );
  await expect
    .poll(() => page.evaluate(() => window.__atlas!.importedLayer?.points?.count ?? 0))
    .toBe(9997);
});

test('cancel works at every stage, and nothing of a cancelled import is kept', async ({ page }) => {
  await page.goto('/?t=1917-06-15&mode=cumulative&w=30');
  await mapIdle(page);
  const file = {
    name: 'strikes-1917.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(strikesCsv())
  };
  /**
   * Clicks Cancel in the page the moment the given phase is first reported (or, when the progress
   * bar is not drawn yet, as soon as it is).
   */
  const cancelAt = (phase: string) =>
    page.evaluate((phase) => {
      const click = () => {
        const button = document.querySelector<HTMLButtonElement>(
          '[data-testid="import-progress"] button'
        );
        if (button) button.click();
        else setTimeout(click);
      };
      const onProgress = (e: Event) => {
        if ((e as CustomEvent).detail.phase !== phase) return;
        window.removeEventListener('atlas-import-progress', onProgress);
        click();
      };
      window.addEventListener('atlas-import-progress', onProgress);
    }, phase);
  const message = page.getByTestId('import-message');

  // While the file is first read for its columns.
  await cancelAt('reading');
  await page.getByTestId('import-input').setInputFiles(file);
  await expect(message).toHaveText('Import cancelled; nothing was kept.');
  await expect(page.getByTestId('import-mapping')).toHaveCount(0);

  // At each stage of the import itself.
  for (const phase of ['reading', 'mapping', 'packing', 'saving']) {
    await page.getByTestId('import-input').setInputFiles(file);
    const go = page.getByTestId('import-mapping').getByRole('button', { name: 'Import' });
    await go.waitFor();
    await cancelAt(phase);
    await go.click();
    await expect(message, phase).toHaveText('Import cancelled; nothing was kept.');
    await expect(page.getByTestId('import-progress')).toHaveCount(0);
    expect(await page.evaluate(() => window.__atlas!.atlas.imports.length), phase).toBe(0);
  }
  await page.reload();
  await mapIdle(page);
  await expect(page.getByTestId('import-layers')).toHaveCount(0);
  expect(await page.evaluate(() => window.__atlas!.importedLayer)).toBeUndefined();
});
