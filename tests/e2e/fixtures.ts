/**
 * Shared browser-test setup: every test fails on a page error, a console error, or any request
 * that leaves localhost. Helpers read the live map through `window.__atlas` (typed as `AtlasHook`
 * in src/lib/testing/atlas-hook.ts); what the tests put on the page's `window` themselves is typed
 * below.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { EVENT_TYPES, rgb } from '../../src/lib/model/event-types';
import type {} from '../../src/lib/testing/atlas-hook';
import { mapIdle } from '../../scripts/map-drawn';

export { mapIdle };

declare global {
  interface Window {
    /** security.spec: the Content-Security-Policy violations the page reported. */
    __csp?: string[];
    /** security.spec: what an XSS vector calls if it ever runs, and the test's function it calls. */
    __xss?: (n: number) => void;
    __xssHit?: (n: number) => void;
    /** resilience.spec: the WebGL contexts a test lost on purpose, to restore them; passes of looping playback. */
    __lose?: WEBGL_lose_context[];
    __passes?: number;
    /** atlas.spec: the sources MapLibre reloaded, and the frames it drew. */
    __reloads?: string[];
    /** atlas.spec: how often the events' labels were given new data. */
    __labelSets?: number;
    __mapFrames?: number;
    /** import.spec: the import's progress events. */
    __progress?: { phase: string; fraction: number }[];
    /** atlas.spec's first-load probe: draw calls on the map's canvas, frames with any, programs linked on the events' canvas. */
    __mapDraws?: number;
    __painted?: number;
    __overlayLinks?: number;
    /** The first-load probe's marks: frames painted and event frames at the map's `load`, then times (ms since navigation). */
    __paintedAtLoad?: number;
    __eventFramesAtLoad?: number;
    __idleAt?: number;
    __swAskedAt?: number;
  }
}

export interface Guard {
  errors: string[];
  foreign: string[];
}

/** What the atlas keeps in a browser for its origin: imports, lectures, settings. */
const SITE_STORAGE = 'cookies,file_systems,indexeddb,local_storage,cache_storage,service_workers';

/**
 * Each test gets a page of its own in a browser context whose storage starts empty. Tests with the
 * project's plain options share one context per worker, emptied of the site's storage before each
 * test and left with no page open after it: its HTTP cache stays warm, as a returning reader's does,
 * which spares every test the cold download and compile of the whole app (about a third of a page
 * load's work here). A test that asks for other options (the offline worker, touch, another
 * origin) gets a fresh context, as does a test after one that failed (Playwright starts a new
 * worker then).
 */
export const test = base.extend<{ guard: Guard }, { sharedContext: BrowserContext }>({
  sharedContext: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport, serviceWorkers: 'block' });
      await use(context);
      await context.close();
    },
    { scope: 'worker' }
  ],
  context: async (
    { browser, sharedContext, baseURL, serviceWorkers, hasTouch, isMobile, viewport },
    use,
    testInfo
  ) => {
    const plain = testInfo.project.use;
    const shared =
      serviceWorkers === 'block' &&
      !hasTouch &&
      !isMobile &&
      baseURL === plain.baseURL &&
      viewport?.width === plain.viewport?.width &&
      viewport?.height === plain.viewport?.height;
    if (!shared) {
      const context = await browser.newContext({
        baseURL,
        serviceWorkers,
        hasTouch,
        isMobile,
        viewport
      });
      await use(context);
      await context.close();
      return;
    }
    await use(sharedContext);
    await Promise.all(sharedContext.pages().map((p) => p.close()));
  },
  page: async ({ context, baseURL }, use) => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const origin = new URL(baseURL!).origin;
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: SITE_STORAGE });
    // A quota a test lowered (import-keep.spec) is restored.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await cdp.detach();
    await use(page);
  },
  guard: async ({ page }, use) => {
    const guard: Guard = { errors: [], foreign: [] };
    page.on('pageerror', (e) => guard.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') guard.errors.push(`console: ${m.text()}`);
    });
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (
        !['localhost', '127.0.0.1'].includes(url.hostname) &&
        !['data:', 'blob:'].includes(url.protocol)
      ) {
        guard.foreign.push(r.url());
      }
    });
    await use(guard);
    expect(guard.errors, 'page errors').toEqual([]);
    expect(guard.foreign, 'requests leaving localhost').toEqual([]);
  }
});

export { expect };

/** An event type's `#rrggbb` as 0–255 channels, as canvas pixels read. */
export function hex(c: string): [number, number, number] {
  const [r, g, b] = rgb(c).map((v) => Math.round(v * 255));
  return [r, g, b];
}

/** Is a pixel within `tol` of a colour on each of red, green and blue? */
export function near(a: readonly number[], b: readonly number[], tol = 40): boolean {
  return [0, 1, 2].every((i) => Math.abs(a[i] - b[i]) <= tol);
}

/** The slider's day, whole. */
export function wholeDay(page: Page): Promise<number> {
  return page.evaluate(() => window.__atlas!.atlas.wholeDay);
}

/** A lecture's scene, as built. */
export interface Scene {
  title: string;
  day: number;
  caption: string;
}

/**
 * A lecture as built (stories.json), and each scene's day as the page writes it in New Style
 * ("7 March 1921").
 */
export async function lecture(
  page: Page,
  id: string
): Promise<{ scenes: Scene[]; dates: string[] }> {
  const scenes = await page.evaluate(async (id) => {
    const stories = (await (await fetch('/data/stories.json')).json()) as {
      id: string;
      scenes: Scene[];
    }[];
    return stories.find((x) => x.id === id)!.scenes;
  }, id);
  const dates = scenes.map((sc) =>
    new Date(Date.UTC(1900, 0, 1 + sc.day)).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC'
    })
  );
  return { scenes, dates };
}

/** RGBA pixels, row by row. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/**
 * Pixels as the page draws them in a 2D canvas: the map as shown (the map's canvas with the
 * events' canvas over it), or a PNG's bytes; all of it, or the one pixel at a CSS position (x, y)
 * of the map.
 */
export async function readPixels(
  page: Page,
  what: { png: Buffer } | { at?: { x: number; y: number } } = {}
): Promise<Pixels> {
  return page.evaluate(
    async ({ png, at }) => {
      let layers: CanvasImageSource[];
      let width: number;
      let height: number;
      let ratio = 1;
      if (png !== undefined) {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        layers = [img];
        [width, height] = [img.width, img.height];
      } else {
        const { map, overlay } = window.__atlas!;
        const src = map.getCanvas();
        ratio = src.width / src.clientWidth;
        layers = [src, overlay.canvas];
        [width, height] = [src.width, src.height];
      }
      const c = document.createElement('canvas');
      c.width = width;
      c.height = height;
      const ctx = c.getContext('2d')!;
      for (const layer of layers) ctx.drawImage(layer, 0, 0);
      const { data } = at
        ? ctx.getImageData(Math.round(at.x * ratio), Math.round(at.y * ratio), 1, 1)
        : ctx.getImageData(0, 0, width, height);
      return at ? { width: 1, height: 1, data } : { width, height, data };
    },
    'png' in what
      ? { png: what.png.toString('base64'), at: undefined }
      : { png: undefined, at: what.at }
  );
}

/** How many pixels of the map as shown are near each of the given colours (within `tolerance` on each channel), of how many, and how many distinct colours (counted up to 5000). */
export async function countColours(
  page: Page,
  colours: Record<string, [number, number, number]>,
  tolerance = 18
) {
  const { data } = await readPixels(page);
  const counts: Record<string, number> = {};
  for (const k of Object.keys(colours)) counts[k] = 0;
  const distinct = new Set<number>();
  for (let i = 0; i < data.length; i += 4) {
    if (distinct.size < 5000) distinct.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    for (const [k, [r, g, b]] of Object.entries(colours)) {
      if (
        Math.abs(data[i] - r) <= tolerance &&
        Math.abs(data[i + 1] - g) <= tolerance &&
        Math.abs(data[i + 2] - b) <= tolerance
      )
        counts[k]++;
    }
  }
  return { counts, total: data.length / 4, distinct: distinct.size };
}

/** The colour of the map as shown (basemap and events) at CSS position (x, y). */
export async function pixelAt(
  page: Page,
  x: number,
  y: number
): Promise<[number, number, number, number]> {
  const { data } = await readPixels(page, { at: { x, y } });
  return [data[0], data[1], data[2], data[3]];
}

/** A shown event: its screen position (map-relative CSS px), colour and span, read from the live page. */
export interface ShownEvent {
  id: string;
  title: string;
  type: string;
  start: number;
  end: number;
  color: string;
  x: number;
  y: number;
}

/** The first shown event whose place starts with `place`; fails if there is none. */
export async function shownEvent(page: Page, place: string): Promise<ShownEvent> {
  const shown = await page.evaluate((place) => {
    const { map, atlas } = window.__atlas!;
    const e = atlas.shown.all().find((e) => e.place.startsWith(place));
    if (!e) return null;
    const p = map.project([e.lon, e.lat]);
    return {
      id: e.id,
      title: e.title,
      type: e.type,
      start: e.start,
      end: e.end,
      x: p.x + e.dx,
      y: p.y + e.dy
    };
  }, place);
  if (!shown) throw new Error(`no event at ${place} is shown`);
  return { ...shown, color: EVENT_TYPES.find((t) => t.id === shown.type)!.color };
}
