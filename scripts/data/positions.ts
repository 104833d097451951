/** The positions of a place's geometry: where it lies, and whether it lies inside the map. */
import { inRegion } from '../../src/lib/geo/region';
import type { Problem, ProblemBase } from './problems';

/** Every [lon, lat, …] position of a geometry's coordinates, however deeply nested (no recursion). */
export function allPositions(geometry: GeoJSON.Geometry): number[][] {
  const pts: number[][] = [];
  const stack: unknown[] = [(geometry as { coordinates?: unknown }).coordinates];
  while (stack.length) {
    const c = stack.pop();
    if (Array.isArray(c) && typeof c[0] === 'number') pts.push(c as number[]);
    else if (Array.isArray(c)) for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]);
  }
  return pts;
}

/** The mean of a geometry's positions: an area's point where it names none. */
export function centre(geometry: GeoJSON.Geometry): [number, number] {
  const pts = allPositions(geometry);
  const lon = pts.reduce((s, p) => s + p[0], 0) / pts.length;
  const lat = pts.reduce((s, p) => s + p[1], 0) / pts.length;
  return [lon, lat];
}

/** Reports the first position of `geometry` outside the map's region (the basemap ends there). */
export function checkInRegion(
  geometry: GeoJSON.Geometry,
  base: ProblemBase,
  problems: Problem[]
): void {
  const outside = allPositions(geometry).find(([lon, lat]) => !inRegion(lon, lat));
  if (outside)
    problems.push({
      ...base,
      field: 'geometry',
      message: `[${outside[0]}, ${outside[1]}] lies outside the map's region`
    });
}
