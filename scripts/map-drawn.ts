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
