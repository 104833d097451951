/**
 * The compact data the app loads (`static/data/atlas.json`), written by `scripts/build-data.ts`.
 * Dates are New Style day numbers (days since 1900-01-01); positions are lon/lat.
 */
import type { Calendar } from '$lib/time/days';
import type { Precision } from '$lib/time/format';

export interface AtlasCitation {
  source: string;
  line: number;
  /** A source's own version of the date where it differs, as the source wrote it. */
  date?: string;
  calendar?: Calendar;
  /** Its date resolved to New Style days. */
  start?: number;
  end?: number;
  note?: string;
}

export interface AtlasCasualty {
  count: number | null;
  text?: string;
  kind: string;
  source: string;
  line?: number;
  approximate?: boolean;
  note?: string;
}

export interface AtlasEvent {
  id: string;
  title: string;
  summary: string;
  type: string;
  subtype?: string;
  start: number;
  end: number;
  /** The date as the source wrote it, in its calendar. */
  date: string;
  calendar: Calendar;
  precision: Precision;
  approximate: boolean;
  place: string;
  placeInferred: boolean;
  actors: string[];
  casualties: AtlasCasualty[];
  sources: AtlasCitation[];
  note?: string;
  lon: number;
  lat: number;
  /** Screen offset in pixels so that events sharing a place do not hide each other. */
  dx: number;
  dy: number;
}

export interface AtlasName {
  name: string;
  ru?: string;
  /** First day (inclusive); absent = always. */
  from?: number;
  /** Last day (exclusive); absent = still. */
  to?: number;
}

export interface AtlasPlace {
  id: string;
  kind: string;
  names: AtlasName[];
  modern?: string;
  modernRu?: string;
  aliases: string[];
  certainty: 'exact' | 'approximate' | 'region';
  uncertaintyKm?: number;
  parent?: string;
  /** Representative point (the point itself, or an area's centre). */
  lon: number;
  lat: number;
  /** Time span of an area, in days. */
  from?: number;
  to?: number;
  isArea: boolean;
}

export interface AtlasSource {
  id: string;
  author: string;
  title: string;
  year: number;
  publisher?: string;
  note?: string;
}

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
