/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline: on install, caches the whole build (app, workers, fonts), the static files (data,
 * basemap, city layers) and every prerendered page; then answers same-origin GETs from the cache
 * first, so after one visit the atlas and every lecture work with the network off. Offline, an
 * address the site does not have gets the atlas's own 404 page (the static build's 404.html). The
 * version file is asked of the network first, so a new deployment is seen while this one runs
 * (src/lib/ui/UpdateNotice.svelte). Every path is under `base` (the site may be served from a
 * sub-path such as /atlas), and so is the scope.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `revolution-atlas-${version}`;
/** The page for an address the site does not have (adapter-static's fallback). */
const NOT_FOUND = `${base}/404.html`;
/** What SvelteKit polls to learn of a new deployment (`kit.appDir` is the default, `_app`). */
const VERSION_FILE = `${base}/_app/version.json`;
const ASSETS = [...build, ...files, ...prerendered];
/** The atlas's own page: `/`, or `/atlas/` when the site is served under /atlas. */
const ROOT = `${base}/`;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then(async (cache) => {
        await cache.addAll(ASSETS);
        // A static host may serve 404.html with the status 404 itself; it is kept either way.
        const missing = await fetch(NOT_FOUND);
        if (missing.ok || missing.status === 404) await cache.put(NOT_FOUND, missing);
      })
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
      if (url.pathname === VERSION_FILE) {
        try {
          return await fetch(req);
        } catch {
          return (await cache.match(req, { ignoreSearch: true })) ?? Response.error();
        }
      }
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
        if (req.mode === 'navigate') {
          const page = await cache.match(
            url.pathname === base || url.pathname === ROOT ? ROOT : `${url.pathname}.html`
          );
          if (page) return page;
          // Every page of the site is cached, so one that is not is one the site does not have.
          const missing = await cache.match(NOT_FOUND);
          if (missing) return new Response(missing.body, { status: 404, headers: missing.headers });
        }
        return new Response('Offline, and this was not saved for offline use.', { status: 503 });
      }
    })()
  );
});
