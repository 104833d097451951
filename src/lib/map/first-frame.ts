/**
 * The map's first load paints once, when everything in view has arrived, instead of once per
 * source and tile as they come in (background alone, then land, then rivers, then labels…).
 * Under a software GPU (SwiftShader, as on lecture-hall PCs without drivers) each of those partial
 * frames costs a WebGL draw of the whole canvas and a composite of the page, 50–150 ms each, on
 * the same process that is also compiling the map's shaders: skipping them brings the first
 * complete map forward. After that first frame the map paints as MapLibre always does, so tiles
 * still appear one by one when the viewer pans somewhere new.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Paint anyway after this long, whatever is still missing. */
const PATIENCE_MS = 4000;

type Painter = { render: (...args: unknown[]) => void };

/** Holds back the map's painting until `map.loaded()` (or `PATIENCE_MS`); returns false if it can't. */
export function paintWhenLoaded(map: MapLibreMap): boolean {
  // `painter` is MapLibre's own renderer: not in its typings, but stable across 2.x–6.x.
  const painter = (map as unknown as { painter?: Painter }).painter;
  if (!painter || typeof painter.render !== 'function') return false;
  const render = painter.render;
  const open = () => {
    clearTimeout(timer);
    painter.render = render;
  };
  const timer = setTimeout(() => {
    open();
    map.triggerRepaint();
  }, PATIENCE_MS);
  painter.render = function (this: Painter, ...args: unknown[]) {
    if (!map.loaded()) return;
    open();
    render.apply(this, args);
  };
  return true;
}
