/**
 * geodata/city/*.geojson: the city-scale layers the app draws from their own files. Their timed
 * features (the ice and the assault routes of March 1921) also become areas with day spans.
 */
import { placeGeometrySchema } from '../../src/lib/model/schema';
import { dayFromIso } from '../../src/lib/time/days';
import { parseJson, type GeodataFile } from './geodata-file';
import { checkInRegion } from './positions';
import { idOf, short, zodProblems, type Problem } from './problems';

/** The text of a property that should be text; objects and arrays are not. */
function textOf(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}

/** The timed features of every city layer, as areas (properties: id, kind, name, from, to, certainty). */
export function validateCities(files: GeodataFile[], problems: Problem[]): GeoJSON.Feature[] {
  const out: GeoJSON.Feature[] = [];
  for (const file of files) {
    const raw = parseJson(file, problems) as GeoJSON.FeatureCollection | undefined;
    if (raw === undefined) continue;
    if (raw?.type !== 'FeatureCollection' || !Array.isArray(raw.features)) {
      problems.push({
        file: file.path,
        field: '(file)',
        message: 'must be a GeoJSON FeatureCollection'
      });
      continue;
    }
    raw.features.forEach((f: unknown, i) => {
      const feature = (typeof f === 'object' && f !== null ? f : {}) as {
        id?: unknown;
        geometry?: unknown;
        properties?: unknown;
      };
      const props = feature.properties;
      const p = (typeof props === 'object' && props !== null ? props : {}) as Record<
        string,
        unknown
      >;
      const id = idOf(feature.id, idOf(p.id, `feature #${i + 1}`));
      const base = { file: file.path, id };
      if (!feature.geometry) {
        problems.push({ ...base, field: 'geometry', message: 'is missing' });
        return;
      }
      const parsed = placeGeometrySchema.safeParse(feature.geometry);
      if (!parsed.success) {
        problems.push(
          ...zodProblems(parsed.error, base, { prefix: 'geometry', whole: 'geometry' })
        );
        return;
      }
      const geometry = parsed.data as GeoJSON.Geometry;
      checkInRegion(geometry, base, problems);
      if (p.from_date === undefined && p.to_date === undefined) return;
      const fromText = textOf(p.from_date) ?? '';
      const toText = textOf(p.to_date) ?? '';
      const from = dayFromIso(fromText);
      const to = dayFromIso(toText);
      if (from === null)
        problems.push({
          ...base,
          field: 'properties.from_date',
          message: `"${short(fromText)}" is not a real date`
        });
      if (to === null)
        problems.push({
          ...base,
          field: 'properties.to_date',
          message: `"${short(toText)}" is not a real date`
        });
      if (from === null || to === null) return;
      if (to < from)
        problems.push({ ...base, field: 'properties.to_date', message: 'is before from_date' });
      out.push({
        type: 'Feature',
        id,
        geometry,
        properties: {
          id,
          kind: p.layer === 'route' ? 'route' : (textOf(p.layer) ?? 'area'),
          name: textOf(p.name),
          from,
          to,
          certainty: textOf(p.certainty) ?? 'approximate'
        }
      });
    });
  }
  return out;
}
