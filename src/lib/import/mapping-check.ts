/**
 * The mapping form's explanations: the current mapping tried on rows spread over the file, per
 * field how many it reads and what goes wrong (with an example), and what is still missing
 * before Import can run — so Import is never greyed out without a reason.
 */
import type { ColumnMapping, ImportField, RowProblem } from './mapping';
import { readRow, type RowContext } from './read-row';
import { countRows, type RowCounts } from './row-counts';

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

export function checkMapping(
  sample: { rows: readonly (readonly string[])[]; rowNumbers: readonly number[] },
  ctx: RowContext
): MappingCheck {
  const byField: MappingCheck['byField'] = {};
  const problems: RowProblem[] = [];
  sample.rows.forEach((cells, i) => {
    for (const p of readRow(cells, sample.rowNumbers[i], ctx).problems) {
      problems.push(p);
      // "date/end" is the date field's problem.
      const f = (byField[p.field.split('/')[0]] ??= { dropped: 0, warned: 0 });
      if (p.dropped) f.dropped++;
      else f.warned++;
      f.example ??= p;
    }
  });
  return { counts: countRows(sample.rows.length, problems), byField };
}
