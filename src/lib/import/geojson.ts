/**
 * An imported GeoJSON file as a table: one row per Point feature, its properties as columns plus
 * `lat`/`lon`. Other geometries are reported, not guessed at. Error messages are meant to follow
 * the file's name ("x.geojson is not valid JSON: …").
 */
import { MAX_COLUMNS } from './csv';
import type { RowProblem } from './mapping';

export interface Table {
  header: string[];
  rows: string[][];
  problems: RowProblem[];
  /** The file row of each row (header = row 1), where it is not simply its index + 2. */
  rowNumbers?: number[];
}

/** More cells than this (features × columns) refuses the file: it would not fit in memory. */
export const MAX_CELLS = 20_000_000;

const cell = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function geojsonTable(text: string): Table {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    // Anything but a SyntaxError is the parser running out of stack or memory.
    if (e instanceof SyntaxError) throw new Error(`is not valid JSON: ${e.message}`);
    throw new Error('is nested too deeply to read');
  }
  const features =
    isObject(doc) && doc.type === 'FeatureCollection' && Array.isArray(doc.features)
      ? (doc.features as unknown[])
      : isObject(doc) && doc.type === 'Feature'
        ? [doc]
        : null;
  if (!features) throw new Error('is not a GeoJSON Feature or FeatureCollection');
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
            `has more than ${MAX_COLUMNS} property names; a table may have ${MAX_COLUMNS} columns`
          );
      }
    }
  }
  const header = [...keys, 'lat', 'lon'];
  if (header.length * features.length > MAX_CELLS)
    throw new Error(
      `has ${features.length} features × ${header.length} columns; the limit is ${MAX_CELLS} cells`
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
  return { header, rows, problems, rowNumbers };
}
