/**
 * The floor under "first map idle": a bare page with MapLibre alone (its ES module and worker
 * from node_modules, one background layer, no app, no data), loaded cold like the real page. The
 * real page cannot reach its first idle sooner than this on the same machine.
 */
import type { Browser } from '@playwright/test';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {} from './globals';
import { serveStatic } from './serve';

const DIST = 'node_modules/maplibre-gl/dist';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>MapLibre alone</title>
    <link rel="stylesheet" href="maplibre-gl.css" />
    <style>html, body, #map { margin: 0; width: 100%; height: 100%; }</style>
  </head>
  <body>
    <div id="map"></div>
    <script type="module">
      import * as maplibregl from './maplibre-gl.mjs';
      maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', location.href).href);
      const map = new maplibregl.Map({
        container: 'map',
        style: {
          version: 8,
          sources: {},
          layers: [{ id: 'water', type: 'background', paint: { 'background-color': '#c8d7de' } }]
        },
        center: [40, 55],
        zoom: 3.6
      });
      map.once('idle', () => (window.__firstIdle = performance.now()));
    </script>
  </body>
</html>
`;

/** First idle (ms since navigation) of `loads` cold loads, each in a new browser context. */
export async function barePage(
  browser: Browser,
  viewport: { width: number; height: number },
  loads: number,
  port: number
): Promise<number[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bare-'));
  for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'])
    copyFileSync(path.join(DIST, f), path.join(dir, f));
  writeFileSync(path.join(dir, 'index.html'), PAGE);
  const close = await serveStatic(dir, port);
  const times: number[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      page.on('pageerror', (e) => {
        throw e;
      });
      await page.goto(`http://localhost:${port}/`);
      await page.waitForFunction(() => window.__firstIdle !== undefined, undefined, {
        timeout: 60_000
      });
      times.push(Math.round(await page.evaluate(() => window.__firstIdle!)));
      await context.close();
    }
  } finally {
    close();
    rmSync(dir, { recursive: true, force: true });
  }
  return times;
}
