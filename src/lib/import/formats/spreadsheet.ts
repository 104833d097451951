/**
 * Excel workbooks (.xlsx, and .xlsm/.xlsb) and OpenDocument spreadsheets (.ods), read with
 * SheetJS (`@e965/xlsx`), which is loaded only when such a file is imported (`load`). One sheet
 * is read: the one asked for, else the first. Cells are text as the user sees them, except dates
 * (ISO: `YYYY-MM-DD`, with `THH:MM` when they have a time, or `HH:MM` for a time alone) and
 * numbers (plain, as many digits as the spreadsheet shows at most). Rows are numbered as the
 * spreadsheet numbers them; empty rows are skipped but counted.
 */
import type * as Sheetjs from '@e965/xlsx';
import type { CellObject, WorkSheet } from '@e965/xlsx';
import { MAX_CELLS, MAX_COLUMNS, MAX_PART_BYTES, MAX_UNPACKED_BYTES, size } from '../limits';
import type { ImportFormat, ReadOptions, Table } from './format';
import { firstRowIsData, nameColumns, numberedHeader } from './headerless';
import { joinSites, placeColumn, type Grid } from './sites-join';
import { openDocumentType, zipEntries, type ZipEntry } from './zip';

let sheetjs: typeof Sheetjs | undefined;

/** Loads SheetJS (once). */
export async function loadSheetjs(): Promise<void> {
  sheetjs ??= await import('@e965/xlsx');
}

function lib(): typeof Sheetjs {
  if (!sheetjs) throw new Error('the spreadsheet reader is not loaded: await loadFormat() first');
  return sheetjs;
}

type Kind = 'xlsx' | 'ods';

/** Which workbook a ZIP is, by the parts it holds (and an OpenDocument's declared type). */
function workbookKind(bytes: Uint8Array, name: string): Kind | null {
  const entries = zipEntries(bytes);
  if (!entries) return null;
  if (entries.some((e) => /^xl\/workbook\.(xml|bin)$/.test(e.name))) return 'xlsx';
  const type = openDocumentType(bytes, entries);
  if (type?.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  // A `mimetype` that is compressed cannot be read without unpacking: trust the name then.
  if (!type && /\.ods$/i.test(name) && entries.some((e) => e.name === 'content.xml')) return 'ods';
  return null;
}

/** Refuses, naming the file, a workbook that would unpack to more than memory holds. */
function refuseUnpacked(name: string, entries: readonly ZipEntry[]): void {
  const largest = entries.reduce<ZipEntry | undefined>(
    (a, e) => (a && a.size >= e.size ? a : e),
    undefined
  );
  if (largest && largest.size > MAX_PART_BYTES)
    throw new Error(
      `${name} holds a part (${largest.name.slice(0, 80)}) of ${size(largest.size)} unpacked; the limit is ${size(MAX_PART_BYTES)}`
    );
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > MAX_UNPACKED_BYTES)
    throw new Error(`${name} unpacks to ${size(total)}; the limit is ${size(MAX_UNPACKED_BYTES)}`);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Characters of a number format that are not its tokens: quoted text, escapes, [colours]. */
const LITERALS = /"[^"]*"|\\.|\[[^\]]*\]/g;

/** A date cell's serial day number as ISO text (a time of day alone as `HH:MM`), or null. */
function dateText(v: number, format: string, date1904: boolean): string | null {
  const d = lib().SSF.parse_date_code(v, { date1904 });
  if (!d || !Number.isFinite(d.y)) return null;
  const time = `${pad(d.H)}:${pad(d.M)}`;
  if (Math.floor(v) === 0 && !/[dy]/i.test(format.replace(LITERALS, ''))) return time;
  const year = d.y < 0 ? `-${pad(-d.y, 4)}` : pad(d.y, 4);
  return `${year}-${pad(d.m)}-${pad(d.d)}${d.H || d.M || d.S ? `T${time}` : ''}`;
}

/** A number as plain text: no grouping, at most the 15 significant digits a spreadsheet shows. */
const numberText = (v: number) => String(Number(v.toPrecision(15)));

/** A cell as text. */
function cellText(c: CellObject | undefined, date1904: boolean): string {
  if (!c) return '';
  switch (c.t) {
    case 'n': {
      const v = c.v as number;
      if (typeof c.z === 'string' && lib().SSF.is_date(c.z))
        return dateText(v, c.z, date1904) ?? c.w ?? numberText(v);
      return numberText(v);
    }
    case 's':
      return String(c.v ?? '');
    case 'b':
      return c.v ? 'TRUE' : 'FALSE';
    case 'd': {
      const d = c.v as Date;
      const iso = Number.isNaN(d.getTime()) ? '' : d.toISOString();
      return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16);
    }
    case 'e':
      return c.w ?? '';
    default:
      return '';
  }
}

/** A cell that holds something (not a stub, not empty text). */
const filled = (c: CellObject | undefined) =>
  c !== undefined && c !== null && c.t !== 'z' && !(c.t === 's' && c.v === '');

interface SheetRows {
  /** Non-empty rows, as text, from the first non-empty column. */
  rows: string[][];
  /** The spreadsheet row number (from 1) of each. */
  rowNumbers: number[];
}

/**
 * A sheet's non-empty rows as text. Refuses, naming the file and sheet, a sheet over the column
 * or cell limit before any text is made.
 */
function sheetRows(ws: WorkSheet | undefined, label: string, date1904: boolean): SheetRows {
  const data = ((ws?.['!data'] as (CellObject[] | undefined)[] | undefined) ?? []).map((row) =>
    row?.some(filled) ? row : undefined
  );
  let first = Infinity;
  let end = 0;
  let count = 0;
  for (const row of data) {
    if (!row) continue;
    count++;
    for (let c = 0; c < row.length; c++)
      if (filled(row[c])) {
        first = Math.min(first, c);
        end = Math.max(end, c + 1);
      }
  }
  if (!count) return { rows: [], rowNumbers: [] };
  const width = end - first;
  if (width > MAX_COLUMNS)
    throw new Error(`${label} has ${width} columns; the limit is ${MAX_COLUMNS}`);
  if (width * count > MAX_CELLS)
    throw new Error(
      `${label} has ${count} rows × ${width} columns; the limit is ${MAX_CELLS} cells`
    );
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  data.forEach((row, r) => {
    if (!row) return;
    const cells = new Array<string>(Math.max(0, Math.min(row.length, end) - first));
    for (let c = first; c < first + cells.length; c++)
      cells[c - first] = cellText(row[c], date1904);
    rows.push(cells);
    rowNumbers.push(r + 1);
  });
  return { rows, rowNumbers };
}

/** A row with empty cells added up to `width`. */
const widen = (r: string[], width: number) =>
  r.length < width ? [...r, ...Array<string>(width - r.length).fill('')] : r;

/** Rows as a header and data: the first row, unless it reads as data (then numbered columns). */
function headed({ rows, rowNumbers }: SheetRows): Table {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (firstRowIsData(rows))
    return { header: numberedHeader(width), rows, rowNumbers, problems: [], headerless: true };
  return {
    header: nameColumns(widen(rows[0] ?? [], width)),
    rows: rows.slice(1),
    rowNumbers: rowNumbers.slice(1),
    problems: []
  };
}

const KIND_LABEL: Record<Kind, string> = {
  xlsx: 'an Excel workbook',
  ods: 'an OpenDocument spreadsheet'
};

type ReadingOptions = Parameters<typeof Sheetjs.read>[1];

/** SheetJS's read, its errors turned into a message naming the file. */
function workbook(bytes: Uint8Array, name: string, kind: Kind, options: ReadingOptions) {
  try {
    return lib().read(bytes, {
      type: 'array',
      dense: true,
      cellNF: true,
      cellDates: false,
      cellHTML: false,
      cellFormula: false,
      ...options
    });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new Error(`${name} could not be read as ${KIND_LABEL[kind]}: ${why}`);
  }
}

const quoted = (names: readonly string[]) => names.map((s) => `"${s}"`).join(', ');

function read(bytes: Uint8Array, name: string, kind: Kind, options: ReadOptions = {}): Table {
  const entries = zipEntries(bytes);
  if (entries) refuseUnpacked(name, entries);
  const wb = workbook(bytes, name, kind, { sheets: options.sheet ?? 0 });
  const sheets = wb.SheetNames;
  if (!sheets.length) throw new Error(`${name} has no sheets`);
  const sheet = options.sheet ?? sheets[0];
  if (!sheets.includes(sheet))
    throw new Error(`${name} has no sheet "${sheet}"; its sheets are ${quoted(sheets)}`);
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const label = sheets.length > 1 ? `${name}, sheet "${sheet}",` : name;
  const rows = sheetRows(wb.Sheets[sheet], label, date1904);
  const others = sheets.filter((s) => s !== sheet);
  if (!rows.rows.length)
    throw new Error(
      `${label.replace(/,$/, '')} is empty${others.length ? `; its other sheets are ${quoted(others)}` : ''}`
    );
  const table: Table = { ...headed(rows), sheets, sheet };
  if (table.header.length < 2)
    throw new Error(
      `${label.replace(/,$/, '')} has 1 column; a table needs at least a date and a place`
    );
  if (others.length && !table.headerless && placeColumn(table.header) >= 0)
    addSites(table, bytes, name, kind, others, date1904, wb.Sheets);
  return table;
}

/** Adds `lat` and `lon` columns from another sheet of sites (timemap's), if there is one. */
function addSites(
  table: Table,
  bytes: Uint8Array,
  name: string,
  kind: Kind,
  others: string[],
  date1904: boolean,
  parsed: Sheetjs.WorkBook['Sheets']
): void {
  // ODS workbooks come with every sheet parsed; an XLSX is read again for the others.
  const sheets = others.every((s) => parsed[s])
    ? parsed
    : workbook(bytes, name, kind, { sheets: others }).Sheets;
  const grids: Grid[] = [];
  for (const s of others) {
    const { rows } = sheetRows(sheets[s], `${name}, sheet "${s}",`, date1904);
    if (rows.length > 1) grids.push({ name: s, header: rows[0], rows: rows.slice(1) });
  }
  const joined = joinSites(table, grids);
  if (!joined) return;
  const width = table.header.length;
  table.header = [...table.header, 'lat', 'lon'];
  table.rows = table.rows.map((r, i) => [
    ...widen(r.slice(0, width), width),
    joined.lat[i],
    joined.lon[i]
  ]);
  table.columns = { lat: width, lon: width + 1 };
  table.sites = joined.sites;
}

export const xlsx: ImportFormat<'xlsx'> = {
  id: 'xlsx',
  label: 'Excel (.xlsx)',
  accept: [
    '.xlsx',
    '.xlsm',
    '.xlsb',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  ],
  kind: 'binary',
  sniff: (bytes, name) => workbookKind(bytes, name) === 'xlsx',
  load: loadSheetjs,
  read: (bytes, name, options) => read(bytes, name, 'xlsx', options)
};

export const ods: ImportFormat<'ods'> = {
  id: 'ods',
  label: 'OpenDocument spreadsheet (.ods)',
  accept: ['.ods', 'application/vnd.oasis.opendocument.spreadsheet'],
  kind: 'binary',
  sniff: (bytes, name) => workbookKind(bytes, name) === 'ods',
  load: loadSheetjs,
  read: (bytes, name, options) => read(bytes, name, 'ods', options)
};
