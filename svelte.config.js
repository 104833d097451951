import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The path the site is served under: '' for the root, or e.g. `BASE_PATH=/atlas` for
 * https://example.org/atlas/.
 * @param {string} value
 * @returns {string}
 */
function basePath(value) {
  if (value !== '' && (!value.startsWith('/') || value.endsWith('/'))) {
    throw new Error(
      `BASE_PATH must be empty or start with "/" and not end with "/" (got "${value}")`
    );
  }
  return value;
}

// The static site goes to build/ unless BUILD_DIR says otherwise (the tests build a sub-path copy
// beside it, before the normal build, so that `vite preview` still serves the normal one).
const buildDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: buildDir, assets: buildDir, fallback: '404.html' }),
    paths: { base: basePath(process.env.BASE_PATH ?? '') },
    // Registered by the app once the first map has settled (src/lib/offline.ts), not at start.
    serviceWorker: { register: false },
    // A new deployment is looked for every five minutes and whenever the tab is shown again
    // (src/lib/ui/UpdateNotice.svelte), and announced with a reload button.
    version: { pollInterval: 300_000 },
    prerender: { handleHttpError: 'fail' },
    // No inline script unless hashed, nothing from another origin; workers, WebGL and the
    // service worker still work. Styles may be inline (MapLibre and Svelte set element styles).
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'worker-src': ['self', 'blob:'],
        'child-src': ['self', 'blob:'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self', 'data:'],
        'connect-src': ['self'],
        'media-src': ['self', 'blob:', 'data:'],
        'manifest-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    }
  }
};

export default config;
