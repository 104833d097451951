/**
 * The static build deployed under a sub-path: `npm run build:subpath` (BASE_PATH=/atlas) served
 * by scripts/serve-static.ts under /atlas/ on a port of its own, as a plain static host would.
 * Every request must stay under /atlas/, lectures must step, unknown pages must show the atlas's
 * own 404 page.
 */
import type { BrowserContext } from '@playwright/test';
import { test, expect, mapIdle, countColours } from './fixtures';

const ORIGIN = `http://127.0.0.1:${process.env.ATLAS_SUBPATH_PORT}`;
test.use({ baseURL: ORIGIN });

/**
 * Records every request made in the context (pages, their workers and the service worker), and
 * every response with an error status.
 */
function record(context: BrowserContext): { urls: string[]; failed: string[] } {
  const out = { urls: [] as string[], failed: [] as string[] };
  context.on('request', (r) => out.urls.push(r.url()));
  context.on('response', (r) => {
    if (r.status() >= 400) out.failed.push(`${r.status()} ${r.url()}`);
  });
  return out;
}

/** The recorded requests that are not under /atlas/ on this server (data: and blob: aside). */
function outsideBase(urls: string[]): string[] {
  return urls.filter((u) => {
    const url = new URL(u);
    if (url.protocol === 'data:' || url.protocol === 'blob:') return false;
    return url.origin !== ORIGIN || !url.pathname.startsWith('/atlas/');
  });
}

test.describe(() => {
  // This test needs the offline worker, which the others block (playwright.config.ts).
  test.use({ serviceWorkers: 'allow' });
  test('under /atlas/ the map draws and every request, the offline worker included, stays there', async ({
    page,
    context,
    guard
  }) => {
    const { urls, failed } = record(context);
    await page.goto('/atlas/?t=1921-03-07');
    await mapIdle(page);
    const { counts, total } = await countColours(page, { land: [0xf4, 0xef, 0xe3] }, 6);
    expect(counts.land / total).toBeGreaterThan(0.2);
    await expect(page.getByTestId('current-date')).toHaveText('7 March 1921');

    // The service worker has installed (it cached the whole site) with the base as its scope.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${ORIGIN}/atlas/`);
    // The manifest's start page and scope resolve to the atlas too.
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
      const m = (await (await fetch(href)).json()) as { start_url: string; scope: string };
      return [new URL(m.start_url, href).href, new URL(m.scope, href).href];
    });
    expect(manifest).toEqual([`${ORIGIN}/atlas/`, `${ORIGIN}/atlas/`]);

    const paths = urls.map((u) => new URL(u).pathname);
    for (const prefix of [
      '/atlas/_app/immutable/',
      '/atlas/data/atlas.json',
      '/atlas/data/basemap/tiles/',
      '/atlas/data/city/',
      '/atlas/service-worker.js'
    ]) {
      expect(
        paths.some((p) => p.startsWith(prefix)),
        prefix
      ).toBe(true);
    }
    expect(paths.some((p) => p.endsWith('.woff2'))).toBe(true);
    expect(outsideBase(urls)).toEqual([]);
    expect(failed).toEqual([]);
    expect(guard.errors).toEqual([]);
  });
});

test('a lecture under /atlas/ steps to its next scene and leaves for the atlas', async ({
  page,
  context,
  request,
  guard
}) => {
  const { urls, failed } = record(context);
  const stories = (await (await request.get('/atlas/data/stories.json')).json()) as {
    id: string;
    scenes: { title: string }[];
  }[];
  const { id, scenes } = stories[0];
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/atlas/present/${id}`);
  await mapIdle(page);
  const heading = page.getByTestId('caption').getByRole('heading');
  await expect(heading).toHaveText(scenes[0].title);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`^${ORIGIN}/atlas/present/${id}\\?(.*&)?scene=2(&|$)`));
  await expect(heading).toHaveText(scenes[1].title);

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`^${ORIGIN}/atlas/\\?t=`));
  await mapIdle(page);
  expect(outsideBase(urls)).toEqual([]);
  expect(failed).toEqual([]);
  expect(guard.errors).toEqual([]);
});

test('an unknown page under /atlas/ shows the atlas 404 page with a way back', async ({
  page,
  context,
  guard
}) => {
  const { urls, failed } = record(context);
  const res = await page.goto('/atlas/no-such-page');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByTestId('error-page')).toContainText('/atlas/no-such-page');
  await page.getByRole('link', { name: 'Back to the atlas' }).click();
  await expect(page).toHaveURL(`${ORIGIN}/atlas/`);
  await mapIdle(page);
  expect(outsideBase(urls)).toEqual([]);
  expect(failed).toEqual([`404 ${ORIGIN}/atlas/no-such-page`]);
  // That 404 is reported in the console by the browser, and SvelteKit logs the unknown route:
  // both expected here; the guard still fails the test on any other error.
  const expected = [
    /^console: Failed to load resource: the server responded with a status of 404 /,
    /^console: \w+: Not found: \/atlas\/no-such-page\n/
  ];
  const rest = guard.errors.filter((e) => !expected.some((re) => re.test(e)));
  expect(guard.errors.length - rest.length).toBe(2);
  guard.errors.splice(0, guard.errors.length, ...rest);
});
