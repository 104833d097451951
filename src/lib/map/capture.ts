import type { Map as MapLibreMap } from 'maplibre-gl';

/** What the map view offers for exports: still images and frame-by-frame rendering. */
export interface MapCapture {
  /** A copy of the map once idle, at its size or at `size` (CSS pixels) for the shot. */
  snapshot(size?: { width: number; height: number }): Promise<HTMLCanvasElement>;
  /** Resolves when the map has drawn everything it has to. */
  idle(): Promise<void>;
  /** The live canvases, bottom first: the map's, then the events' over it (for video frames). */
  canvases(): HTMLCanvasElement[];
}

/** Resolves at the map's next `idle`, after asking it to paint. */
export function nextIdle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

/**
 * The capture API of a map in `container`, with the events' canvas (if any, read when asked)
 * drawn over the map's.
 */
export function mapCapture(
  map: MapLibreMap,
  container: HTMLElement,
  overlay: () => HTMLCanvasElement | null
): MapCapture {
  const layers = () => {
    const top = overlay();
    return [map.getCanvas(), ...(top ? [top] : [])];
  };
  return {
    idle: () => nextIdle(map),
    canvases: layers,
    async snapshot(size) {
      const saved = container.style.cssText;
      if (size) {
        container.style.cssText = `position:fixed;left:0;top:0;width:${size.width}px;height:${size.height}px;z-index:-1`;
        map.resize();
      }
      try {
        await nextIdle(map);
        const [bottom, ...rest] = layers();
        const copy = document.createElement('canvas');
        copy.width = bottom.width;
        copy.height = bottom.height;
        const ctx = copy.getContext('2d')!;
        for (const c of [bottom, ...rest]) ctx.drawImage(c, 0, 0);
        return copy;
      } finally {
        if (size) {
          container.style.cssText = saved;
          map.resize();
        }
      }
    }
  };
}
