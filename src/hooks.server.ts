/**
 * The prerendered pages also name their fonts in `<link rel="preload">`, so they arrive with the
 * stylesheets: the first paint already uses them, instead of painting again when each one lands
 * (every paint is a full composite under a software GPU). Only woff2: every browser the atlas
 * runs in (WebGL2) reads it, and the woff fallbacks would be downloaded for nothing.
 */
import type { Handle } from '@sveltejs/kit';

export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    preload: ({ type, path }) =>
      type === 'js' || type === 'css' || (type === 'font' && path.endsWith('.woff2'))
  });
