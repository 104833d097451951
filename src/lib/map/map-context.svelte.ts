/**
 * The map as a context: `AtlasMap` creates the MapLibre map and hands this down; each concern
 * (event batches, place labels, timed areas, the camera, picking) is a small component that reads
 * it and makes its own calls. The map is `$state.raw`: components' effects run again when it
 * arrives, when its style has loaded, and when a lost WebGL context has been restored.
 */
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { EventOverlay } from './event-overlay';

export class MapContext {
  /** The map, once created (null before, and after it is removed). */
  map = $state.raw<MapLibreMap | null>(null);
  /** The style has loaded: its sources and feature state can be set. */
  styleLoaded = $state(false);
  /** Bumped when a lost WebGL context is restored: what MapLibre dropped (feature state) is set again. */
  generation = $state(0);
  /** The viewer prefers reduced motion: no pulses, and the camera jumps instead of flying. */
  reducedMotion = $state(false);
  /** Why the map cannot be drawn (no WebGL), for the user; null while all is well. */
  failure = $state<string | null>(null);
  /** The element the map fills (for sizes: fitting padding, snapshots). */
  container: HTMLDivElement | null = null;

  /** Data for the style's GeoJSON sources at creation (the first load then tiles them once). */
  readonly initialData = new Map<string, () => GeoJSON.FeatureCollection | undefined>();

  #overlay: EventOverlay | null = null;

  /** The events' canvas, if any batch has asked for it (see event-overlay.ts). */
  get overlay(): EventOverlay | null {
    return this.#overlay;
  }

  /**
   * The events' canvas over the map, made on first use: pages without events (the benchmark's
   * baselines) have none. Its camera layer goes into the style whenever a style loads.
   */
  events(map: MapLibreMap): EventOverlay {
    if (!this.#overlay) {
      const overlay = new EventOverlay(map);
      this.#overlay = overlay;
      const addCamera = () => {
        if (!map.getLayer(overlay.cameraLayer.id)) map.addLayer(overlay.cameraLayer);
      };
      if (map.isStyleLoaded()) addCamera();
      map.on('style.load', addCamera);
    }
    return this.#overlay;
  }

  /**
   * Runs `fn` with the map once its style has loaded (at once if it has), unless `signal` aborts
   * first.
   */
  whenStyleLoaded(fn: (map: MapLibreMap) => void, { signal }: { signal?: AbortSignal } = {}): void {
    const map = this.map;
    if (!map || signal?.aborted) return;
    if (map.isStyleLoaded()) {
      fn(map);
      return;
    }
    const run = () => {
      if (!signal?.aborted) fn(map);
    };
    map.once('style.load', run);
    signal?.addEventListener('abort', () => map.off('style.load', run), { once: true });
  }

  /** Frees the events' canvas (the map itself is removed by AtlasMap). */
  destroy(): void {
    this.#overlay?.destroy();
    this.#overlay = null;
  }
}

const KEY = Symbol('map');

export function setMapContext(ctx: MapContext): MapContext {
  return setContext(KEY, ctx);
}

export function getMapContext(): MapContext {
  return getContext<MapContext>(KEY);
}
