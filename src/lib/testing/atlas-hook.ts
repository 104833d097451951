import type { Map as MapLibreMap } from 'maplibre-gl';
import type { EventLayer } from '$lib/map/event-layer';
import type { EventOverlay } from '$lib/map/event-overlay';
import type { MapContext } from '$lib/map/map-context.svelte';
import type { AtlasState } from '$lib/state/atlas-state.svelte';

/**
 * For init scripts (the benchmark's, the browser tests'): JavaScript, as a string, that runs
 * `body` with `v` bound to what MapView puts in `window.__atlas` (an `AtlasHook`)
 * the moment it does, right after it created the map and before its first frame. A string
 * because the page runs it before its own scripts (and tsx would wrap a function's inner
 * functions in a helper the page does not have).
 */
export function onAtlas(body: string): string {
  return `
  let store;
  Object.defineProperty(window, '__atlas', {
    configurable: true,
    get: () => store,
    set(v) {
      store = v;
      ${body}
    }
  });
`;
}

/** What the atlas's map puts in `window.__atlas` for the browser tests and the benchmark. */
export interface AtlasHook {
  map: MapLibreMap;
  /** The atlas's own events. */
  layer: EventLayer;
  /** The first imported layer drawn (a visible import's events), if any. */
  importedLayer: EventLayer | undefined;
  /** The events' canvas. */
  overlay: EventOverlay;
  atlas: AtlasState;
}

declare global {
  interface Window {
    __atlas?: AtlasHook;
    /** Maps alive in this page (a page left behind must not keep one). */
    __atlasMaps?: number;
  }
}

/** Puts the atlas's map in `window.__atlas`; returns what takes it away again. */
export function exposeAtlas(
  map: MapLibreMap,
  ctx: MapContext,
  atlas: AtlasState,
  layers: { layer?: EventLayer }
): () => void {
  window.__atlas = {
    map,
    atlas,
    get layer() {
      return layers.layer!;
    },
    get importedLayer() {
      return ctx.overlay?.layers.find((l) => l.id.startsWith('imported-'));
    },
    get overlay() {
      return ctx.overlay!;
    }
  };
  return () => {
    if (window.__atlas?.map === map) delete window.__atlas;
  };
}
