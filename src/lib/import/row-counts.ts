/**
 * How an import went, row by row: kept as read, kept with a warning, or dropped. A row counts
 * once, however many problems it has (a dropped row's warnings do not make it "warned").
 */
import type { RowProblem } from './mapping';

export interface RowCounts {
  /** Rows read. */
  rows: number;
  /** Rows kept with no problem. */
  clean: number;
  /** Rows kept with one or more warnings. */
  warned: number;
  /** Rows dropped. */
  dropped: number;
}

export function countRows(rows: number, problems: readonly RowProblem[]): RowCounts {
  const dropped = new Set<number>();
  const warned = new Set<number>();
  for (const p of problems) (p.dropped ? dropped : warned).add(p.row);
  for (const r of dropped) warned.delete(r);
  return {
    rows,
    clean: rows - dropped.size - warned.size,
    warned: warned.size,
    dropped: dropped.size
  };
}

/** A problem list as CSV (row, field, value, kept or dropped, reason), however long. */
export function problemsCsv(problems: readonly RowProblem[], field: (v: string) => string): string {
  const lines = ['row,field,value,outcome,reason'];
  for (const p of problems)
    lines.push(
      [
        String(p.row),
        field(p.field),
        field(p.value ?? ''),
        p.dropped ? 'dropped' : 'kept',
        field(p.message)
      ].join(',')
    );
  return lines.join('\n') + '\n';
}
