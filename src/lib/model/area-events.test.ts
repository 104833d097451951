import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from './atlas-data';
import { eventsInArea } from './area-events';

const area: GeoJSON.Feature = {
  type: 'Feature',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [40, 52],
        [43, 52],
        [43, 54],
        [40, 54],
        [40, 52]
      ]
    ]
  },
  properties: { id: 'tambov-rising-area', from: 100, to: 200 }
};
const ev = (id: string, lon: number, lat: number, start: number, end = start) =>
  ({ id, lon, lat, start, end }) as AtlasEvent;

describe('eventsInArea', () => {
  it('keeps the events inside the polygon and overlapping its span', () => {
    const events = [
      ev('in', 41.4, 52.7, 150),
      ev('outside', 37.6, 55.7, 150),
      ev('before', 41.4, 52.7, 50),
      ev('straddles', 41.4, 52.7, 90, 110)
    ];
    expect(eventsInArea(area, events).map((e) => e.id)).toEqual(['in', 'straddles']);
  });
});
