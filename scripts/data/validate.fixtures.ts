/** Data-file fixtures shared by the validator's tests (example and property-based). */
import { ok } from '../../src/lib/testing/property';
import { formatProblem, type Problem } from './problems';
import type { GeodataInput } from './validate';

export const SOURCES_PATH = 'geodata/sources.json';
export const PLACES_PATH = 'geodata/places.geojson';

/** Two valid sources: events cite `tabor-2017` (lines 1–50) and `trotsky-1930` (1–500). */
export const GOOD_SOURCES = [
  {
    id: 'tabor-2017',
    file: 'tabor.txt',
    lines: 50,
    author: 'Ron Tabor',
    title: 'Explorations',
    year: 2017
  },
  {
    id: 'trotsky-1930',
    file: 'trotsky.txt',
    lines: 500,
    author: 'L. Trotsky',
    title: 'History',
    year: 1930
  }
];

/** Words per line of a source text of `n` lines, none blank, as its fingerprint gives them. */
export const lines = (n: number): number[] => new Array<number>(n).fill(12);

/** A point place as places.geojson holds it; `extra` overrides its properties. */
export const placeFeature = (
  id: string,
  coordinates: unknown,
  extra: Record<string, unknown> = {}
) => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates },
  properties: { id, kind: 'city', names: [{ name: id }], certainty: 'exact', ...extra }
});

/** The files of a data set, which problems may name. */
export const paths = (input: GeodataInput) =>
  new Set([
    input.sources.path,
    input.places.path,
    ...input.events.map((f) => f.path),
    ...(input.cities ?? []).map((f) => f.path)
  ]);

/** Every problem names one of `files` and a field, has a short message, and formats. */
export function checkProblems(problems: Problem[], files: Set<string>): void {
  for (const p of problems) {
    ok(files.has(p.file), 'a problem names its file', p);
    ok(typeof p.field === 'string' && p.field.length > 0, 'a problem names a field', p);
    ok(
      typeof p.message === 'string' && p.message.length > 0 && p.message.length < 400,
      'a message',
      p
    );
    ok(p.line === undefined || (Number.isInteger(p.line) && p.line >= 1), 'a line', p);
    ok(p.id === undefined || typeof p.id === 'string', 'an id', p);
    ok(typeof formatProblem(p) === 'string', 'formats', p);
  }
}
