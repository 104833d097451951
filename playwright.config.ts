import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';
import { freePort } from './scripts/free-port';

/**
 * The built sites are served on ports nothing else holds (chosen once, then inherited by the
 * workers through the environment), so a server left running elsewhere is never tested by mistake.
 */
process.env.ATLAS_TEST_PORT ??= String(await freePort());
process.env.ATLAS_SUBPATH_PORT ??= String(await freePort());
const PORT = Number(process.env.ATLAS_TEST_PORT);
const SUBPATH_PORT = Number(process.env.ATLAS_SUBPATH_PORT);

/**
 * Browser tests run the built site in Debian's Chromium with SwiftShader WebGL (see docs/design.md).
 * Time limits are for a shared, loaded machine: they stop a hung test, and no test times anything.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 180_000,
  expect: { timeout: 30_000 },
  retries: 0,
  // Two at a time, test by test: on two cores about a tenth faster than one (the page's own
  // thread and the waits of one test leave room for the other's drawing).
  workers: 2,
  fullyParallel: true,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // The offline worker downloads the whole site (12 MB, ~1,900 files) into each new context once
    // the map settles; only the tests of offline use and updates let it (`serviceWorkers: 'allow'`).
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS
    }
  },
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: false,
      timeout: 180_000
    },
    {
      // The sub-path build (npm run build:subpath) as a plain static host serves it, under /atlas.
      command: `npx tsx scripts/serve-static.ts build-atlas /atlas ${SUBPATH_PORT}`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/atlas/`,
      reuseExistingServer: false,
      timeout: 180_000
    }
  ]
});
