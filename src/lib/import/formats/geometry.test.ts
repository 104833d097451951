import { describe, expect, it } from 'vitest';
import { locate } from './geometry';

describe('locate', () => {
  it('passes a Point on as it is, for the mapping to check', () => {
    expect(locate({ type: 'Point', coordinates: [30.31, 59.94] })).toEqual({
      ok: true,
      lon: 30.31,
      lat: 59.94
    });
    expect(locate({ type: 'Point', coordinates: ['x'] })).toEqual({
      ok: true,
      lon: 'x',
      lat: undefined
    });
  });

  it('takes the first Point of a GeometryCollection, and says so when there were more', () => {
    const g = {
      type: 'GeometryCollection',
      geometries: [
        {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [1, 1]
          ]
        },
        { type: 'Point', coordinates: [-1.2879, 51.6708] },
        { type: 'Point', coordinates: [-1.31, 51.64] }
      ]
    };
    expect(locate(g)).toEqual({
      ok: true,
      lon: -1.2879,
      lat: 51.6708,
      note: 'is a GeometryCollection of 3 geometries; its first Point is used'
    });
    expect(
      locate({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }] })
    ).toEqual({
      ok: true,
      lon: 1,
      lat: 2,
      note: undefined
    });
  });

  it('reads lines and areas as their centroid (the mean of their vertices), with a note', () => {
    // A square around Kronstadt's island: its closing vertex is not counted twice.
    const square = [
      [
        [29.6, 59.9],
        [29.9, 59.9],
        [29.9, 60.1],
        [29.6, 60.1],
        [29.6, 59.9]
      ]
    ];
    const polygon = locate({ type: 'Polygon', coordinates: square });
    expect(polygon).toMatchObject({ ok: true, note: 'is a Polygon; its centroid is used' });
    if (polygon.ok) {
      expect(polygon.lon).toBeCloseTo(29.75, 10);
      expect(polygon.lat).toBeCloseTo(60, 10);
    }
    expect(
      locate({
        type: 'MultiPoint',
        coordinates: [
          [30, 60],
          [32, 62]
        ]
      })
    ).toEqual({
      ok: true,
      lon: 31,
      lat: 61,
      note: 'is a MultiPoint; its centroid is used'
    });
    expect(
      locate({
        type: 'GeometryCollection',
        geometries: [
          {
            type: 'LineString',
            coordinates: [
              [30, 60],
              [32, 60]
            ]
          }
        ]
      })
    ).toEqual({
      ok: true,
      lon: 31,
      lat: 60,
      note: 'is a GeometryCollection without a Point; the centroid of its geometries is used'
    });
  });

  it('refuses what it cannot place, saying why', () => {
    expect(locate(null)).toEqual({ ok: false, message: 'has no geometry' });
    expect(locate({ coordinates: [1, 2] })).toEqual({
      ok: false,
      message: 'has a geometry without a type'
    });
    expect(locate({ type: 'Point' })).toEqual({
      ok: false,
      message: 'has a Point without coordinates'
    });
    expect(
      locate({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            ['a', 1]
          ]
        ]
      })
    ).toEqual({
      ok: false,
      message: 'has a Polygon without valid coordinates'
    });
    expect(locate({ type: 'LineString', coordinates: [] })).toEqual({
      ok: false,
      message: 'has a LineString without valid coordinates'
    });
    expect(locate({ type: 'Circle', coordinates: [0, 0] })).toEqual({
      ok: false,
      message: 'has a geometry of unknown type "Circle"'
    });
    expect(locate({ type: 'GeometryCollection', geometries: ['null'] })).toEqual({
      ok: false,
      message: 'has a GeometryCollection without a geometry it can place'
    });
  });
});
