import type { Page } from '@playwright/test';
import { test, expect, mapIdle } from './fixtures';

const label = (page: Page, id: string) =>
  page.evaluate((id) => {
    const f = window.__atlas!.map.querySourceFeatures('places').find((f) => f.properties.id === id);
    return f?.properties.label as string | undefined;
  }, id);

test('the calendar switch drives the date, the panel and the 1918 jump', async ({ page }) => {
  await page.goto('/?t=1905-01-22&e=bloody-sunday-1905&mode=instant');
  await mapIdle(page);
  const date = page.getByTestId('current-date');
  const panelDate = page.getByTestId('panel-date');
  await expect(date).toHaveText('9 January (22 January) 1905');
  await expect(panelDate).toContainText('9 January (22 January) 1905');
  const calendar = page.getByTestId('calendar');
  await calendar.selectOption('ns');
  await expect(date).toHaveText('22 January 1905');
  await expect(panelDate).toContainText('22 January 1905');
  await calendar.selectOption('os');
  await expect(date).toHaveText('9 January 1905 OS');
  await expect(panelDate).toContainText('9 January 1905 OS');
  await expect(page).toHaveURL(/cal=os/);

  // Old Style runs to 31 January 1918, then 14 February (New Style), and the UI says why.
  await page.goto('/?t=1918-02-13&cal=os');
  await mapIdle(page);
  await expect(date).toHaveText('31 January 1918 OS');
  await expect(page.getByTestId('switch-note')).toContainText(
    '31 January (Old Style) was followed by 14 February'
  );
  await page.getByTestId('time-slider').focus();
  await page.keyboard.press('ArrowRight');
  await expect(date).toHaveText('14 February 1918');
});

test('labels and the list show the name a place had on the slider date', async ({ page }) => {
  await page.goto('/?t=1914-08-30&z=7&c=30.3,59.9&mode=cumulative&w=30');
  await mapIdle(page);
  await expect.poll(() => label(page, 'petrograd')).toBe('St Petersburg');
  await page.getByTestId('time-slider').focus();
  await page.keyboard.press('ArrowRight');
  await mapIdle(page);
  await expect.poll(() => label(page, 'petrograd')).toBe('Petrograd');
  const places = page.getByTestId('event-list').locator('.meta');
  await expect(places.filter({ hasText: 'Petrograd' }).first()).toBeVisible();
  await expect(places.filter({ hasText: 'St Petersburg' })).toHaveCount(0);
});

test('filters are chips kept in the URL, applied to the list and the map', async ({ page }) => {
  await page.goto('/?t=1921-03-20&mode=cumulative&w=30&place=kronstadt');
  await mapIdle(page);
  const chips = page.getByTestId('filter-chips');
  await expect(chips).toContainText('Place: Kronstadt');
  const shown = () => page.evaluate(() => window.__atlas!.atlas.shown.all().map((e) => e.place));
  const places = await shown();
  expect(places.length).toBeGreaterThan(0);
  expect(places.filter((p) => !p.startsWith('kronstadt'))).toEqual([]);
  // The layer's marks are its own (private): read as the page holds them.
  const hidden = await page.evaluate(
    () => [...window.__atlas!.layer['marks']].filter((m) => (m & 2) === 2).length
  );
  expect(hidden).toBeGreaterThan(100);

  // Add an actor filter from the panel, then remove the place chip: the URL follows both ways.
  const first = (await page.evaluate(() =>
    window.__atlas!.atlas.shown.all().find((e) => e.actors.length > 0)
  ))!;
  await page.goto(`/?t=1921-03-20&mode=cumulative&w=30&place=kronstadt&e=${first.id}`);
  await mapIdle(page);
  await page
    .getByTestId('event-panel')
    .getByRole('button', { name: first.actors[0], exact: true })
    .click();
  await expect(page).toHaveURL(/actor=/);
  await expect(chips).toContainText(`Actor: ${first.actors[0]}`);
  await page.reload();
  await mapIdle(page);
  await expect(chips).toContainText(`Actor: ${first.actors[0]}`);
  await chips.getByRole('button', { name: 'Remove filter Place: Kronstadt' }).click();
  await expect(page).not.toHaveURL(/place=kronstadt/);
  await page.goBack();
  await expect(page).toHaveURL(/place=kronstadt/);
});

test('search finds places and events under any spelling', async ({ page }) => {
  await page.goto('/?t=1919-06-01');
  await mapIdle(page);
  const search = page.getByTestId('search');
  for (const q of ['Huliaipole', 'Guliaipole', 'Гуляйполе']) {
    await search.fill(q);
    await expect(page.getByTestId('search-results').getByRole('option').first()).toContainText(
      'Gulyai-Polye'
    );
  }
  await search.fill('Makhno');
  await expect(page.getByTestId('search-results').getByRole('option')).not.toHaveCount(0);
});

test('an area panel lists the events inside it during its span', async ({ page }) => {
  await page.goto('/?t=1921-02-01&area=tambov-rising-area');
  await mapIdle(page);
  const panel = page.getByTestId('area-panel');
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('area-events').getByRole('listitem')).not.toHaveCount(0);
});

test('the slider zooms from years down to hours, re-binning the histogram', async ({ page }) => {
  await page.goto('/?t=1917-11-07&cal=both');
  await mapIdle(page);
  const histogram = page.getByTestId('histogram');
  await expect(histogram).toHaveAttribute('data-unit', 'month');
  const zoomIn = page.getByTestId('zoom-in');
  for (let i = 0; i < 6 && (await zoomIn.isEnabled()); i++) await zoomIn.click();
  await expect(histogram).toHaveAttribute('data-unit', 'hour');
  await expect(page).toHaveURL(/span=1917-11-0\d\/1917-11-\d\d/);
  await page.getByTestId('time-slider').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('current-date')).toHaveText(
    /^25 October \(7 November\) 1917, 01:00$/
  );
});

test('cite this view gives a permalink, Chicago and BibTeX with the data version, and the sources', async ({
  page
}) => {
  await page.goto('/?t=1921-03-07&mode=window&w=30');
  await mapIdle(page);
  await page.getByTestId('cite-button').click();
  const dialog = page.getByTestId('cite-dialog');
  const version = await page.evaluate(
    async () => (await (await fetch('/data/atlas.json')).json()).version as string
  );
  await expect(dialog.getByTestId('cite-chicago')).toContainText(`data version ${version}`);
  await expect(dialog.getByTestId('cite-chicago')).toContainText('t=1921-03-07');
  await expect(dialog.getByTestId('cite-bibtex')).toContainText('@misc{revolutionatlas-');
  await expect(dialog.getByTestId('cite-sources').getByRole('listitem')).not.toHaveCount(0);
  await expect(dialog.getByTestId('cite-sources')).toContainText('paragraphs');
});

test('the interface switches to Russian: strings, dates, place names, kept in the URL', async ({
  page
}) => {
  await page.goto('/?t=1917-11-07&z=6&c=32,58');
  await mapIdle(page);
  await page.getByTestId('lang').click();
  await expect(page).toHaveURL(/lang=ru/);
  await expect(page.getByTestId('current-date')).toHaveText('25 октября (7 ноября) 1917');
  await expect(page.getByTestId('legend')).toContainText('Типы событий');
  await expect(page.getByTestId('legend')).toContainText('Забастовка');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Атлас революции');
  await expect.poll(() => label(page, 'petrograd')).toBe('Петроград');
  await page.reload();
  await mapIdle(page);
  await expect(page.getByTestId('current-date')).toHaveText('25 октября (7 ноября) 1917');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
});
