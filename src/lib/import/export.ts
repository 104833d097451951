/** Events out again: CSV (re-importable with the default mapping) and GeoJSON. */
import type { AtlasEvent } from '$lib/model/atlas-data';
import { isoFromDay } from '$lib/time/days';
import { csvField } from './formats/csv';
/** The columns an import reads, so an export imports again as it is; then its sources. */
const COLUMNS = [
  'date',
  'end',
  'title',
  'place',
  'lat',
  'lon',
  'type',
  'summary',
  'calendar',
  'source'
] as const;

function values(e: AtlasEvent): Record<(typeof COLUMNS)[number], string | number> {
  return {
    date: isoFromDay(e.start),
    end: isoFromDay(e.end),
    title: e.title,
    place: e.place,
    lat: e.lat,
    lon: e.lon,
    type: e.type,
    summary: e.summary,
    calendar: 'NS',
    source: e.sources.map((s) => `${s.source}:${s.line}`).join(' ')
  };
}

export function eventsToCsv(events: readonly AtlasEvent[]): string {
  const lines = [COLUMNS.join(',')];
  for (const e of events) {
    const v = values(e);
    lines.push(COLUMNS.map((c) => csvField(v[c])).join(','));
  }
  return lines.join('\n') + '\n';
}

export function eventsToGeojson(events: readonly AtlasEvent[]): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: events.map((e) => {
      const { lat, lon, ...props } = values(e);
      return {
        type: 'Feature',
        id: e.id,
        geometry: { type: 'Point', coordinates: [Number(lon), Number(lat)] },
        properties: props
      };
    })
  };
}
