/**
 * Events as GeoJSON (RFC 7946): a Point feature per event at its place, its properties every
 * field of `EventRecord` (`./record.ts`) with numbers as numbers and lists as lists.
 */
import type { AtlasEvent } from '$lib/model/atlas-data';
import { eventRecord, type EventRecord } from './record';

export type EventFeature = GeoJSON.Feature<GeoJSON.Point, EventRecord>;

export function eventsToGeojson(
  events: Iterable<AtlasEvent>
): GeoJSON.FeatureCollection<GeoJSON.Point, EventRecord> {
  const features: EventFeature[] = [];
  for (const e of events)
    features.push({
      type: 'Feature',
      id: e.id,
      geometry: { type: 'Point', coordinates: [e.lon, e.lat] },
      properties: eventRecord(e)
    });
  return { type: 'FeatureCollection', features };
}
