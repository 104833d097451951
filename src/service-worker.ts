/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline: on install, caches the whole build (app, workers, fonts), the static files (data,
 * basemap, city layers) and every prerendered page; then answers same-origin GETs from the cache
 * first, so after one visit the atlas and every lecture work with the network off. Every path
 * is under `base` (the site may be served from a sub-path such as /atlas), and so is the scope.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `revolution-atlas-${version}`;
const ASSETS = [...build, ...files, ...prerendered];
/** The atlas's own page: `/`, or `/atlas/` when the site is served under /atlas. */
const ROOT = `${base}/`;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(ASSETS))
      .then(() => sw.skipWaiting())
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => sw.clients.claim())
  );
});

sw.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== sw.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Pages are cached by path; their query (?t=…, ?scene=…) is state read in the browser.
      const hit = await cache.match(req, {
        ignoreSearch: req.mode === 'navigate' || url.pathname.startsWith(`${base}/data/`)
      });
      if (hit) return hit;
      try {
        const res = await fetch(req);
        if (res.ok && res.type === 'basic') cache.put(req, res.clone());
        return res;
      } catch {
        const page =
          req.mode === 'navigate'
            ? await cache.match(
                url.pathname === base || url.pathname === ROOT ? ROOT : `${url.pathname}.html`
              )
            : undefined;
        return (
          page ?? new Response('Offline, and this was not saved for offline use.', { status: 503 })
        );
      }
    })()
  );
});
