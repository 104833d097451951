import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { EXTENT, tileRange, writeVectorTiles } from './vector-tiles.mjs';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tmp(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-tiles-'));
  dirs.push(dir);
  return dir;
}

function read(dir: string, z: number, x: number, y: number): VectorTile {
  return new VectorTile(new PbfReader(readFileSync(path.join(dir, `${z}/${x}/${y}.pbf`))));
}

/** A square of land around Kronstadt and a line (a "river") through Petrograd, with a name. */
const layers: Record<string, GeoJSON.FeatureCollection> = {
  land: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [29.5, 59.9],
              [30.0, 59.9],
              [30.0, 60.1],
              [29.5, 60.1],
              [29.5, 59.9]
            ]
          ]
        }
      }
    ]
  },
  rivers: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: 'Neva' },
        geometry: {
          type: 'LineString',
          coordinates: [
            [30.2, 59.95],
            [31.0, 59.85]
          ]
        }
      }
    ]
  }
};

describe('tileRange', () => {
  it('gives the one tile at zoom 0 and the tiles a box touches deeper', () => {
    expect(tileRange([14, 38, 75, 70], 0)).toEqual({ x0: 0, x1: 0, y0: 0, y1: 0 });
    // Petrograd (30.3 E, 59.9 N) lies in tile 4/9/4 (a standard web-mercator tile).
    expect(tileRange([30.3, 59.9, 30.3, 59.9], 4)).toEqual({ x0: 9, x1: 9, y0: 4, y1: 4 });
    const r = tileRange([14, 38, 75, 70], 7);
    expect(r.x1 - r.x0 + 1).toBe(23);
    expect(r.y0).toBeLessThan(r.y1);
  });
});

describe('writeVectorTiles', () => {
  it('writes every tile of the box, with each layer and its properties, the empty ones empty', () => {
    const dir = tmp();
    const bounds = [29, 59, 40, 61];
    const result = writeVectorTiles(layers, dir, { bounds, maxZoom: 6 });
    let expected = 0;
    for (let z = 0; z <= 6; z++) {
      const { x0, x1, y0, y1 } = tileRange(bounds, z);
      expected += (x1 - x0 + 1) * (y1 - y0 + 1);
      for (let x = x0; x <= x1; x++) {
        expect(readdirSync(path.join(dir, `${z}/${x}`)).length).toBe(y1 - y0 + 1);
      }
    }
    expect(result.tiles).toBe(expected);
    const tile = read(dir, 4, 9, 4);
    expect(Object.keys(tile.layers).sort()).toEqual(['land', 'rivers']);
    expect(tile.layers.land.extent).toBe(EXTENT);
    const river = tile.layers.rivers.feature(0);
    expect(river.properties.name).toBe('Neva');
    // Back to lon/lat: the river still starts at 30.2 E, 59.95 N (within a tile unit).
    const [start] = (river.toGeoJSON(9, 4, 4).geometry as GeoJSON.LineString).coordinates;
    expect(start[0]).toBeCloseTo(30.2, 2);
    expect(start[1]).toBeCloseTo(59.95, 2);
    // East of 33.75 E (zoom 6) there is nothing here: an empty file, not a missing one.
    const east = tileRange([38.5, 60.5, 38.5, 60.5], 6);
    expect(readFileSync(path.join(dir, `6/${east.x0}/${east.y0}.pbf`)).length).toBe(0);
    expect(result.filled).toBeLessThan(result.tiles);
  });

  it('replaces the tiles of an earlier run', () => {
    const dir = tmp();
    writeVectorTiles(layers, dir, { bounds: [29, 59, 32, 61], maxZoom: 6 });
    writeVectorTiles(layers, dir, { bounds: [29, 59, 32, 61], maxZoom: 3 });
    expect(readdirSync(dir).sort()).toEqual(['0', '1', '2', '3']);
  });
});
