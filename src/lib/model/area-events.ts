/** The events inside an area during its time span (Turf point-in-polygon). */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { AtlasEvent } from './atlas-data';

export function eventsInArea(area: GeoJSON.Feature, events: readonly AtlasEvent[]): AtlasEvent[] {
  const g = area.geometry;
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return [];
  const from = typeof area.properties?.from === 'number' ? area.properties.from : -Infinity;
  const to = typeof area.properties?.to === 'number' ? area.properties.to : Infinity;
  return events.filter(
    (e) => e.end >= from && e.start <= to && booleanPointInPolygon([e.lon, e.lat], g)
  );
}
