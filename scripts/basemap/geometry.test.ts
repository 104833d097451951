import { describe, expect, it } from 'vitest';
import { REGION } from '../../src/lib/geo/region';
import {
  bboxesMeet,
  bboxOf,
  cleanRing,
  clipLine,
  clipPolygons,
  coastRuns,
  countPoints,
  featuresOf,
  indexed,
  inPolygon,
  linesOf,
  polygonsOf,
  ringArea,
  roundRun,
  unwrap,
  type Box,
  type Ring
} from './geometry';

const BOX: Box = [REGION.west, REGION.south, REGION.east, REGION.north];

/** Lake Ladoga, roughly, counter-clockwise, with Valaam as a hole (clockwise). */
const LADOGA: Ring = [
  [29.9, 60.0],
  [32.9, 60.6],
  [32.6, 61.5],
  [30.5, 61.6],
  [29.9, 60.0]
];
const VALAAM: Ring = [
  [30.9, 61.35],
  [31.0, 61.42],
  [31.1, 61.35],
  [30.9, 61.35]
];
/** The Neva, Lake Ladoga to the Gulf of Finland. */
const NEVA = [
  [31.03, 59.95],
  [30.7, 59.85],
  [30.45, 59.88],
  [30.3, 59.94]
];

describe('roundRun', () => {
  it('rounds to 4 decimals, drops repeated points and never writes -0', () => {
    expect(
      roundRun([
        [30.31234567, 59.94],
        [30.312349, 59.94000001],
        [30.5, 60]
      ])
    ).toEqual([
      [30.3123, 59.94],
      [30.5, 60]
    ]);
    expect(Object.is(roundRun([[-0.00001, 60]])[0][0], 0)).toBe(true);
  });
});

describe('ringArea and cleanRing', () => {
  it('give a counter-clockwise ring a positive area', () => {
    expect(ringArea(LADOGA)).toBeGreaterThan(0);
    expect(ringArea([...LADOGA].reverse())).toBeCloseTo(-ringArea(LADOGA));
  });

  it('close a ring and wind outer rings counter-clockwise, holes clockwise', () => {
    const open = [...LADOGA].reverse().slice(0, -1);
    const outer = cleanRing(open, true)!;
    expect(outer[0]).toEqual(outer[outer.length - 1]);
    expect(ringArea(outer)).toBeGreaterThan(0);
    expect(ringArea(cleanRing(LADOGA, false)!)).toBeLessThan(0);
  });

  it('drop rings with no area', () => {
    expect(
      cleanRing(
        [
          [30, 60],
          [31, 60],
          [30, 60]
        ],
        true
      )
    ).toBeNull();
    expect(
      cleanRing(
        [
          [30, 60],
          [31, 60],
          [32, 60],
          [30, 60]
        ],
        true
      )
    ).toBeNull();
  });
});

describe('polygonsOf, linesOf and featuresOf', () => {
  it('take the parts of the geometry types they know, none of others', () => {
    expect(polygonsOf({ type: 'Polygon', coordinates: [LADOGA] })).toEqual([[LADOGA]]);
    expect(polygonsOf({ type: 'MultiPolygon', coordinates: [[LADOGA], [VALAAM]] })).toHaveLength(2);
    expect(polygonsOf({ type: 'LineString', coordinates: NEVA })).toEqual([]);
    expect(polygonsOf(null)).toEqual([]);
    expect(linesOf({ type: 'LineString', coordinates: NEVA })).toEqual([NEVA]);
    expect(linesOf({ type: 'MultiLineString', coordinates: [NEVA, NEVA] })).toHaveLength(2);
    expect(linesOf({ type: 'Point', coordinates: [30.3, 59.9] })).toEqual([]);
    const neva: GeoJSON.Feature = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates: NEVA }
    };
    expect(featuresOf(neva)).toEqual([neva]);
    expect(featuresOf({ type: 'FeatureCollection', features: [neva, neva] })).toHaveLength(2);
  });
});

describe('bboxOf and bboxesMeet', () => {
  it('box the Neva and tell which boxes overlap or touch', () => {
    expect(bboxOf(NEVA)).toEqual([30.3, 59.85, 31.03, 59.95]);
    expect(bboxesMeet(bboxOf(NEVA), [30, 59.9, 30.5, 60])).toBe(true);
    expect(bboxesMeet(bboxOf(NEVA), bboxOf(LADOGA))).toBe(false);
    expect(bboxesMeet([0, 0, 1, 1], [1, 1, 2, 2])).toBe(true);
    expect(bboxesMeet(bboxOf(NEVA), [2.2, 48.8, 2.4, 48.9])).toBe(false);
  });
});

describe('indexed and inPolygon', () => {
  it('find points on the lake, not on its island or beyond its shore', () => {
    const lake = indexed([LADOGA, VALAAM]);
    expect(lake.bbox).toEqual([29.9, 60.0, 32.9, 61.6]);
    expect(inPolygon([31.5, 60.8], lake)).toBe(true);
    expect(inPolygon([31.0, 61.37], lake)).toBe(false);
    expect(inPolygon([30.3, 59.94], lake)).toBe(false);
  });
});

describe('unwrap', () => {
  it('makes a run across the antimeridian (Chukotka) continuous on the side of most points', () => {
    const chukotka = [
      [178.5, 66],
      [179.5, 66.2],
      [-179.5, 66.1],
      [-179, 65.5],
      [179, 65]
    ];
    expect(unwrap(chukotka)).toEqual([
      [178.5, 66],
      [179.5, 66.2],
      [180.5, 66.1],
      [181, 65.5],
      [179, 65]
    ]);
  });

  it('leaves a run that does not cross it as it is', () => {
    expect(unwrap(NEVA)).toBe(NEVA);
  });
});

describe('clipPolygons', () => {
  it('clips to the box, keeps holes, and drops what lies outside', () => {
    // Jutland-to-Pomerania land straddling the region's west edge.
    const straddling = [
      [10, 54],
      [16, 54],
      [16, 56],
      [10, 56],
      [10, 54]
    ];
    const [clipped, ...rest] = clipPolygons(
      [
        [straddling],
        [LADOGA, VALAAM],
        [
          [
            [2, 48],
            [3, 48],
            [3, 49],
            [2, 48]
          ]
        ]
      ],
      BOX
    );
    expect(rest).toHaveLength(1);
    expect(bboxOf(clipped[0])).toEqual([14, 54, 16, 56]);
    expect(ringArea(clipped[0])).toBeGreaterThan(0);
    expect(rest[0]).toHaveLength(2);
    expect(ringArea(rest[0][1])).toBeLessThan(0);
  });
});

describe('clipLine', () => {
  it('keeps the rounded part of a line inside the box', () => {
    // The Vistula's lower course, crossing the region's west edge.
    expect(
      clipLine(
        [
          [12.5, 54.2],
          [18.6, 54.35]
        ],
        BOX
      )
    ).toEqual([
      [
        [14, 54.2369],
        [18.6, 54.35]
      ]
    ]);
    expect(
      clipLine(
        [
          [2.2, 48.8],
          [2.4, 48.9]
        ],
        BOX
      )
    ).toEqual([]);
  });
});

describe('coastRuns', () => {
  it('leaves out the edges that clipping drew along the box', () => {
    const clipped = [
      [14, 54],
      [16, 54],
      [16, 56],
      [14, 56],
      [14, 54]
    ];
    expect(coastRuns(clipped, BOX)).toEqual([
      [
        [14, 54],
        [16, 54],
        [16, 56],
        [14, 56]
      ]
    ]);
    expect(coastRuns(LADOGA, BOX)).toEqual([LADOGA]);
  });
});

describe('countPoints', () => {
  it('counts the positions of nested coordinates', () => {
    expect(countPoints([LADOGA, VALAAM])).toBe(9);
    expect(countPoints(NEVA)).toBe(4);
    expect(countPoints([30.3, 59.94])).toBe(1);
  });
});
