/**
 * What the data checks report (geodata/ and the lectures, at build time and in the lecture editor): a `Problem` names the file, the line where known, the row's id and
 * the field, so that `check:data` prints `file:line [id] field: message` and an editor can go
 * straight there. Shared by the geodata validator and the stories.
 */
import type { z } from 'zod';

export interface Problem {
  file: string;
  line?: number;
  id?: string;
  field: string;
  message: string;
}

/** Where a problem is: everything but the field and the message. */
export type ProblemBase = Omit<Problem, 'field' | 'message'>;

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}${p.id ? ` [${p.id}]` : ''} ${p.field}: ${p.message}`;
}

/** A value quoted in a message, cut short if long. */
export function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** An id to name a row by in messages: the row's own id if it is text or a number, else `fallback`. */
export function idOf(value: unknown, fallback: string): string {
  return typeof value === 'string' || typeof value === 'number' ? short(String(value)) : fallback;
}

/** How `zodProblems` names the field of an issue. */
export interface IssueNaming {
  /** Put before the issue's path, e.g. `scene "Title"`. */
  prefix?: string;
  /** The field named when the issue is about the value as a whole (its path is empty). */
  whole: string;
  /**
   * `dots`: array indices and unknown keys as path steps (`fit.0`), as the stories name them;
   * otherwise `names[0].from`, with the unknown keys of one object listed together, as the data
   * files name them.
   */
  dots?: boolean;
}

/** The field one zod issue is about. An unknown key is named as a field: zod puts it in `keys`, not in the path. */
function issueField(issue: z.core.$ZodIssue, dots: boolean): string {
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  if (dots) return [...issue.path.map(String), ...keys].filter(Boolean).join('.');
  const path = issue.path
    .map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`))
    .join('')
    .replace(/^\./, '');
  return [path, keys.map(short).join(', ')].filter(Boolean).join('.');
}

/** One problem per issue of a failed `safeParse`, at `base`. */
export function zodProblems(err: z.ZodError, base: ProblemBase, naming: IssueNaming): Problem[] {
  return err.issues.map((i) => ({
    ...base,
    field:
      [naming.prefix, issueField(i, naming.dots ?? false)].filter(Boolean).join('.') ||
      naming.whole,
    message: i.message
  }));
}
