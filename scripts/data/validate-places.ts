/** geodata/places.geojson: the gazetteer, each place with its names, span and representative point. */
import {
  placeFeatureSchema,
  type PlaceName,
  type PlaceProperties
} from '../../src/lib/model/schema';
import type { AtlasName } from '../../src/lib/model/atlas-data';
import { dayFromIso } from '../../src/lib/time/days';
import { parseJson, type GeodataFile } from './geodata-file';
import { centre, checkInRegion } from './positions';
import { idOf, zodProblems, type Problem, type ProblemBase } from './problems';

/** A place that passed its schema, with the days and the point the app needs worked out. */
export interface CheckedPlace {
  properties: PlaceProperties;
  geometry: GeoJSON.Geometry;
  /** Its names, with their periods in days. */
  names: AtlasName[];
  /** Its span in days, where it has one and the dates are real. */
  from?: number;
  to?: number;
  /** The point itself, an area's `anchor` property, or else the mean of its positions. */
  lon: number;
  lat: number;
  isArea: boolean;
}

/** A name as the app ships it: its period in days, without the editors' `approximate`. */
function nameInDays(
  { approximate: _approximate, ...name }: PlaceName,
  from: number | undefined,
  to: number | undefined
): AtlasName {
  return { ...name, from, to };
}

/** Names in days; their periods must be real dates, in order, and must not overlap. */
function checkNames(
  names: PlaceProperties['names'],
  base: ProblemBase,
  problems: Problem[]
): AtlasName[] {
  const out: AtlasName[] = [];
  names.forEach((n, i) => {
    const from = n.from === undefined ? undefined : dayFromIso(n.from);
    const to = n.to === undefined ? undefined : dayFromIso(n.to);
    if (from === null)
      problems.push({
        ...base,
        field: `names[${i}].from`,
        message: `"${n.from}" is not a real date`
      });
    if (to === null)
      problems.push({ ...base, field: `names[${i}].to`, message: `"${n.to}" is not a real date` });
    if (from != null && to != null && to <= from)
      problems.push({
        ...base,
        field: `names[${i}].to`,
        message: `${n.to} is not after from (${n.from})`
      });
    out.push(nameInDays(n, from ?? undefined, to ?? undefined));
  });
  const sorted = out
    .map((n, i) => ({ ...n, i }))
    .sort((a, b) => (a.from ?? -Infinity) - (b.from ?? -Infinity));
  for (let k = 1; k < sorted.length; k++) {
    const prev = sorted[k - 1];
    const cur = sorted[k];
    if ((prev.to ?? Infinity) > (cur.from ?? -Infinity)) {
      problems.push({
        ...base,
        field: `names[${cur.i}]`,
        message: `"${cur.name}" overlaps the period of "${prev.name}"`
      });
    }
  }
  return out;
}

/** The `anchor` property of an area, if it is a [lon, lat] pair. */
function anchorOf(p: PlaceProperties, base: ProblemBase, problems: Problem[]) {
  const anchor = (p as { anchor?: unknown }).anchor;
  const good =
    Array.isArray(anchor) &&
    anchor.length === 2 &&
    anchor.every((x) => typeof x === 'number' && Number.isFinite(x));
  if (anchor !== undefined && !good)
    problems.push({ ...base, field: 'properties.anchor', message: 'must be [lon, lat]' });
  return good ? (anchor as [number, number]) : undefined;
}

/**
 * Every feature that passed its schema, in file order (a repeated id is reported, and both are
 * kept). Problems that leave the place usable (outside the region, bad dates, an unknown parent)
 * are reported without dropping it.
 */
export function validatePlaces(file: GeodataFile, problems: Problem[]): CheckedPlace[] {
  const path = file.path;
  const out: CheckedPlace[] = [];
  const raw = parseJson(file, problems) as { type?: string; features?: unknown[] } | undefined;
  if (raw === undefined) return out;
  if (raw?.type !== 'FeatureCollection' || !Array.isArray(raw.features)) {
    problems.push({ file: path, field: '(file)', message: 'must be a GeoJSON FeatureCollection' });
    return out;
  }
  const ids = new Set<string>();
  const parents: [string, string][] = [];
  raw.features.forEach((f, i) => {
    const rawId = (f as { properties?: { id?: unknown } } | null)?.properties?.id;
    const base = { file: path, line: undefined, id: idOf(rawId, `feature #${i + 1}`) };
    if (!(f as { geometry?: unknown })?.geometry) {
      problems.push({
        ...base,
        field: 'geometry',
        message: 'is missing: every place needs coordinates'
      });
      return;
    }
    const parsed = placeFeatureSchema.safeParse(f);
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, base, { whole: '(row)' }));
      return;
    }
    const { properties: p } = parsed.data;
    const geometry = parsed.data.geometry as GeoJSON.Geometry;
    if (ids.has(p.id)) problems.push({ ...base, field: 'properties.id', message: 'is used twice' });
    ids.add(p.id);
    const fid = (f as { id?: unknown }).id;
    if (fid !== undefined && fid !== p.id)
      problems.push({
        ...base,
        field: 'id',
        message: `Feature id "${String(fid)}" differs from properties.id`
      });
    checkInRegion(geometry, base, problems);
    const names = checkNames(p.names, base, problems);
    const from = p.from ? dayFromIso(p.from) : undefined;
    const to = p.to ? dayFromIso(p.to) : undefined;
    if (from === null)
      problems.push({
        ...base,
        field: 'properties.from',
        message: `"${p.from}" is not a real date`
      });
    if (to === null)
      problems.push({ ...base, field: 'properties.to', message: `"${p.to}" is not a real date` });
    if (from != null && to != null && to < from)
      problems.push({ ...base, field: 'properties.to', message: 'is before from' });
    if (p.parent) parents.push([p.id, p.parent]);
    const isArea = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
    const anchor = anchorOf(p, base, problems);
    const [lon, lat] =
      geometry.type === 'Point'
        ? [geometry.coordinates[0], geometry.coordinates[1]]
        : (anchor ?? centre(geometry));
    out.push({
      properties: p,
      geometry,
      names,
      from: from ?? undefined,
      to: to ?? undefined,
      lon,
      lat,
      isArea
    });
  });
  for (const [id, parent] of parents) {
    if (!ids.has(parent))
      problems.push({
        file: path,
        id,
        field: 'properties.parent',
        message: `"${parent}" is not a place id`
      });
  }
  return out;
}
