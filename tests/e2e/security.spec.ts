import { test, expect, mapIdle } from './fixtures';
import { XSS_VECTORS } from './xss-vectors';

/** Every route of the built site, including a lecture, its handout, the presenter view and an embed. */
const ROUTES = [
  '/',
  '/?t=1921-03-07&e=bloody-sunday-1905&lang=ru',
  '/present',
  '/present/1905?scene=2',
  '/present/1917?scene=3&view=presenter',
  '/present/1918-counter-revolution',
  '/present/makhnovshchina',
  '/present/tambov',
  '/present/kronstadt-1921/handout',
  '/embed?story=kronstadt-1921&scene=3',
  '/embed?t=1905-01-22'
];

test('every route loads under the CSP with no violation, no page error and no request off this host', async ({
  page,
  guard
}) => {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp!.push(`${e.violatedDirective} ${e.blockedURI}`)
    );
  });
  for (const route of ROUTES) {
    await page.goto(route);
    // Everything the page asks for (scripts, workers, tiles, fonts) has been asked for and answered.
    await page.waitForLoadState('networkidle');
    const csp = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute('content');
    expect(csp, route).toContain("script-src 'self'");
    expect(csp, route).not.toContain('unsafe-eval');
    expect(await page.evaluate(() => window.__csp), route).toEqual([]);
  }
  expect(guard.foreign).toEqual([]);
});

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
