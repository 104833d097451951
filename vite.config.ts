import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: {
    // maplibre-gl is one prebuilt chunk of 1.1 MB (300 KB gzip); warn only for chunks beyond it.
    chunkSizeWarningLimit: 1150,
    // Rolldown's per-plugin timing report is noise on every build.
    rolldownOptions: { checks: { bundlerTimings: false } }
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Every core: the default leaves one free, which on a two-core CI machine halves the speed.
    maxWorkers: '100%',
    // Generous, for a shared CI machine under load; no test asserts how long anything takes.
    testTimeout: 120_000,
    hookTimeout: 120_000
  }
});
