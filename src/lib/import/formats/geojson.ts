/**
 * GeoJSON: one row per feature, its properties as columns plus `lat`/`lon` (which the column
 * mapping takes as the coordinates, whatever the properties are called). A Point is read as it
 * is; other geometries are reduced to a point (`geometry.ts`) with a warning, or the feature is
 * reported and dropped. Properties such as `when`, `time` or `timestamp` are columns like any
 * other.
 */
import type { ImportField, RowProblem } from '../mapping';
import { MAX_CELLS, MAX_COLUMNS } from '../limits';
import type { ImportFormat, Table } from './format';
import { locate } from './geometry';
import { cell, isObject, jsonDoc, startsWithBrace, textOf } from './text';

/** The features of a GeoJSON document, or null if it is not a Feature or FeatureCollection. */
export function featuresIn(doc: unknown): unknown[] | null {
  return isObject(doc) && doc.type === 'FeatureCollection' && Array.isArray(doc.features)
    ? (doc.features as unknown[])
    : isObject(doc) && doc.type === 'Feature'
      ? [doc]
      : null;
}

/** The file's features; refused, naming the file, if it is not JSON (or too deep to read) or not GeoJSON. */
export function featuresOf(bytes: Uint8Array, name: string): unknown[] {
  const features = featuresIn(jsonDoc(bytes, name));
  if (!features) throw new Error(`${name} is not a GeoJSON Feature or FeatureCollection`);
  return features;
}

/** Columns a format adds to the properties (LPF's dates and names), filled per feature. */
export interface ExtraColumns {
  names: string[];
  /** The feature's cells, in the order of `names`; problems found are pushed to `problems`. */
  cells(feature: Record<string, unknown>, row: number, problems: RowProblem[]): string[];
  /** The fields these columns hold for the mapping, by column name. */
  fields?: Partial<Record<ImportField, string>>;
}

const props = (f: unknown) => (isObject(f) && isObject(f.properties) ? f.properties : {});

/**
 * A table of features: the properties' keys as columns (in order of first appearance), then the
 * extra columns, then `lat` and `lon`. Row N+1 is feature N.
 */
export function featureTable(features: unknown[], name: string, extra?: ExtraColumns): Table {
  const taken = new Set(['lat', 'lon', ...(extra?.names ?? [])]);
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const f of features) {
    for (const k of Object.keys(props(f))) {
      if (!seen.has(k) && !taken.has(k)) {
        seen.add(k);
        keys.push(k);
        if (keys.length > MAX_COLUMNS)
          throw new Error(
            `${name} has more than ${MAX_COLUMNS} property names; a table may have ${MAX_COLUMNS} columns`
          );
      }
    }
  }
  const extraNames = extra?.names ?? [];
  const header = [...keys, ...extraNames, 'lat', 'lon'];
  if (header.length * features.length > MAX_CELLS)
    throw new Error(
      `${name} has ${features.length} features × ${header.length} columns; the limit is ${MAX_CELLS} cells`
    );
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const problems: RowProblem[] = [];
  features.forEach((f, i) => {
    const row = i + 2;
    const where = locate(isObject(f) ? f.geometry : undefined);
    if (!where.ok) {
      problems.push({
        row,
        field: 'geometry',
        message: `feature ${i + 1} ${where.message}`,
        dropped: true
      });
      return;
    }
    const p = props(f);
    try {
      const own = keys.map((k) => cell(Object.hasOwn(p, k) ? p[k] : null));
      const more = extra && isObject(f) ? extra.cells(f, row, problems) : [];
      rows.push([...own, ...more, cell(where.lat), cell(where.lon)]);
      rowNumbers.push(row);
    } catch {
      // JSON.stringify ran out of stack on a deeply nested value.
      problems.push({
        row,
        field: 'properties',
        message: `feature ${i + 1} holds a value nested too deeply to read`,
        dropped: true
      });
      return;
    }
    if (where.note)
      problems.push({
        row,
        field: 'geometry',
        message: `feature ${i + 1} ${where.note}`,
        dropped: false
      });
  });
  const columns: Partial<Record<ImportField, number>> = {
    lat: header.length - 2,
    lon: header.length - 1
  };
  for (const [field, column] of Object.entries(extra?.fields ?? {}))
    columns[field as ImportField] = keys.length + extraNames.indexOf(column);
  return { header, rows, problems, rowNumbers, columns };
}

function read(bytes: Uint8Array, name: string): Table {
  return { ...featureTable(featuresOf(bytes, name), name), encoding: textOf(bytes).encoding };
}

export const geojson: ImportFormat<'geojson'> = {
  id: 'geojson',
  label: 'GeoJSON',
  accept: ['.json', '.geojson', 'application/geo+json', 'application/json'],
  kind: 'text',
  sniff: (bytes, name) => /\.(geo)?json$/i.test(name) || startsWithBrace(bytes),
  read
};
