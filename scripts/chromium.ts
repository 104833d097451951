/**
 * Debian's Chromium with WebGL drawn by Mesa's llvmpipe through EGL, as every browser run here uses
 * it (see docs/design.md: about twice as fast to load the atlas as SwiftShader).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--use-angle=gl-egl',
  '--ignore-gpu-blocklist',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];
