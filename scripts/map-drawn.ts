/** Waiting for the atlas's map in a page that a script or the benchmark drives. */
import type { Page } from '@playwright/test';
import type {} from '../src/lib/testing/atlas-hook';

/**
 * Waits until the page's map (`window.__atlas`) has loaded and drawn its events at least once;
 * with `tiles`, until its tiles have loaded too.
 */
export async function mapDrawn(page: Page, { tiles = false } = {}): Promise<void> {
  await page.waitForFunction(
    (tiles) => {
      const a = window.__atlas;
      return (
        !!a && a.map.loaded() && (!tiles || a.map.areTilesLoaded()) && a.layer.stats.frames > 0
      );
    },
    tiles,
    { timeout: 60_000 }
  );
}

/**
 * Waits until the page's map has its data, style and tiles and has drawn its events, then for one
 * `idle` after a repaint; with `still`, also until no playback runs and the camera has stopped
 * (a lecture's first scene animates). The browser tests and the benchmark wait with this.
 */
export async function mapIdle(
  page: Page,
  { still = false, timeout = 120_000 } = {}
): Promise<void> {
  await page.waitForFunction(
    (still) => {
      const a = window.__atlas;
      return (
        !!a &&
        !!a.atlas.data &&
        a.map.loaded() &&
        a.map.isStyleLoaded() &&
        a.map.areTilesLoaded() &&
        a.layer.stats.frames > 0 &&
        (!still || (!a.atlas.playing && !a.map.isMoving()))
      );
    },
    still,
    { timeout, polling: 100 }
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const { map } = window.__atlas!;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      })
  );
}
