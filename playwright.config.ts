import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

/** Browser tests run the built site in Debian's Chromium with SwiftShader WebGL (see DESIGN.md). */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: 'http://localhost:4173',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS
    }
  },
  webServer: [
    {
      command: 'npx vite preview --port 4173 --strictPort',
      url: 'http://localhost:4173',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000
    },
    {
      // The sub-path build (npm run build:subpath) as a plain static host serves it, under /atlas.
      command: 'npx tsx scripts/serve-static.ts build-atlas /atlas 4174',
      url: 'http://127.0.0.1:4174/atlas/',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000
    }
  ]
});
