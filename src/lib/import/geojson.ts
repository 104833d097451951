/**
 * An imported GeoJSON file as a table: one row per Point feature, its properties as columns plus
 * `lat`/`lon`. Other geometries are reported, not guessed at.
 */
import type { RowProblem } from './mapping';

export interface Table {
  header: string[];
  rows: string[][];
  problems: RowProblem[];
}

const cell = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

export function geojsonTable(text: string): Table {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(`not valid JSON: ${(e as Error).message}`);
  }
  const d = doc as { type?: string; features?: unknown[] };
  const features =
    d?.type === 'FeatureCollection' && Array.isArray(d.features)
      ? d.features
      : d?.type === 'Feature'
        ? [d]
        : null;
  if (!features) throw new Error('not a GeoJSON Feature or FeatureCollection');
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const f of features) {
    for (const k of Object.keys((f as { properties?: object })?.properties ?? {})) {
      if (!seen.has(k) && k !== 'lat' && k !== 'lon') {
        seen.add(k);
        keys.push(k);
      }
    }
  }
  const header = [...keys, 'lat', 'lon'];
  const rows: string[][] = [];
  const problems: RowProblem[] = [];
  features.forEach((f, i) => {
    const g = (f as { geometry?: { type?: string; coordinates?: unknown } })?.geometry;
    const row = i + 2;
    if (g?.type !== 'Point' || !Array.isArray(g.coordinates)) {
      problems.push({
        row,
        field: 'geometry',
        message: `feature ${i + 1} is ${g?.type ?? 'missing'}, not a Point`,
        dropped: true
      });
      return;
    }
    const [lon, lat] = g.coordinates as unknown[];
    const props = (f as { properties?: Record<string, unknown> }).properties ?? {};
    rows.push([...keys.map((k) => cell(props[k])), cell(lat), cell(lon)]);
  });
  return { header, rows, problems };
}
