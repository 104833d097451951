/**
 * Offline use: the service worker (src/service-worker.ts) downloads the whole site when it
 * installs. Registered as the page starts (SvelteKit's default), that download and the worker's
 * start competed with the first map load on a two-core machine (≈ 200 ms later first idle,
 * measured side by side). It is registered once the first map has settled instead, or after
 * `FALLBACK_MS` on a page whose map never does. Its scope is the site's base path (`/`, or e.g.
 * `/atlas/` for a site served under /atlas), so it serves the atlas and nothing beside it.
 */
import { browser, dev } from '$app/environment';
import { base } from '$app/paths';

const FALLBACK_MS = 8000;

let settle: () => void = () => {};
const settled = new Promise<void>((resolve) => (settle = resolve));
let started = false;

/** The map calls this at its first idle. */
export function markSettled(): void {
  settle();
}

/** Registers the service worker after the first map has settled (once per page load). */
export function registerOffline(): void {
  if (!browser || started || !('serviceWorker' in navigator)) return;
  started = true;
  const fallback = new Promise<void>((resolve) => setTimeout(resolve, FALLBACK_MS));
  Promise.race([settled, fallback]).then(() =>
    navigator.serviceWorker
      .register(`${base}/service-worker.js`, {
        scope: `${base}/`,
        type: dev ? 'module' : 'classic'
      })
      .catch((e: unknown) => console.warn(`Offline use is not available: ${String(e)}`))
  );
}
