import { test, expect, mapIdle } from './fixtures';

// The offline worker downloads the whole site (about 1,900 files) once per browser context, so one
// visit serves every check of offline use and of updates; the other tests block it
// (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('after one visit: offline, the atlas, a lecture and the 404 page work; online, a new deployment announces itself', async ({
  page,
  context
}) => {
  await test.step('one visit installs the offline worker, which then serves the page', async () => {
    await page.goto('/');
    await mapIdle(page);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await mapIdle(page);
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  });

  await test.step('offline, the atlas and a lecture work', async () => {
    await context.setOffline(true);
    await page.goto('/?t=1905-01-22&mode=instant');
    await mapIdle(page);
    await expect(page.getByTestId('current-date')).toHaveText('9 January (22 January) 1905');
    await page.goto('/present/1905?scene=2');
    await mapIdle(page);
    await expect(page.getByTestId('caption')).toBeVisible();
  });

  await test.step("offline, an address the site does not have shows the atlas's own 404 page", async () => {
    const res = await page.goto('/no-such-page?lang=ru');
    expect(res?.status()).toBe(404);
    await expect(page.getByTestId('error-page').getByRole('heading')).toHaveText(
      'Страница не найдена'
    );
    await expect(page.getByTestId('error-page')).toContainText('/no-such-page');
    // Its link leads back to the atlas, which works offline.
    await page.getByRole('link', { name: 'Вернуться к атласу' }).click();
    await mapIdle(page);
    await expect(page.getByTestId('event-list')).toBeVisible();
    await context.setOffline(false);
  });

  await test.step('a new deployment announces itself with a reload, through the service worker', async () => {
    await page.goto('/');
    await mapIdle(page);
    const current = await page.evaluate(
      async () => (await (await fetch('/_app/version.json')).json()) as { version: string }
    );
    await expect(page.getByTestId('update-notice')).toHaveCount(0);
    // The site is deployed again: its version file changes (answered here, for the page and for
    // the service worker alike).
    await context.route('**/_app/version.json', (route) =>
      route.fulfill({ json: { version: `${current.version}-next` } })
    );
    // The reader comes back to the tab.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const notice = page.getByTestId('update-notice');
    await expect(notice).toHaveText(/A new version of the atlas is ready\.\s*Reload/);
    await expect(notice).toHaveRole('status');
    await page.evaluate(() => ((window as unknown as { __old?: boolean }).__old = true));
    await Promise.all([
      page.waitForEvent('load'),
      notice.getByRole('button', { name: 'Reload' }).click()
    ]);
    expect(
      await page.evaluate(() => (window as unknown as { __old?: boolean }).__old)
    ).toBeUndefined();
    await mapIdle(page);
  });
});
