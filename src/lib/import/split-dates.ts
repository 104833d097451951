/**
 * Dates split over columns, as TimelineJS's spreadsheet template writes them (`Year`, `Month`,
 * `Day`, `Time`, then `End Year`, `End Month`, …): joined into one date column, and one end date
 * column, added to the table so that the mapping reads them like any date. The table's column
 * hints point the mapping at them.
 */
import type { Table } from './formats/format';
import { joinDateParts } from './read-date';

const PARTS = {
  year: /^(year|год)$/i,
  month: /^(month|месяц)$/i,
  day: /^(day|день|число)$/i,
  time: /^(time|время)$/i
};
type Part = keyof typeof PARTS;

function find(header: readonly string[], prefix: RegExp): Partial<Record<Part, number>> | null {
  const found: Partial<Record<Part, number>> = {};
  header.forEach((h, i) => {
    const m = prefix.exec(h.trim());
    if (!m) return;
    const rest = h.trim().slice(m[0].length);
    for (const part of Object.keys(PARTS) as Part[])
      if (PARTS[part].test(rest) && found[part] === undefined) found[part] = i;
  });
  // A year with a month or a day beside it: a split date (a year column alone is a date column).
  return found.year !== undefined && (found.month !== undefined || found.day !== undefined)
    ? found
    : null;
}

/** The table with joined date columns added (and hinted), or the table itself if none are split. */
export function joinSplitDates(table: Table): Table {
  const start = find(table.header, /^(start[ _]?)?/i);
  if (!start) return table;
  const end = find(table.header, /^(end[ _]?|конец[ _]?)/i);
  const join = (p: Partial<Record<Part, number>>, row: readonly string[]) =>
    row[p.year!]?.trim()
      ? joinDateParts(
          row[p.year!],
          p.month === undefined ? '' : row[p.month],
          p.day === undefined ? '' : row[p.day],
          p.time === undefined ? '' : row[p.time]
        )
      : '';
  const names = (p: Partial<Record<Part, number>>) =>
    (['year', 'month', 'day'] as const)
      .filter((k) => p[k] !== undefined)
      .map((k) => table.header[p[k]!])
      .join(' + ');
  const header = [...table.header, names(start)];
  const columns = { ...table.columns, date: header.length - 1 };
  if (end) {
    header.push(names(end));
    columns.end = header.length - 1;
  }
  const width = table.header.length;
  for (const row of table.rows) {
    while (row.length < width) row.push('');
    row.length = width;
    row.push(join(start, row));
    if (end) row.push(join(end, row));
  }
  return { ...table, header, columns };
}
