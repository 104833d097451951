/**
 * The mapping form's explanations: the current mapping tried on rows spread over the file, per
 * field how many it reads and what goes wrong (with an example), and what is still missing
 * before Import can run — so Import is never greyed out without a reason.
 */
import type { ColumnMapping, ImportField, RowProblem } from './mapping';
import { readRow, type RowContext } from './read-row';
import { countRows, type RowCounts } from './row-counts';
import { nextTask } from '$lib/next-task';

export interface FieldCheck {
  /** Rows dropped because of this field. */
  dropped: number;
  /** Rows kept with a warning about this field. */
  warned: number;
  /** The first problem, to show what is wrong. */
  example?: RowProblem;
}

export interface MappingCheck {
  /** How the tried rows would go. */
  counts: RowCounts;
  byField: Partial<Record<string, FieldCheck>>;
}

/** What the mapping still lacks before an import can run, as a message key; null if nothing. */
export function missingField(
  mapping: ColumnMapping
): 'import.needDate' | 'import.needPlace' | 'import.needLatLon' | null {
  const c = mapping.columns;
  const has = (f: ImportField) => c[f] >= 0;
  if (!has('date')) return 'import.needDate';
  if (has('lat') !== has('lon')) return 'import.needLatLon';
  if (!has('place') && !has('lat') && !has('title') && !has('summary')) return 'import.needPlace';
  return null;
}

type Sample = { rows: readonly (readonly string[])[]; rowNumbers: readonly number[] };

/** Reads rows `from` … `to` − 1 of the sample, adding their problems to `byField` and `problems`. */
function tally(
  sample: Sample,
  ctx: RowContext,
  from: number,
  to: number,
  byField: MappingCheck['byField'],
  problems: RowProblem[]
): void {
  for (let i = from; i < to; i++) {
    for (const p of readRow(sample.rows[i], sample.rowNumbers[i], ctx).problems) {
      problems.push(p);
      // "date/end" is the date field's problem.
      const f = (byField[p.field.split('/')[0]] ??= { dropped: 0, warned: 0 });
      if (p.dropped) f.dropped++;
      else f.warned++;
      f.example ??= p;
    }
  }
}

/**
 * The mapping tried on the sample's rows, `slice` rows per task, so that the form appears and
 * stays responsive while a thousand rows are tried; null if `signal` aborts first (the mapping
 * changed meanwhile).
 */
export async function checkMappingInSlices(
  sample: Sample,
  ctx: RowContext,
  signal: AbortSignal,
  slice = 100
): Promise<MappingCheck | null> {
  const byField: MappingCheck['byField'] = {};
  const problems: RowProblem[] = [];
  for (let from = 0; from < sample.rows.length; from += slice) {
    await nextTask();
    if (signal.aborted) return null;
    tally(sample, ctx, from, Math.min(sample.rows.length, from + slice), byField, problems);
  }
  return { counts: countRows(sample.rows.length, problems), byField };
}
