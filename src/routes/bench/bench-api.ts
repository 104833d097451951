/**
 * What the benchmark page exposes on `window.__bench` for `bench/run.ts` to drive: synthetic data,
 * one of three ways of drawing it (the atlas's event layer, MapLibre's own `global-state` filter on
 * a GeoJSON source, or nothing), slider ticks, playback, and the counters they are measured with;
 * and, for bench/real-page.ts, papaparse's reading of a file, the import's baseline.
 */
import type { Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { EventLayer } from '$lib/map/event-layer';
import { EventOverlay } from '$lib/map/event-overlay';
import { EVENT_TYPES } from '$lib/model/event-types';
import { dayFromYmd } from '$lib/time/days';
import { parseBaseline, type ParseResult } from './parse-baseline';
import {
  FIRST_DAY,
  LAST_DAY,
  syntheticEvents,
  syntheticGeoJson,
  type SyntheticEvents
} from './synthetic';

/** What draws the events: the atlas's custom layer, the MapLibre baseline, or nothing at all. */
export type BenchCase = 'atlas' | 'baseline' | 'empty';

/** The day the slider starts on in every case. */
export const START_DAY = dayFromYmd(1917, 3, 8);

export interface LoadResult {
  /** Building the case's input from the generated columns (GeoJSON for the baseline); not in loadMs. */
  prepareMs: number;
  /** From handing the data to the map to the first `idle`. */
  loadMs: number;
  /** Longest long task (≥ 50 ms) while loading; 0 if none. */
  longestTaskMs: number;
}

export interface TickResult {
  /** The setter alone: `layer.update({time})`, `setGlobalStateProperty` or `triggerRepaint`. */
  callMs: number;
  /**
   * Time drawing until the new frame is there: MapLibre's frame renders (the whole map, basemap
   * included) and, for the atlas, the event overlay's own frames.
   */
  renderMs: number;
  /** Time inside the event layers' own `draw` (atlas only). */
  layerMs: number;
  /** Frames drawn until then (MapLibre's, plus the overlay's for the atlas). */
  frames: number;
  /**
   * From the setter until the new frame is there: the map's next `idle`; for the atlas, whose tick
   * leaves the map alone, the event overlay's next frame.
   */
  idleMs: number;
  /** `sourcedataloading` events (a source or a new tile starts loading). */
  sourceDataLoading: number;
  /** Tiles (re)parsed and delivered by the workers (`sourcedata` events carrying a tile). */
  tilesLoaded: number;
}

export interface PlayResult {
  seconds: number;
  /** MapLibre frames rendered. */
  frames: number;
  /** requestAnimationFrame callbacks. */
  rafFrames: number;
  longestFrameMs: number;
  p95FrameMs: number;
  /** Days advanced (one per animation frame). */
  days: number;
}

export interface LongTasks {
  count: number;
  longestMs: number;
}

export interface BenchApi {
  /** The WebGL renderer (unmasked where the browser allows): shows whether it was SwiftShader. */
  renderer(): { vendor: string; renderer: string; version: string };
  /** Generates `n` events; returns milliseconds taken. The next `load` consumes them. */
  generate(n: number, seed: number): number;
  load(kind: BenchCase): Promise<LoadResult>;
  tick(day: number): Promise<TickResult>;
  play(ms: number, fromDay: number): Promise<PlayResult>;
  /** Long tasks that ended after `since` (a `performance.now()` time). */
  longTasks(since: number): Promise<LongTasks>;
  now(): number;
  /** `performance.memory.usedJSHeapSize`, where available. */
  usedJSHeapSize(): number | null;
  /** Repaints and waits for the map's next `idle` (after playback, before reading long tasks). */
  settle(): Promise<void>;
  /** Reads `file` with papaparse in a worker of its own and counts its rows (parse-baseline.ts). */
  parseBaseline(file: File): Promise<ParseResult>;
}

const IDLE_TIMEOUT_MS = 300_000;

function nextIdle(map: MapLibreMap, timeoutMs = IDLE_TIMEOUT_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      map.off('idle', done);
      reject(new Error(`map not idle after ${timeoutMs} ms`));
    }, timeoutMs);
    map.once('idle', done);
  });
}

const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Wires the counters into `map` and returns the functions the runner calls. */
export function createBench(map: MapLibreMap): BenchApi {
  const counters = {
    renders: 0,
    renderMs: 0,
    layerMs: 0,
    sourceDataLoading: 0,
    tilesLoaded: 0
  };
  const tasks: { start: number; end: number }[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      tasks.push({ start: e.startTime, end: e.startTime + e.duration });
  }).observe({ type: 'longtask', buffered: true });

  const internals = map as unknown as { _render(t: number): unknown };
  const render = internals._render.bind(map);
  let inMapRender = false;
  internals._render = (t: number) => {
    const s = performance.now();
    inMapRender = true;
    try {
      return render(t);
    } finally {
      inMapRender = false;
      counters.renderMs += performance.now() - s;
      counters.renders++;
    }
  };
  map.on('sourcedataloading', () => counters.sourceDataLoading++);
  map.on('sourcedata', (e: MapSourceDataEvent) => {
    if (e.tile) counters.tilesLoaded++;
  });

  const layer = new EventLayer('bench-events', {
    time: START_DAY,
    mode: 'instant',
    windowDays: 30,
    typeMask: (1 << EVENT_TYPES.length) - 1,
    selected: -1,
    hover: -1,
    size: 13,
    pulseDays: 10
  });
  const drawLayer = layer.draw.bind(layer);
  layer.draw = (gl, matrix) => {
    const s = performance.now();
    drawLayer(gl, matrix);
    counters.layerMs += performance.now() - s;
  };
  /** Created with the atlas case only, so that the others pay for no second WebGL context. */
  let overlay: EventOverlay | null = null;
  /** Overlay frames drawn on their own (slider ticks), not inside one of MapLibre's frames. */
  function timeOverlay(o: EventOverlay): EventOverlay {
    const draw = o.draw.bind(o);
    o.draw = () => {
      if (inMapRender) return draw();
      const s = performance.now();
      draw();
      counters.renderMs += performance.now() - s;
      counters.renders++;
    };
    return o;
  }

  let pending: SyntheticEvents | null = null;
  let kind: BenchCase = 'empty';

  function setDay(day: number): void {
    if (kind === 'atlas') layer.update({ time: day });
    else if (kind === 'baseline') map.setGlobalStateProperty('t', day);
    else map.triggerRepaint();
  }

  async function longTasks(since: number): Promise<LongTasks> {
    await delay(100);
    const after = tasks.filter((t) => t.end > since);
    return {
      count: after.length,
      longestMs: after.reduce((m, t) => Math.max(m, t.end - t.start), 0)
    };
  }

  return {
    renderer() {
      const canvas = map.getCanvas();
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as
        WebGLRenderingContext | WebGL2RenderingContext | null;
      if (!gl) return { vendor: '', renderer: 'no WebGL context', version: '' };
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return {
        vendor: String(gl.getParameter(info ? info.UNMASKED_VENDOR_WEBGL : gl.VENDOR)),
        renderer: String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)),
        version: String(gl.getParameter(gl.VERSION))
      };
    },

    generate(n, seed) {
      const s = performance.now();
      pending = syntheticEvents(n, seed);
      return performance.now() - s;
    },

    async load(k) {
      const data = pending;
      pending = null;
      kind = k;
      let prepareMs = 0;
      let start: () => void;
      if (k === 'atlas') {
        if (!data) throw new Error('generate() first');
        overlay ??= timeOverlay(new EventOverlay(map, [layer]));
        const events = overlay;
        start = () => {
          layer.setPoints(data.points);
          map.addLayer(events.cameraLayer);
        };
      } else if (k === 'baseline') {
        if (!data) throw new Error('generate() first');
        const s = performance.now();
        const geojson = syntheticGeoJson(data);
        prepareMs = performance.now() - s;
        start = () => {
          map.setGlobalStateProperty('t', START_DAY);
          map.addSource('bench-events', { type: 'geojson', data: geojson });
          map.addLayer({
            id: 'bench-events',
            type: 'circle',
            source: 'bench-events',
            filter: [
              'all',
              ['<=', ['get', 'start'], ['global-state', 't']],
              ['>=', ['get', 'end'], ['global-state', 't']]
            ],
            paint: { 'circle-radius': 4, 'circle-color': '#b2441a' }
          });
        };
      } else {
        start = () => map.triggerRepaint();
      }
      await delay(200);
      const idle = nextIdle(map);
      const t0 = performance.now();
      start();
      await idle;
      const loadMs = performance.now() - t0;
      return { prepareMs, loadMs, longestTaskMs: (await longTasks(t0)).longestMs };
    },

    async tick(day) {
      const before = { ...counters };
      const idle = kind === 'atlas' && overlay ? overlay.drawn() : nextIdle(map);
      const t0 = performance.now();
      setDay(day);
      const callMs = performance.now() - t0;
      await idle;
      const idleMs = performance.now() - t0;
      return {
        callMs,
        renderMs: counters.renderMs - before.renderMs,
        layerMs: counters.layerMs - before.layerMs,
        frames: counters.renders - before.renders,
        idleMs,
        sourceDataLoading: counters.sourceDataLoading - before.sourceDataLoading,
        tilesLoaded: counters.tilesLoaded - before.tilesLoaded
      };
    },

    play(ms, fromDay) {
      return new Promise((resolve) => {
        const renders0 = counters.renders;
        const deltas: number[] = [];
        let first = -1;
        let last = -1;
        let day = fromDay;
        let days = 0;
        const frame = (now: number) => {
          if (first < 0) first = now;
          else deltas.push(now - last);
          last = now;
          if (now - first >= ms) {
            const sorted = [...deltas].sort((a, b) => a - b);
            resolve({
              seconds: (now - first) / 1000,
              frames: counters.renders - renders0,
              rafFrames: deltas.length,
              longestFrameMs: sorted.at(-1) ?? 0,
              p95FrameMs: quantile(sorted, 0.95),
              days
            });
            return;
          }
          day = day >= LAST_DAY ? FIRST_DAY : day + 1;
          days++;
          setDay(day);
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
    },

    longTasks,

    now: () => performance.now(),

    usedJSHeapSize() {
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      return memory ? memory.usedJSHeapSize : null;
    },

    async settle() {
      const idle = nextIdle(map);
      map.triggerRepaint();
      await idle;
    },

    parseBaseline
  };
}

declare global {
  interface Window {
    /** The benchmark page's driver, for `npm run bench`. */
    __bench?: BenchApi;
  }
}
