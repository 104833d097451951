/**
 * The TimelineJS export opens in TimelineJS: the library from node_modules
 * (@knight-lab/timelinejs) on a page of its own, served by the test under the app's host, given the
 * atlas's real events as `eventsToTimeline` writes them. No request leaves localhost (the fixture's
 * guard): TimelineJS is told to load its files from there and no web font.
 */
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { readGeodata } from '../../scripts/data/read-geodata';
import { validateGeodata } from '../../scripts/data/validate';
import { eventsToTimeline } from '../../src/lib/export/timeline';
import { expect, test } from './fixtures';

const DIST = join('node_modules', '@knight-lab', 'timelinejs', 'dist');
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.eot': 'application/vnd.ms-fontobject'
};
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="css/timeline.css"><script src="js/timeline.js"></script></head>
<body style="margin:0"><div id="timeline" style="width:1200px;height:700px"></div></body></html>`;

declare global {
  interface Window {
    /** timelinejs.spec: TimelineJS's global and the timeline made from the export. */
    TL?: { Timeline: new (id: string, data: unknown, options: object) => TimelineInstance };
    __timeline?: TimelineInstance;
    __timelineLoaded?: boolean;
  }
}
interface TimelineInstance {
  on(event: string, fn: () => void): void;
  goToId(id: string): void;
  config: { events: unknown[]; isValid(): boolean; getErrors(): string[] };
}

const { data } = validateGeodata(readGeodata());

test('TimelineJS opens the exported timeline of the atlas’s events', async ({
  page,
  guard,
  baseURL
}) => {
  void guard;
  const timeline = eventsToTimeline(data.events, {
    title: 'Revolution Atlas 1905–1921',
    description: `${data.events.length} events`,
    places: data.places,
    sources: data.sources
  });
  const root = `${baseURL}/__timelinejs/`;
  await page.route(`${root}**`, (route) => {
    const path = new URL(route.request().url()).pathname.slice('/__timelinejs/'.length);
    if (path === 'index.html') return route.fulfill({ contentType: 'text/html', body: PAGE });
    const file = normalize(join(DIST, path));
    if (!file.startsWith(DIST)) return route.fulfill({ status: 404 });
    return route.fulfill({
      contentType: TYPES[extname(file)] ?? 'application/octet-stream',
      body: readFileSync(file)
    });
  });
  await page.goto(`${root}index.html`);
  await page.evaluate(
    ({ data, scriptPath }) => {
      const tl = new window.TL!.Timeline('timeline', data, {
        script_path: scriptPath,
        font: null,
        language: 'en',
        hash_bookmark: false
      });
      tl.on('loaded', () => (window.__timelineLoaded = true));
      window.__timeline = tl;
    },
    { data: timeline, scriptPath: `${root}js/` }
  );
  await page.waitForFunction(() => window.__timelineLoaded === true);

  const config = await page.evaluate(() => ({
    valid: window.__timeline!.config.isValid(),
    errors: window.__timeline!.config.getErrors(),
    events: window.__timeline!.config.events.length
  }));
  expect(config).toEqual({ valid: true, errors: [], events: data.events.length });
  // A slide per event after the title slide, and a marker per event on the time axis.
  await expect(page.locator('.tl-slide')).toHaveCount(data.events.length + 1);
  await expect(page.locator('.tl-timemarker')).toHaveCount(data.events.length);
  await expect(page.locator('.tl-message-full')).toBeHidden();

  const october = timeline.events.find(
    (s) => s.unique_id === 'october-insurrection-petrograd-1917'
  )!;
  await page.evaluate((id) => window.__timeline!.goToId(id), october.unique_id);
  // The event's slide comes into view with its headline, its date as written and its place.
  const title = data.events.find((e) => e.id === october.unique_id)!.title;
  const slide = page
    .locator('.tl-slide')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) });
  await expect(slide).toHaveCount(1);
  await expect(slide).toBeInViewport({ ratio: 0.9 });
  await expect(slide.locator('.tl-headline-date')).toHaveText(october.display_date);
  await expect(slide).toContainText('Where: Petrograd');
});
