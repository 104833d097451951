import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { paintWhenLoaded } from './first-frame';

/** The two things paintWhenLoaded touches: `painter.render` and `loaded()`; and a repaint counter. */
function fakeMap() {
  const fake = {
    isLoaded: false,
    painted: [] as number[],
    repaints: 0,
    painter: {
      render(frame: number) {
        fake.painted.push(frame);
      }
    },
    loaded: () => fake.isLoaded,
    triggerRepaint: () => void fake.repaints++
  };
  return fake;
}

describe('paintWhenLoaded', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('skips frames until the map has loaded, then paints every frame, loaded or not', () => {
    const map = fakeMap();
    expect(paintWhenLoaded(map as unknown as MapLibreMap)).toBe(true);
    map.painter.render(1);
    map.painter.render(2);
    expect(map.painted).toEqual([]);
    map.isLoaded = true;
    map.painter.render(3);
    // Panning somewhere new: tiles are loading again, and the map still paints.
    map.isLoaded = false;
    map.painter.render(4);
    expect(map.painted).toEqual([3, 4]);
    vi.advanceTimersByTime(10_000);
    expect(map.repaints).toBe(0);
  });

  it('paints anyway after its patience runs out, if the map never loads', () => {
    const map = fakeMap();
    paintWhenLoaded(map as unknown as MapLibreMap);
    map.painter.render(1);
    vi.advanceTimersByTime(3999);
    expect(map.repaints).toBe(0);
    vi.advanceTimersByTime(1);
    expect(map.repaints).toBe(1);
    map.painter.render(2);
    expect(map.painted).toEqual([2]);
  });

  it('leaves a map without a painter alone', () => {
    expect(paintWhenLoaded({ loaded: () => false } as unknown as MapLibreMap)).toBe(false);
  });
});
