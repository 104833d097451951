/**
 * Shared browser-test setup: every test fails on a page error, a console error, or any request
 * that leaves localhost. Helpers read the live map through `window.__atlas`.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { rgb } from '../../src/lib/model/event-types';

export interface Guard {
  errors: string[];
  foreign: string[];
}

export const test = base.extend<{ guard: Guard }>({
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

/** Waits until the map has loaded its style, drawn the event layer and gone idle. */
export async function mapIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const a = (
        window as unknown as {
          __atlas?: {
            map: { loaded(): boolean; isStyleLoaded(): boolean; areTilesLoaded(): boolean };
            layer: { stats: { frames: number } };
            atlas: { data: unknown };
          };
        }
      ).__atlas;
      return (
        !!a &&
        !!a.atlas.data &&
        a.map.loaded() &&
        a.map.isStyleLoaded() &&
        a.map.areTilesLoaded() &&
        a.layer.stats.frames > 0
      );
    },
    undefined,
    { timeout: 120_000 }
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const { map } = (
          window as unknown as {
            __atlas: { map: { once(e: string, f: () => void): void; triggerRepaint(): void } };
          }
        ).__atlas;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      })
  );
}

/** RGBA counts of the map as shown (the map's canvas with the events' canvas over it): how many pixels are near each of the given colours. */
export async function countColours(
  page: Page,
  colours: Record<string, [number, number, number]>,
  tolerance = 18
) {
  return page.evaluate(
    ({ colours, tolerance }) => {
      const { map, overlay } = (
        window as unknown as {
          __atlas: {
            map: { getCanvas(): HTMLCanvasElement };
            overlay: { canvas: HTMLCanvasElement };
          };
        }
      ).__atlas;
      const src = map.getCanvas();
      const c = document.createElement('canvas');
      c.width = src.width;
      c.height = src.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(src, 0, 0);
      ctx.drawImage(overlay.canvas, 0, 0);
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      const out: Record<string, number> = {};
      for (const k of Object.keys(colours)) out[k] = 0;
      const distinct = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        if (distinct.size < 5000) distinct.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        for (const [k, [r, g, b]] of Object.entries(colours)) {
          if (
            Math.abs(data[i] - r) <= tolerance &&
            Math.abs(data[i + 1] - g) <= tolerance &&
            Math.abs(data[i + 2] - b) <= tolerance
          )
            out[k]++;
        }
      }
      return { counts: out, total: data.length / 4, distinct: distinct.size };
    },
    { colours, tolerance }
  );
}

/** The colour of the map as shown (basemap and events) at CSS position (x, y). */
export async function pixelAt(
  page: Page,
  x: number,
  y: number
): Promise<[number, number, number, number]> {
  return page.evaluate(
    ({ x, y }) => {
      const { map, overlay } = (
        window as unknown as {
          __atlas: {
            map: { getCanvas(): HTMLCanvasElement };
            overlay: { canvas: HTMLCanvasElement };
          };
        }
      ).__atlas;
      const src = map.getCanvas();
      const ratio = src.width / src.clientWidth;
      const c = document.createElement('canvas');
      c.width = src.width;
      c.height = src.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(src, 0, 0);
      ctx.drawImage(overlay.canvas, 0, 0);
      const d = ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
      return [d[0], d[1], d[2], d[3]] as [number, number, number, number];
    },
    { x, y }
  );
}
