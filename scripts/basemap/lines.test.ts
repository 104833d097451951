import { describe, expect, it } from 'vitest';
import { indexed, type Ring } from './geometry';
import {
  CoverGrid,
  lineGeometry,
  maskLine,
  mergeLines,
  NAME_MAX_DISTANCE,
  nameLine
} from './lines';

/** Lake Ilmen, roughly, and the Volkhov leaving it northward, the Msta entering from the east. */
const ILMEN: Ring = [
  [31.0, 58.2],
  [31.6, 58.15],
  [31.75, 58.35],
  [31.3, 58.45],
  [31.0, 58.2]
];
const THROUGH_ILMEN = [
  [31.9, 58.3],
  [31.4, 58.3],
  [31.3, 58.6],
  [31.9, 59.9]
];
const VOLKHOV = [
  [31.3, 58.6],
  [31.9, 59.9],
  [32.3, 60.1]
];

describe('CoverGrid', () => {
  it('finds lines already taken (within a cell) and not others', () => {
    const grid = new CoverGrid();
    expect(grid.covered(VOLKHOV)).toBe(0);
    grid.add(VOLKHOV);
    expect(grid.covered(VOLKHOV)).toBe(1);
    expect(grid.covered(VOLKHOV.map(([x, y]) => [x + 0.04, y - 0.03]))).toBe(1);
    expect(grid.covered([[37.6, 55.75], ...VOLKHOV.slice(1)])).toBeCloseTo(2 / 3);
  });
});

describe('nameLine', () => {
  const rivers = [
    {
      name: 'Volkhov',
      anchors: [
        [31.28, 58.52],
        [31.9, 59.92],
        [32.3, 60.12]
      ]
    },
    {
      name: 'Neva',
      anchors: [
        [31.03, 59.95],
        [30.3, 59.94]
      ]
    }
  ];

  it('names a line by the anchors closest on average', () => {
    expect(nameLine(VOLKHOV, rivers)?.name).toBe('Volkhov');
  });

  it('leaves a line far from every river unnamed', () => {
    expect(NAME_MAX_DISTANCE).toBeLessThan(1);
    expect(
      nameLine(
        [
          [37.6, 55.75],
          [37.7, 55.8]
        ],
        rivers
      )
    ).toBeNull();
  });
});

describe('maskLine', () => {
  it('cuts a river where it crosses a lake, each part ending on the shore', () => {
    const parts = maskLine(THROUGH_ILMEN, [indexed([ILMEN])]);
    expect(parts).toHaveLength(2);
    const [before, after] = parts;
    expect(before[0]).toEqual([31.9, 58.3]);
    // On the shore: the ring's edges (31.6, 58.15)–(31.75, 58.35) and (31.75, 58.35)–(31.3, 58.45).
    expect(before[before.length - 1][0]).toBeCloseTo(31.7125, 6);
    expect(before[before.length - 1][1]).toBeCloseTo(58.3, 6);
    expect(after[0][0]).toBeCloseTo(31.354, 6);
    expect(after[0][1]).toBeCloseTo(58.438, 6);
    expect(after[after.length - 1]).toEqual([31.9, 59.9]);
  });

  it('keeps a line away from every lake whole', () => {
    expect(maskLine(VOLKHOV, [indexed([ILMEN])])).toEqual([VOLKHOV]);
  });
});

describe('mergeLines and lineGeometry', () => {
  it('joins parts that meet end to end, either way round, into one line', () => {
    const upper = [
      [31.3, 58.6],
      [31.9, 59.9]
    ];
    const lower = [
      [32.3, 60.1],
      [31.91, 59.9]
    ];
    expect(mergeLines([upper, lower])).toEqual([
      [
        [31.3, 58.6],
        [31.9, 59.9],
        [31.91, 59.9],
        [32.3, 60.1]
      ]
    ]);
    expect(
      mergeLines([
        upper,
        [
          [37.6, 55.75],
          [37.7, 55.8]
        ]
      ])
    ).toHaveLength(2);
  });

  it('makes one line a LineString and several a MultiLineString', () => {
    expect(lineGeometry([VOLKHOV])).toEqual({ type: 'LineString', coordinates: VOLKHOV });
    expect(lineGeometry([VOLKHOV, THROUGH_ILMEN]).type).toBe('MultiLineString');
  });
});
