import type { Map as MapLibreMap } from 'maplibre-gl';
import { textScale } from './text-size';

/** What the map view offers for exports: still images and frame-by-frame rendering. */
export interface MapCapture {
  /**
   * A copy of the map once idle, at its size or `size` pixels. With `minText`, a shot of `size`
   * draws the map larger (a higher pixel ratio over a smaller view) so that its smallest text is
   * at least `minText` pixels high in the image.
   */
  snapshot(
    size?: { width: number; height: number },
    options?: { minText?: number }
  ): Promise<HTMLCanvasElement>;
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
    async snapshot(size, { minText } = {}) {
      const saved = container.style.cssText;
      const ratio = map.getPixelRatio();
      if (size) {
        const scale = minText ? textScale(map.getStyle().layers, minText) : 1;
        const [w, h] = [size.width / scale, size.height / scale];
        container.style.cssText = `position:fixed;left:0;top:0;width:${w}px;height:${h}px;z-index:-1`;
        if (scale !== ratio) map.setPixelRatio(scale);
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
          if (map.getPixelRatio() !== ratio) map.setPixelRatio(ratio);
          map.resize();
        }
      }
    }
  };
}
