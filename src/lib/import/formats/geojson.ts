/**
 * GeoJSON: one row per Point feature, its properties as columns plus `lat`/`lon` (which the
 * column mapping takes as the coordinates, whatever the properties are called). Other geometries
 * are reported, not guessed at.
 */
import type { RowProblem } from '../mapping';
import { MAX_CELLS, MAX_COLUMNS } from '../limits';
import type { ImportFormat, Table } from './format';

const cell = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The file's features; refused, naming the file, if it is not JSON (or too deep to read) or not GeoJSON. */
function featuresOf(text: string, name: string): unknown[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    // Anything but a SyntaxError is the parser running out of stack or memory.
    if (e instanceof SyntaxError) throw new Error(`${name} is not valid JSON: ${e.message}`);
    throw new Error(`${name} is nested too deeply to read`);
  }
  const features =
    isObject(doc) && doc.type === 'FeatureCollection' && Array.isArray(doc.features)
      ? (doc.features as unknown[])
      : isObject(doc) && doc.type === 'Feature'
        ? [doc]
        : null;
  if (!features) throw new Error(`${name} is not a GeoJSON Feature or FeatureCollection`);
  return features;
}

function read(text: string, name: string): Table {
  const features = featuresOf(text, name);
  const props = (f: unknown) => (isObject(f) && isObject(f.properties) ? f.properties : {});
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const f of features) {
    for (const k of Object.keys(props(f))) {
      if (!seen.has(k) && k !== 'lat' && k !== 'lon') {
        seen.add(k);
        keys.push(k);
        if (keys.length > MAX_COLUMNS)
          throw new Error(
            `${name} has more than ${MAX_COLUMNS} property names; a table may have ${MAX_COLUMNS} columns`
          );
      }
    }
  }
  const header = [...keys, 'lat', 'lon'];
  if (header.length * features.length > MAX_CELLS)
    throw new Error(
      `${name} has ${features.length} features × ${header.length} columns; the limit is ${MAX_CELLS} cells`
    );
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const problems: RowProblem[] = [];
  features.forEach((f, i) => {
    const g = isObject(f) && isObject(f.geometry) ? f.geometry : null;
    const row = i + 2;
    if (g?.type !== 'Point' || !Array.isArray(g.coordinates)) {
      const type = typeof g?.type === 'string' ? g.type.slice(0, 40) : 'missing';
      problems.push({
        row,
        field: 'geometry',
        message: `feature ${i + 1} is ${type}, not a Point`,
        dropped: true
      });
      return;
    }
    const [lon, lat] = g.coordinates as unknown[];
    const p = props(f);
    try {
      rows.push([
        ...keys.map((k) => cell(Object.hasOwn(p, k) ? p[k] : null)),
        cell(lat),
        cell(lon)
      ]);
      rowNumbers.push(row);
    } catch {
      // JSON.stringify ran out of stack on a deeply nested value.
      problems.push({
        row,
        field: 'properties',
        message: `feature ${i + 1} holds a value nested too deeply to read`,
        dropped: true
      });
    }
  });
  const columns = { lat: header.length - 2, lon: header.length - 1 };
  return { header, rows, problems, rowNumbers, columns };
}

export const geojson: ImportFormat<'geojson'> = {
  id: 'geojson',
  label: 'GeoJSON',
  accept: ['.json', '.geojson', 'application/geo+json', 'application/json'],
  sniff: (text, name) => /\.(geo)?json$/i.test(name) || /^\s*\{/.test(text.slice(0, 200)),
  read
};
