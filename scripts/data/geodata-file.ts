/** A geodata file as the validator takes it, and how its JSON and YAML are read. */
import { short, type Problem } from './problems';

/** Aliases one YAML value may expand (a guard against "billion laughs" files). */
export const MAX_ALIASES = 100;

/** A file's path (relative to the repository, as messages name it) and its text. */
export interface GeodataFile {
  path: string;
  text: string;
}

/** The file's JSON (a BOM ignored), or undefined with a problem if it is not JSON or too deep to read. */
export function parseJson(file: GeodataFile, problems: Problem[]): unknown {
  try {
    return JSON.parse(file.text.replace(/^\ufeff/, ''));
  } catch (e) {
    problems.push({
      file: file.path,
      field: '(file)',
      message:
        e instanceof SyntaxError
          ? `is not valid JSON: ${short(e.message)}`
          : 'is nested too deeply to read'
    });
    return undefined;
  }
}
