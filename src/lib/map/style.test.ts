import { describe, expect, it } from 'vitest';
import { BASEMAP_MAX_ZOOM } from './basemap';
import { atlasStyle, FONT_REGULAR, type Theme } from './style';
import { REGION } from '$lib/geo/region';

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
    expect(basemap.bounds).toEqual([REGION.west, REGION.south, REGION.east, REGION.north]);
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

  it('draws water under land and labels last', () => {
    expect(style.layers[0].type).toBe('background');
    expect(style.layers.at(-1)?.id).toBe('place-labels');
  });
});
