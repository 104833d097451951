import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, mapIdle } from './fixtures';
import { XSS_VECTORS } from './xss-vectors';

/**
 * Every route of the built site (the atlas in both languages and with a selection, an area and a
 * window, the lecture list, lectures, the presenter view, a handout, embeds), and what shows it is
 * ready: its map idle, or for a page without one, an element.
 */
const ROUTES: { path: string; map?: true; ready?: (page: Page) => Locator }[] = [
  { path: '/?t=1921-03-07&mode=window&w=30', map: true },
  { path: '/?t=1917-11-07&e=october-insurrection-petrograd-1917', map: true },
  { path: '/?t=1921-02-01&area=tambov-rising-area&lang=ru', map: true },
  { path: '/?t=1921-03-07&e=bloody-sunday-1905&lang=ru', map: true },
  { path: '/embed?story=kronstadt-1921&scene=3', map: true },
  { path: '/embed?t=1905-01-22', map: true },
  { path: '/present', ready: (page) => page.getByRole('main').getByRole('listitem').first() },
  { path: '/present/1905?scene=2', map: true },
  { path: '/present/1917?scene=3&view=presenter', ready: (page) => page.getByTestId('presenter') },
  { path: '/present/1918-counter-revolution', map: true },
  { path: '/present/makhnovshchina', map: true },
  { path: '/present/tambov/handout', ready: (page) => page.getByTestId('print') }
];

/** Half the routes each, so that the two halves run side by side. */
const HALVES = [ROUTES.slice(0, 6), ROUTES.slice(6)];

for (const [i, routes] of HALVES.entries()) {
  test(`every route loads under the CSP with no violation, no page error, no request off this host, and no serious axe finding (${i + 1} of 2)`, async ({
    page,
    guard
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__csp!.push(`${e.violatedDirective} ${e.blockedURI}`)
      );
    });
    for (const { path, map, ready } of routes) {
      await page.goto(path);
      if (map) await mapIdle(page);
      else await ready!(page).waitFor({ timeout: 120_000 });
      // Everything the page asks for (scripts, workers, tiles, fonts) has been asked for and answered.
      await page.waitForLoadState('networkidle');
      const csp = await page
        .locator('meta[http-equiv="content-security-policy"]')
        .getAttribute('content');
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toContain('unsafe-eval');
      expect(await page.evaluate(() => window.__csp), path).toEqual([]);
      const result = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
      const bad = result.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical'
      );
      expect(
        bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        path
      ).toEqual([]);
    }
    expect(guard.foreign).toEqual([]);
  });
}

test(`${XSS_VECTORS.length} XSS vectors in every imported field execute nothing and show as text`, async ({
  page
}) => {
  expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(100);
  const hits: number[] = [];
  await page.exposeFunction('__xssHit', (n: number) => hits.push(n));
  await page.addInitScript(() => {
    window.__xss = (n) => window.__xssHit!(n);
  });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/?t=1917-03-08&mode=cumulative&w=30');
  await mapIdle(page);

  // One row per vector, the vector in every text field; coordinates valid so every row is kept.
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const header = ['date', 'title', 'place', 'type', 'summary', 'lat', 'lon', XSS_VECTORS[2]];
  const rows = XSS_VECTORS.map((v, i) =>
    [
      '1917-03-0' + ((i % 8) + 1),
      v,
      v,
      v,
      v,
      (50 + (i % 10)).toString(),
      (30 + (i % 10)).toString(),
      v
    ]
      .map(q)
      .join(',')
  );
  await page.getByTestId('import-input').setInputFiles({
    name: 'xss.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([header.map(q).join(','), ...rows].join('\n'))
  });
  await page.getByTestId('import-mapping').getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('import-message')).toContainText(
    `${XSS_VECTORS.length} events imported`
  );
  await page.getByText(/^Rows not imported or changed/).click(); // the type column's values are reported back, as text

  // Show them: the list, each panel, the search results.
  // The list renders the rows in view: walk down to the first vector's row by keyboard.
  const list = page.getByTestId('event-list');
  const at = await page.evaluate(
    (title) => window.__atlas!.atlas.shown.all().findIndex((e) => e.title === title),
    XSS_VECTORS[0]
  );
  expect(at).toBeGreaterThanOrEqual(0);
  await list.focus();
  for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
  await expect(list.locator(`[aria-posinset="${at + 1}"] .title`)).toHaveText(XSS_VECTORS[0]);
  const ids = await page.evaluate(() =>
    window.__atlas!.atlas.imports.flatMap((l) => l.table.all().map((e) => e.id))
  );
  for (const id of ids.slice(0, 12)) {
    await page.evaluate((id) => window.__atlas!.atlas.select(id), id);
    await expect(page.getByTestId('event-panel')).toBeVisible();
  }
  await expect(page.getByTestId('event-panel').getByRole('heading', { level: 2 })).toHaveText(
    /<|'|"|script|javascript|\{/
  );
  await page.getByTestId('search').fill('script');
  await expect(page.getByTestId('search-results')).toBeVisible();
  await page.getByTestId('cite-button').click();
  await expect(page.getByTestId('cite-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('cite-dialog')).toBeHidden();

  expect(hits).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(
    await page
      .locator('script:not([src]):not([type])')
      .evaluateAll((s) => s.map((x) => x.textContent).filter((t) => t?.includes('__xss')))
  ).toEqual([]);

  // Clean up the stored layer for the next tests.
  await page
    .getByTestId('import-layers')
    .getByRole('button', { name: /^Remove/ })
    .click();
  await expect(page.getByTestId('import-layers')).toHaveCount(0);
});
