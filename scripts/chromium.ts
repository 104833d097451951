/**
 * Debian's Chromium, as every browser run here uses it (see docs/design.md). The tests and the
 * screenshots draw WebGL with Mesa's llvmpipe through EGL, about twice as fast to load the atlas as
 * SwiftShader; the benchmark and the soak draw it with SwiftShader, what Chrome itself falls back to
 * on a lecture-hall PC without a GPU driver, so their figures are what such a PC's user feels.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const COMMON = [
  '--ignore-gpu-blocklist',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];

/** The browser tests and the screenshots: WebGL on llvmpipe. */
export const CHROMIUM_ARGS = ['--use-angle=gl-egl', ...COMMON];

/** The benchmark and the soak: WebGL on SwiftShader. */
export const BENCH_CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  ...COMMON
];
