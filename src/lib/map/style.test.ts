import { describe, expect, it } from 'vitest';
import { BASEMAP_MAX_ZOOM } from './basemap';
import {
  atlasStyle,
  EVENT_LABEL_LAYERS,
  FONT_REGULAR,
  SOURCE_EVENT_LABELS,
  type Theme
} from './style';
import { BASEMAP_BOX, REGION, VIEW_BOUNDS } from '$lib/geo/region';

const urls = { base: '/atlas', fontFaces: { [FONT_REGULAR]: [{ url: '/f.woff2' }] } };

describe.each<Theme>(['paper', 'projector'])('atlasStyle(%s)', (theme) => {
  const style = atlasStyle(theme, urls);

  it('loads nothing from another host and has no glyph server or sprite', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const [id, s] of Object.entries(style.sources)) {
      const { data, tiles, url } = s as { data?: unknown; tiles?: string[]; url?: string };
      if (typeof data === 'string') expect(data, id).toMatch(/^\/atlas\/data\//);
      for (const t of tiles ?? []) expect(t, id).toMatch(/^\/atlas\/data\/basemap\/tiles\//);
      expect(url, id).toBeUndefined();
    }
  });

  it('reads the basemap from build-time vector tiles, only inside the region they cover', () => {
    const basemap = style.sources.basemap as {
      type: string;
      maxzoom: number;
      bounds: number[];
    };
    expect(basemap.type).toBe('vector');
    expect(basemap.maxzoom).toBe(BASEMAP_MAX_ZOOM);
    expect(basemap.bounds).toEqual([...BASEMAP_BOX]);
    // The basemap covers every view the camera allows (maxBounds), and the region with it.
    const [w, s, e, n] = basemap.bounds;
    expect(w).toBeLessThan(Math.min(VIEW_BOUNDS[0], REGION.west));
    expect(s).toBeLessThan(Math.min(VIEW_BOUNDS[1], REGION.south));
    expect(e).toBeGreaterThan(Math.max(VIEW_BOUNDS[2], REGION.east));
    expect(n).toBeGreaterThan(Math.max(VIEW_BOUNDS[3], REGION.north));
    const layers = style.layers.filter((l) => 'source' in l && l.source === 'basemap');
    expect(new Set(layers.map((l) => (l as { 'source-layer': string })['source-layer']))).toEqual(
      new Set(['land', 'coast', 'lakes', 'rivers', 'empire'])
    );
  });

  it('gives every layer a known source and unique id', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of style.layers) {
      if ('source' in l) expect(Object.keys(style.sources)).toContain(l.source);
    }
  });

  it('draws every label in the bundled font', () => {
    for (const l of style.layers.filter((l) => l.type === 'symbol')) {
      expect((l.layout as { 'text-font': string[] })['text-font']).toEqual([FONT_REGULAR]);
    }
    expect(Object.keys(style['font-faces'] ?? {})).toContain(FONT_REGULAR);
  });

  it('starts places and areas empty, or with the data when they came before the map', () => {
    const empty = (id: string) => (style.sources[id] as { data: GeoJSON.FeatureCollection }).data;
    expect(empty('places').features).toEqual([]);
    expect(empty('areas').features).toEqual([]);
    const places: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'kronstadt' },
          geometry: { type: 'Point', coordinates: [29.77, 59.99] }
        }
      ]
    };
    const areas: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
    const filled = atlasStyle(theme, urls, { places, areas });
    expect((filled.sources.places as { data: unknown }).data).toBe(places);
    expect((filled.sources.areas as { data: unknown }).data).toBe(areas);
    expect((filled.sources.areas as { promoteId?: string }).promoteId).toBe('id');
  });

  it('switches timed areas by feature-state, never by filter, so the slider reloads nothing', () => {
    for (const id of ['areas-fill', 'areas-line', 'routes']) {
      const layer = style.layers.find((l) => l.id === id)!;
      expect(JSON.stringify(layer.paint)).toContain('feature-state');
    }
    expect((style.sources.areas as { promoteId?: string }).promoteId).toBe('id');
  });

  it('draws water under land and labels over every line and fill', () => {
    expect(style.layers[0].type).toBe('background');
    const ids = style.layers.map((l) => l.id);
    const firstLabel = ids.indexOf('event-labels');
    expect(firstLabel).toBeGreaterThan(0);
    const drawn = style.layers.filter((l) => l.type === 'fill' || l.type === 'line');
    for (const l of drawn) expect(ids.indexOf(l.id)).toBeLessThan(firstLabel);
    // The marks' boxes are placed first (topmost), so no label is placed over a mark.
    expect(ids.at(-1)).toBe('event-marks');
  });

  it('gives the event labels a source of their own, set on settled ticks only', () => {
    expect(
      (style.sources[SOURCE_EVENT_LABELS] as { data: GeoJSON.FeatureCollection }).data.features
    ).toEqual([]);
    for (const id of EVENT_LABEL_LAYERS) {
      const layer = style.layers.find((l) => l.id === id)!;
      expect(layer && 'source' in layer && layer.source).toBe(SOURCE_EVENT_LABELS);
    }
    const labels = style.layers.find((l) => l.id === 'event-labels')!;
    expect((labels.layout as Record<string, unknown>)['text-allow-overlap']).toBeUndefined();
  });

  it('draws context regions as a thin line, never filled as the area of an event', () => {
    const fill = style.layers.find((l) => l.id === 'areas-fill')!;
    expect(JSON.stringify((fill as { filter?: unknown }).filter)).toContain('region');
    const context = style.layers.find((l) => l.id === 'areas-context')!;
    expect(context.type).toBe('line');
  });

  it('fades the fill of uncertainty halos out by city scale, keeping their outline', () => {
    const halos = style.layers.find((l) => l.id === 'place-halos')!;
    const paint = halos.paint as Record<string, unknown>;
    const fill = paint['circle-opacity'] as unknown[];
    expect(fill.slice(0, 3)).toEqual(['interpolate', ['linear'], ['zoom']]);
    expect(fill.at(-1)).toBe(0);
    expect(fill.at(-2)).toBeLessThanOrEqual(9);
    expect(paint['circle-stroke-width']).toBeGreaterThan(0);
  });
});
