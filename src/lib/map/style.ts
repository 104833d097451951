/**
 * The map's style as a pure function: a quiet, historical basemap drawn from local files only
 * (no tiles, no glyph server, no sprite), with the place, area and city layers on top.
 * The events are not here: they are a custom layer added by the map view.
 */
import type {
  ExpressionSpecification,
  FontFacesSpecification,
  LayerSpecification,
  StyleSpecification
} from 'maplibre-gl';
import { BASEMAP_MAX_ZOOM } from './basemap';
import { REGION } from '$lib/geo/region';

export type Theme = 'paper' | 'projector';

export interface Palette {
  water: string;
  land: string;
  coast: string;
  river: string;
  empire: string;
  district: string;
  label: string;
  labelHalo: string;
  site: string;
  area: string;
  route: string;
}

export const PALETTES: Record<Theme, Palette> = {
  paper: {
    water: '#c8d7de',
    land: '#f4efe3',
    coast: '#a9b9c0',
    river: '#9db8c6',
    empire: '#8b6b4f',
    district: '#b8a68a',
    label: '#2b2620',
    labelHalo: '#f7f3ea',
    site: '#5b4a3a',
    area: '#b2441a',
    route: '#2f5f86'
  },
  projector: {
    water: '#b9cdd8',
    land: '#fbf8f1',
    coast: '#7f98a3',
    river: '#7ea6ba',
    empire: '#6b4a2f',
    district: '#8c7658',
    label: '#000000',
    labelHalo: '#ffffff',
    site: '#2d2218',
    area: '#a33a12',
    route: '#1d4d75'
  }
};

/** The font names the layers use; `fontFaces` maps them to bundled files. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

/** Where the layer data lives, relative to the site's base path. */
export interface StyleUrls {
  base: string;
  fontFaces: FontFacesSpecification;
}

/**
 * Land, coast, lakes, rivers and the 1914 frontier: vector tiles cut at build time
 * (scripts/basemap/vector-tiles.mjs), one source-layer each, clipped to REGION. Deeper than
 * BASEMAP_MAX_ZOOM, which the build cuts to, the map over-zooms the deepest tiles.
 */
const SOURCE_BASEMAP = 'basemap';

/** The ids of sources whose data the map view sets at run time. */
export const SOURCE_PLACES = 'places';
export const SOURCE_AREAS = 'areas';

/**
 * Areas and routes have time spans. They are switched on and off with feature-state `active`,
 * which only changes paint: no filter, no re-tiling, no source reload when the slider moves.
 */
const ACTIVE: ExpressionSpecification = ['boolean', ['feature-state', 'active'], false];

const CITIES = ['petrograd', 'moscow', 'kronstadt'] as const;

function geojson(data: string | GeoJSON.GeoJSON): {
  type: 'geojson';
  data: string | GeoJSON.GeoJSON;
} {
  return { type: 'geojson', data };
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Builds the whole style for a theme. `initial` fills the places and areas sources from the
 * start when the data are already there, so that the first load tiles them once rather than
 * again after a `setData`.
 */
export function atlasStyle(
  theme: Theme,
  urls: StyleUrls,
  initial: { places?: GeoJSON.FeatureCollection; areas?: GeoJSON.FeatureCollection } = {}
): StyleSpecification {
  const c = PALETTES[theme];
  const b = urls.base.replace(/\/$/, '');
  const sources: StyleSpecification['sources'] = {
    [SOURCE_BASEMAP]: {
      type: 'vector',
      tiles: [`${b}/data/basemap/tiles/{z}/{x}/{y}.pbf`],
      minzoom: 0,
      maxzoom: BASEMAP_MAX_ZOOM,
      bounds: [REGION.west, REGION.south, REGION.east, REGION.north]
    },
    [SOURCE_AREAS]: { type: 'geojson', data: initial.areas ?? EMPTY, promoteId: 'id' },
    [SOURCE_PLACES]: geojson(initial.places ?? EMPTY)
  };
  for (const city of CITIES) sources[`city-${city}`] = geojson(`${b}/data/city/${city}.json`);
  return {
    version: 8,
    name: `revolution-atlas-${theme}`,
    'font-faces': urls.fontFaces,
    sources,
    layers: [...baseLayers(c), ...cityLayers(c), ...placeLayers(c, theme)]
  };
}

function baseLayers(c: Palette): LayerSpecification[] {
  return [
    { id: 'water', type: 'background', paint: { 'background-color': c.water } },
    {
      id: 'land',
      type: 'fill',
      source: SOURCE_BASEMAP,
      'source-layer': 'land',
      paint: { 'fill-color': c.land, 'fill-antialias': true }
    },
    {
      id: 'coast',
      type: 'line',
      source: SOURCE_BASEMAP,
      'source-layer': 'coast',
      paint: {
        'line-color': c.coast,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.4, 10, 1.2]
      }
    },
    {
      id: 'lakes',
      type: 'fill',
      source: SOURCE_BASEMAP,
      'source-layer': 'lakes',
      paint: { 'fill-color': c.water, 'fill-outline-color': c.coast }
    },
    {
      id: 'rivers',
      type: 'line',
      source: SOURCE_BASEMAP,
      'source-layer': 'rivers',
      maxzoom: 9.5,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': c.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 6, 1.4, 10, 3]
      }
    },
    {
      // At city scale the city layers draw the Neva's arms; the coarse line would cut across them.
      id: 'rivers-detail',
      type: 'line',
      source: SOURCE_BASEMAP,
      'source-layer': 'rivers',
      minzoom: 9.5,
      filter: ['!=', ['get', 'name'], 'Neva'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': c.river, 'line-width': 3 }
    },
    {
      id: 'empire-1914',
      type: 'line',
      source: SOURCE_BASEMAP,
      'source-layer': 'empire',
      paint: {
        'line-color': c.empire,
        'line-opacity': 0.55,
        'line-dasharray': [4, 2],
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1, 8, 2]
      }
    },
    {
      id: 'river-labels',
      type: 'symbol',
      source: SOURCE_BASEMAP,
      'source-layer': 'rivers',
      minzoom: 5,
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': 12,
        'text-letter-spacing': 0.1
      },
      paint: { 'text-color': '#4f7587', 'text-halo-color': c.labelHalo, 'text-halo-width': 1.2 }
    }
  ];
}

function cityLayers(c: Palette): LayerSpecification[] {
  const layers: LayerSpecification[] = [];
  for (const city of CITIES) {
    const source = `city-${city}`;
    layers.push(
      {
        id: `${city}-land`,
        type: 'fill',
        source,
        minzoom: 8,
        filter: ['==', ['get', 'layer'], 'island'],
        paint: { 'fill-color': c.land, 'fill-outline-color': c.coast }
      },
      {
        id: `${city}-districts`,
        type: 'line',
        source,
        minzoom: 9.5,
        filter: ['==', ['get', 'layer'], 'district'],
        paint: { 'line-color': c.district, 'line-width': 1, 'line-dasharray': [3, 2] }
      },
      {
        id: `${city}-rivers`,
        type: 'line',
        source,
        minzoom: 9,
        filter: ['==', ['get', 'layer'], 'river'],
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': c.river,
          'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1.5, 12, 5, 15, 14]
        }
      },
      {
        id: `${city}-outlines`,
        type: 'line',
        source,
        minzoom: 10,
        filter: [
          'in',
          ['get', 'layer'],
          ['literal', ['site-outline', 'fortress', 'walls', 'ring']]
        ],
        paint: { 'line-color': c.site, 'line-width': 1.2, 'line-opacity': 0.7 }
      },
      {
        id: `${city}-district-labels`,
        type: 'symbol',
        source,
        minzoom: 10.5,
        filter: ['==', ['get', 'layer'], 'district'],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [FONT_REGULAR],
          'text-size': 11,
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.12
        },
        paint: { 'text-color': '#8a7658', 'text-halo-color': c.labelHalo, 'text-halo-width': 1 }
      }
    );
  }
  layers.push(
    {
      id: 'kronstadt-forts',
      type: 'circle',
      source: 'city-kronstadt',
      minzoom: 9,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 3,
        'circle-color': c.site,
        'circle-stroke-color': c.labelHalo,
        'circle-stroke-width': 1
      }
    },
    {
      id: 'kronstadt-fort-labels',
      type: 'symbol',
      source: 'city-kronstadt',
      minzoom: 10.5,
      filter: ['==', ['geometry-type'], 'Point'],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': 11,
        'text-offset': [0, 1],
        'text-anchor': 'top'
      },
      paint: { 'text-color': c.site, 'text-halo-color': c.labelHalo, 'text-halo-width': 1 }
    }
  );
  return layers;
}

function placeLayers(c: Palette, theme: Theme): LayerSpecification[] {
  const big = theme === 'projector' ? 1.3 : 1;
  /** Sites inside a city (factories, palaces, forts) appear only at city scale. */
  const isSite: ExpressionSpecification = ['==', ['get', 'child'], true];
  return [
    {
      id: 'areas-fill',
      type: 'fill',
      source: SOURCE_AREAS,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: {
        'fill-color': ['match', ['get', 'kind'], 'ice', '#eef6fa', c.area],
        'fill-opacity': ['case', ACTIVE, ['match', ['get', 'kind'], 'ice', 0.85, 0.08], 0]
      }
    },
    {
      id: 'areas-line',
      type: 'line',
      source: SOURCE_AREAS,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: {
        'line-color': ['match', ['get', 'kind'], 'ice', c.route, c.area],
        'line-opacity': ['case', ACTIVE, 0.6, 0],
        'line-width': 1.5,
        'line-dasharray': [1, 2]
      }
    },
    {
      id: 'routes',
      type: 'line',
      source: SOURCE_AREAS,
      minzoom: 7,
      filter: ['==', ['get', 'kind'], 'route'],
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': c.route,
        'line-width': 2.5,
        'line-dasharray': [2, 1.5],
        'line-opacity': ['case', ACTIVE, 1, 0]
      }
    },
    {
      // Places known only roughly: a halo whose ground size is the uncertainty.
      id: 'place-halos',
      type: 'circle',
      source: SOURCE_PLACES,
      filter: ['>', ['get', 'halo'], 0],
      paint: {
        'circle-radius': [
          'interpolate',
          ['exponential', 2],
          ['zoom'],
          0,
          ['get', 'halo'],
          20,
          ['*', ['get', 'halo'], 1048576]
        ],
        'circle-color': c.site,
        'circle-opacity': 0.08,
        'circle-stroke-color': c.site,
        'circle-stroke-opacity': 0.35,
        'circle-stroke-width': 1
      }
    },
    {
      id: 'place-dots',
      type: 'circle',
      source: SOURCE_PLACES,
      filter: ['any', ['!', isSite], ['>=', ['zoom'], 10]],
      paint: {
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          3,
          ['case', isSite, 2.5, 1.8],
          8,
          ['case', isSite, 2.5, 3.5]
        ],
        'circle-color': c.site,
        'circle-stroke-color': c.labelHalo,
        'circle-stroke-width': 1
      }
    },
    {
      id: 'place-labels',
      type: 'symbol',
      source: SOURCE_PLACES,
      filter: ['any', ['!', isSite], ['>=', ['zoom'], 11]],
      layout: {
        'text-field': ['get', 'label'],
        'text-font': [FONT_REGULAR],
        'text-size': [
          '*',
          big,
          ['case', ['>=', ['get', 'rank'], 2], 15, ['>=', ['get', 'rank'], 1], 13, 11.5]
        ],
        'symbol-sort-key': ['-', 0, ['get', 'rank']],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.7,
        'text-justify': 'auto',
        'text-optional': false
      },
      paint: { 'text-color': c.label, 'text-halo-color': c.labelHalo, 'text-halo-width': 1.6 }
    }
  ];
}
