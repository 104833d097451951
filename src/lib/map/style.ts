/**
 * The map's style as a pure function: a quiet, historical basemap drawn from local files only
 * (no tiles, no glyph server, no sprite), with the place, area and city layers on top.
 * The events are not here: they are a custom layer added by the map view.
 */
import type {
  ExpressionSpecification,
  FontFacesSpecification,
  LayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification
} from 'maplibre-gl';
import { BASEMAP_MAX_ZOOM } from './basemap';
import { BASEMAP_BOX } from '$lib/geo/region';

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
 * (scripts/basemap/vector-tiles.mjs), one source-layer each, clipped to BASEMAP_BOX (every view the camera allows). Deeper than
 * BASEMAP_MAX_ZOOM, which the build cuts to, the map over-zooms the deepest tiles.
 */
const SOURCE_BASEMAP = 'basemap';

/** The ids of sources whose data the map view sets at run time. */
export const SOURCE_PLACES = 'places';
export const SOURCE_AREAS = 'areas';
/** The events' labels and stack counts (event-labels.ts), set on a settled tick or camera. */
export const SOURCE_EVENT_LABELS = 'event-labels';

/** The layers of the events' labels: placed by MapLibre's collision rules, never over each other. */
export const EVENT_LABEL_LAYERS = [
  'event-labels',
  'event-labels-emph',
  'event-count-dots',
  'event-counts',
  'event-marks'
] as const;

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
      bounds: [...BASEMAP_BOX]
    },
    [SOURCE_AREAS]: { type: 'geojson', data: initial.areas ?? EMPTY, promoteId: 'id' },
    [SOURCE_PLACES]: geojson(initial.places ?? EMPTY),
    [SOURCE_EVENT_LABELS]: geojson(EMPTY)
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
  /** Areas that only situate events (a province, Ukraine), not the area of an event. */
  const isContext: ExpressionSpecification = ['==', ['get', 'kind'], 'region'];
  const halo = { 'text-halo-color': c.labelHalo, 'text-halo-width': 1.6 };
  return [
    {
      // Areas of events (a rising, the ice) are filled; context regions (a province, Ukraine) are not.
      id: 'areas-fill',
      type: 'fill',
      source: SOURCE_AREAS,
      filter: ['all', ['==', ['geometry-type'], 'Polygon'], ['!', isContext]],
      paint: {
        'fill-color': ['match', ['get', 'kind'], 'ice', '#eef6fa', c.area],
        'fill-opacity': ['case', ACTIVE, ['match', ['get', 'kind'], 'ice', 0.85, 0.08], 0]
      }
    },
    {
      id: 'areas-line',
      type: 'line',
      source: SOURCE_AREAS,
      filter: ['all', ['==', ['geometry-type'], 'Polygon'], ['!', isContext]],
      paint: {
        'line-color': ['match', ['get', 'kind'], 'ice', c.route, c.area],
        'line-opacity': ['case', ACTIVE, 0.6, 0],
        'line-width': 1.5,
        'line-dasharray': [1, 2]
      }
    },
    {
      // Context: a thin grey boundary, drawn as the basemap's lines are, not as an event.
      id: 'areas-context',
      type: 'line',
      source: SOURCE_AREAS,
      filter: ['all', ['==', ['geometry-type'], 'Polygon'], isContext],
      paint: {
        'line-color': c.district,
        'line-opacity': ['case', ACTIVE, 0.8, 0],
        'line-width': 1.2,
        'line-dasharray': [5, 3]
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
        // A faint fill at country scale that is gone by city scale: only the outline stays, so
        // the halo never hides the districts, sites and labels it lies over.
        'circle-opacity': ['interpolate', ['linear'], ['zoom'], 5, 0.07, 8, 0],
        'circle-stroke-color': c.site,
        'circle-stroke-opacity': ['interpolate', ['linear'], ['zoom'], 5, 0.35, 10, 0.45],
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
    },
    {
      id: 'event-labels',
      type: 'symbol',
      source: SOURCE_EVENT_LABELS,
      filter: ['!', ['get', 'emphasis']],
      layout: {
        ...eventLabelLayout,
        'text-font': [FONT_REGULAR],
        'symbol-sort-key': ['get', 'rank']
      },
      paint: { 'text-color': '#3d3428', ...halo }
    },
    {
      // Each area's name and span, while it is shown.
      id: 'area-labels',
      type: 'symbol',
      source: SOURCE_AREAS,
      filter: ['all', ['==', ['geometry-type'], 'Polygon'], ['!', isContext]],
      layout: {
        'text-field': ['get', 'label_en'],
        'text-font': [FONT_REGULAR],
        'text-size': 12.5 * big,
        'text-max-width': 12,
        'text-padding': 4,
        // Beside its events' marks when they lie where the label would be.
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 1.2
      },
      paint: {
        'text-color': ['match', ['get', 'kind'], 'ice', c.route, c.area],
        'text-opacity': ['case', ACTIVE, 1, 0],
        ...halo
      }
    },
    {
      // A context region's name inside it, in muted letter-spaced type, as a map names a province
      // it only shows (placed at the region's most inland point; a label along the outline found
      // no room on a small province at the scale of the whole map).
      id: 'area-context-labels',
      type: 'symbol',
      source: SOURCE_AREAS,
      filter: ['all', ['==', ['geometry-type'], 'Polygon'], isContext],
      layout: {
        'text-field': ['get', 'label_en'],
        'text-font': [FONT_REGULAR],
        'text-size': 11.5 * big,
        'text-letter-spacing': 0.08,
        'text-max-width': 9,
        // Beside the point where the name of an area of events inside it (a rising) may stand.
        'text-variable-anchor': ['bottom', 'top', 'right', 'left'],
        'text-radial-offset': 1.5
      },
      paint: { 'text-color': '#7a6a52', 'text-opacity': ['case', ACTIVE, 1, 0], ...halo }
    },
    {
      id: 'event-labels-emph',
      type: 'symbol',
      source: SOURCE_EVENT_LABELS,
      filter: ['get', 'emphasis'],
      layout: { ...eventLabelLayout, 'text-font': [FONT_REGULAR], 'text-size': 13 * big },
      paint: { 'text-color': '#1f1a14', ...halo, 'text-halo-width': 2 }
    },
    {
      // A stack's count, as a badge at the upper right of its mark.
      id: 'event-count-dots',
      type: 'circle',
      source: SOURCE_EVENT_LABELS,
      filter: ['>', ['get', 'count'], 1],
      paint: {
        'circle-radius': 8,
        'circle-color': '#2b2620',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
        'circle-translate': [COUNT_OFFSET, -COUNT_OFFSET]
      }
    },
    {
      id: 'event-counts',
      type: 'symbol',
      source: SOURCE_EVENT_LABELS,
      filter: ['>', ['get', 'count'], 1],
      layout: {
        'text-field': ['to-string', ['get', 'count']],
        'text-font': [FONT_REGULAR],
        'text-size': 10.5,
        'text-allow-overlap': true,
        'text-ignore-placement': true
      },
      paint: { 'text-color': '#ffffff', 'text-translate': [COUNT_OFFSET, -COUNT_OFFSET] }
    },
    {
      // Invisible boxes over the marks and their badges, placed first: no label covers a mark.
      id: 'event-marks',
      type: 'symbol',
      source: SOURCE_EVENT_LABELS,
      layout: {
        'text-field': 'O',
        'text-font': [FONT_REGULAR],
        'text-size': 17,
        'text-allow-overlap': true,
        'text-ignore-placement': false,
        'text-padding': 0
      },
      paint: { 'text-opacity': 0 }
    }
  ];
}

/** Pixels from a mark's centre to its stack's count badge (right and up). */
export const COUNT_OFFSET = 11;

/** What both event label layers share: beside the mark, on whichever side has room. */
const eventLabelLayout = {
  'text-field': ['get', 'label'],
  'text-size': 12,
  'text-max-width': 9,
  'text-variable-anchor': ['left', 'right', 'top', 'bottom', 'top-left', 'bottom-left'],
  'text-radial-offset': 1.1,
  'text-justify': 'auto',
  'text-padding': 2
} satisfies Partial<SymbolLayerSpecification['layout']>;
