/** geodata/sources.json: the bibliography, checked against the source texts' fingerprints. */
import { sourceSchema, type Source } from '../../src/lib/model/schema';
import { parseJson, type GeodataFile } from './geodata-file';
import { idOf, zodProblems, type Problem } from './problems';

/** A source as citations are checked against it. */
export interface CheckedSource {
  source: Source;
  /** Its line count: the text's where the fingerprints give it, else the declared one. */
  lines: number;
  /** Words on each line of the text, where the fingerprints give them (0: a blank line). */
  words?: readonly number[];
}

/**
 * The valid sources by id. `sourceLines` (words per line of each text, by file name) is what the
 * fingerprints know: a source must name one of those texts and declare its line count.
 */
export function validateSources(
  file: GeodataFile,
  sourceLines: Record<string, readonly number[]> | undefined,
  problems: Problem[]
): Map<string, CheckedSource> {
  const path = file.path;
  const raw = parseJson(file, problems);
  const out = new Map<string, CheckedSource>();
  if (raw === undefined) return out;
  if (!Array.isArray(raw)) {
    problems.push({ file: path, field: '(file)', message: 'must be a JSON array of sources' });
    return out;
  }
  raw.forEach((entry, i) => {
    const parsed = sourceSchema.safeParse(entry);
    if (!parsed.success) {
      const id = idOf((entry as { id?: unknown } | null)?.id, `#${i + 1}`);
      problems.push(...zodProblems(parsed.error, { file: path, id }, { whole: '(row)' }));
      return;
    }
    const s = parsed.data;
    const base = { file: path, id: s.id };
    if (out.has(s.id)) problems.push({ ...base, field: 'id', message: 'is used twice' });
    const words =
      sourceLines && Object.hasOwn(sourceLines, s.file) ? sourceLines[s.file] : undefined;
    const counted = words?.length;
    if (sourceLines && words === undefined) {
      problems.push({ ...base, field: 'file', message: `${s.file} is not among the source texts` });
    }
    if (counted !== undefined && counted !== s.lines) {
      problems.push({
        ...base,
        field: 'lines',
        message: `says ${s.lines} but ${s.file} has ${counted} lines`
      });
    }
    out.set(s.id, { source: s, lines: counted ?? s.lines, words });
  });
  return out;
}
