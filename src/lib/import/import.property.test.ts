/**
 * Property tests of the import (bytes → table → events) on generated malformed files: valid files
 * with bad rows mixed in, mutated files and noise, in every encoding the importer reads, plus the
 * hostile files (too large, too wide, too deep). Each property runs RUNS times and counts it.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok, RUNS, TIMEOUT } from '$lib/testing/property';
import { MOSCOW } from '$lib/testing/moscow';
import type { AtlasEvent, AtlasPlace } from '$lib/model/atlas-data';
import { EVENT_TYPE_IDS } from '$lib/model/event-types';
import { dayFromYmd, ymdFromDay } from '$lib/time/days';
import { guessDelimiter, parseCsv } from './formats/csv';
import { MAX_COLUMNS, MAX_IMPORT_BYTES } from './limits';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField, type RowProblem } from './mapping';
import { placeFinder, placeIndex } from './places';
import { readRow } from './read-row';
import { importTable, previewTable, readTable } from './run-import';

const SEED = 1917;

const PLACES: AtlasPlace[] = [
  MOSCOW,
  {
    id: 'petrograd',
    kind: 'city',
    names: [
      { name: 'St Petersburg', ru: 'Санкт-Петербург', to: dayFromYmd(1914, 8, 31) },
      { name: 'Petrograd', ru: 'Петроград', from: dayFromYmd(1914, 8, 31) }
    ],
    aliases: ['Piter'],
    certainty: 'exact',
    lon: 30.31,
    lat: 59.94,
    isArea: false
  }
];
const PLACE_NAMES = ['Moscow', 'moscow', 'MOSCOW', 'Москва', 'петроград', 'Piter', 'St Petersburg'];
const PLACE_BY_NAME = placeIndex(PLACES);

// ---------------------------------------------------------------------------------------------
// Encodings: every form decodeBytes reads.

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1251';
const ENCODINGS: Encoding[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1251'];

const CP1251 = new Map<string, number>();
{
  const dec = new TextDecoder('windows-1251');
  for (let b = 0; b < 256; b++) {
    const ch = dec.decode(new Uint8Array([b]));
    if (ch !== '\ufffd' && !CP1251.has(ch)) CP1251.set(ch, b);
  }
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = u & 0xff;
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = u >> 8;
  }
  return out;
}

/** Windows-1251 bytes of `text`, or null where a character has none. */
function cp1251(text: string): Uint8Array | null {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = CP1251.get(text[i]);
    if (b === undefined) return null;
    out[i] = b;
  }
  return out;
}

const isUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/**
 * A text the importer can tell is Windows-1251: Russian letters (А–я, each an invalid UTF-8 byte
 * there), at least 3 of them, and no other character beyond ASCII. A few bytes that are not
 * UTF-8 are read as UTF-8 with those bytes replaced (csv.test.ts has the mixed cases).
 */
const reads1251 = (text: string) =>
  !/[^\p{ASCII}\u0410-\u044f]/u.test(text) && (text.match(/[\u0410-\u044f]/g)?.length ?? 0) >= 3;

/**
 * `text` as bytes in `encoding`, and the encoding the importer should report. Windows-1251 bytes
 * that happen to be valid UTF-8, or that cannot be told from UTF-8 with a few bad bytes, are
 * read as UTF-8: such texts are sent as UTF-8.
 */
function encode(text: string, encoding: Encoding): { bytes: Uint8Array; reported: string } {
  const utf8 = new TextEncoder().encode(text);
  if (encoding === 'utf-16le' || encoding === 'utf-16be')
    return { bytes: utf16(text, encoding === 'utf-16be'), reported: encoding };
  if (encoding === 'utf-8-bom') {
    const bytes = new Uint8Array(3 + utf8.length);
    bytes.set([0xef, 0xbb, 0xbf]);
    bytes.set(utf8, 3);
    return { bytes, reported: 'utf-8' };
  }
  if (encoding === 'windows-1251') {
    const bytes = cp1251(text);
    if (bytes && !isUtf8(bytes) && reads1251(text)) return { bytes, reported: 'windows-1251' };
  }
  return { bytes: utf8, reported: 'utf-8' };
}

// ---------------------------------------------------------------------------------------------
// Cells.

const HEADERS: Record<'date' | 'place' | 'lat' | 'lon' | 'type' | 'title', string[]> = {
  date: ['date', 'Date', ' DATE ', 'start', 'дата', 'event_date'],
  place: ['place', 'City', 'город', 'location', 'Место'],
  lat: ['lat', 'Latitude', 'широта', 'y'],
  lon: ['lon', 'lng', 'longitude', 'Долгота', 'x'],
  type: ['type', 'category', 'тип'],
  title: ['title', 'name', 'Название']
};
type Column = keyof typeof HEADERS;
const COLUMNS = Object.keys(HEADERS) as Column[];
type Cells = Record<Column, string>;

/** Strings that have broken parsers: markup, quotes, delimiters, line ends, BOMs, odd unicode. */
const NASTY = [
  '',
  ' ',
  '"',
  '""',
  '"a"b',
  'a"b',
  ',',
  ';',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\ufeff',
  '\u0000',
  '\u202e',
  '\ud83d\ude80',
  'null',
  'undefined',
  'NaN',
  '__proto__',
  'constructor',
  'toString',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://x")',
  '{"a":[[[1]]]}',
  '[[[[[[[[[[',
  '1917-02-30',
  'Ⅻ',
  'Кронштадт'
];
const nasty = fc.constantFrom(...NASTY);
/**
 * Cell text of a good file. No NUL: a file with a NUL byte in its first KB is binary and refused
 * (formats/binary-kind.ts); NUL stays among the damage done to files below.
 */
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY.filter((s) => s !== '\u0000')) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3000 }).map((n) => 'Ж'.repeat(n)) }
);

const day = fc.integer({ min: dayFromYmd(1850, 1, 1), max: dayFromYmd(1950, 12, 31) });
const pad = (n: number) => String(n).padStart(2, '0');

/** A date cell the importer reads, and the first day it means (New Style: no calendar column). */
const goodDate = fc
  .tuple(day, fc.constantFrom('iso', 'dmy', 'ymd', 'month', 'year'))
  .map(([d, form]) => {
    const { year, month, day } = ymdFromDay(d);
    const cell = {
      iso: `${year}-${pad(month)}-${pad(day)}`,
      dmy: `${day}.${month}.${year}`,
      ymd: `${year}/${month}/${day}`,
      month: `${year}-${pad(month)}`,
      year: String(year)
    }[form];
    const start =
      form === 'month'
        ? dayFromYmd(year, month, 1)
        : form === 'year'
          ? dayFromYmd(year, 1, 1)
          : dayFromYmd(year, month, day);
    return { cell, start };
  });

/** Date cells that are not dates: impossible days, wrong forms, reversed ranges, noise. */
const badDate = fc.oneof(
  fc.constantFrom(
    '',
    '   ',
    '1917-02-30',
    '1900-02-29',
    '1917-13-01',
    '1917-00-10',
    '1917-04-31',
    '30.02.1917',
    '1917/02/30',
    '1917-05-01/1917-04-01',
    '1917/1918/1919',
    'yesterday',
    '<script>alert(1)</script>',
    '１９１７-０３-０８'
  ),
  // No two digits: "1/2/30" is a date (30 read by Excel's two-digit-year rule).
  fc.string({ maxLength: 20 }).filter((s) => !/\d.*\d/.test(s)),
  fc.integer({ min: 41, max: 5000 }).map((n) => '1'.repeat(n))
);

const lat = fc.double({ min: -90, max: 90, noNaN: true });
const lon = fc.double({ min: -180, max: 180, noNaN: true });
/** A coordinate as people write it: point or comma decimals. */
const coordCell = (x: number, comma: boolean) => (comma ? String(x).replace('.', ',') : String(x));
const badLat = fc.oneof(
  fc.constantFrom('91', '-90.5', '1e3', 'abc', '0x10', 'Infinity', 'NaN', '55..5', '55,5,5', '--1'),
  fc.double({ min: 90, max: 1e300, noNaN: true, minExcluded: true }).map(String)
);
const badLon = fc.oneof(
  fc.constantFrom('181', '-180.01', '1e9', 'east', '0b1', '-Infinity', '3 0', '30°'),
  fc.double({ min: 180, max: 1e300, noNaN: true, minExcluded: true }).map(String)
);
const typeCell = fc.oneof(
  fc.constantFrom('', 'strike', 'Strike', 'забастовка', 'uprising', 'constructor', '__proto__'),
  fc.constantFrom(...EVENT_TYPE_IDS),
  text
);

interface RowSpec {
  cells: Cells;
  /** The field a bad row is dropped for, or null for a good row. */
  bad: string | null;
  start?: number;
  lat?: number;
  lon?: number;
}

const goodRow: fc.Arbitrary<RowSpec> = fc
  .record({
    date: goodDate,
    where: fc.oneof(
      fc.record({ place: fc.constantFrom(...PLACE_NAMES) }),
      fc.record({ lat, lon, comma: fc.boolean(), place: fc.constantFrom('', 'Atlantis', 'Moscow') })
    ),
    type: typeCell,
    title: text
  })
  .map(({ date, where, type, title }) => {
    const coords = 'lat' in where;
    const place = coords ? undefined : PLACE_BY_NAME.get(where.place.toLowerCase());
    return {
      cells: {
        date: date.cell,
        place: where.place,
        lat: coords ? coordCell(where.lat, where.comma) : '',
        lon: coords ? coordCell(where.lon, where.comma) : '',
        type,
        title
      },
      bad: null,
      start: date.start,
      lat: coords ? where.lat : place!.lat,
      lon: coords ? where.lon : place!.lon
    };
  });

const badRow: fc.Arbitrary<RowSpec> = fc
  .record({
    base: goodRow,
    defect: fc.constantFrom(
      'date',
      'lat',
      'lon',
      'lat-empty',
      'lon-empty',
      'place-unknown',
      'place-none'
    ),
    date: badDate,
    lat: badLat,
    lon: badLon,
    unknown: fc.constantFrom('Atlantis', 'Нигде', '<b>Moscow</b>', 'Moscow!', 'constructor')
  })
  .map(({ base, defect, date, lat, lon, unknown }) => {
    const c = { ...base.cells, lat: base.cells.lat || '55.7', lon: base.cells.lon || '37.6' };
    const noCoords = { ...c, lat: '', lon: '' };
    const cases: Record<string, [Cells, string]> = {
      date: [{ ...base.cells, date }, 'date'],
      lat: [{ ...c, lat }, 'lat'],
      lon: [{ ...c, lon }, 'lon'],
      'lat-empty': [{ ...c, lat: '' }, 'lat'],
      'lon-empty': [{ ...c, lon: '' }, 'lon'],
      'place-unknown': [{ ...noCoords, place: unknown }, 'place'],
      'place-none': [{ ...noCoords, place: '' }, 'place']
    };
    const [cells, field] = cases[defect];
    return { cells, bad: field };
  });

const rows = fc.array(fc.oneof(goodRow, badRow), { minLength: 1, maxLength: 8 });

// ---------------------------------------------------------------------------------------------
// Files.

interface FileSpec {
  bytes: Uint8Array;
  name: string;
  reported: string;
  /** Each spec'd row with its expected file row number. */
  rows: (RowSpec & { row: number })[];
}

const csvQuote = (v: string, d: string) =>
  v.includes(d) || /["\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;

const csvFile: fc.Arbitrary<FileSpec> = fc
  .record({
    rows,
    order: fc.shuffledSubarray(COLUMNS, { minLength: 6, maxLength: 6 }),
    names: fc.record(
      Object.fromEntries(COLUMNS.map((c) => [c, fc.constantFrom(...HEADERS[c])])) as Record<
        Column,
        fc.Arbitrary<string>
      >
    ),
    extra: fc.constantFrom([], ['notes'], ['', 'junk']),
    delimiter: fc.constantFrom(',', ';', '\t'),
    eol: fc.constantFrom('\n', '\r\n'),
    blanks: fc.array(fc.nat(2), { minLength: 10, maxLength: 10 }),
    ragged: fc.array(fc.constantFrom('none', 'more', 'fewer'), { minLength: 8, maxLength: 8 }),
    trailingEol: fc.boolean(),
    encoding: fc.constantFrom(...ENCODINGS),
    name: fc.constantFrom('events.csv', 'События.CSV', 'data.txt', 'x')
  })
  .map((f) => {
    const header = [...f.order.map((c) => f.names[c]), ...f.extra];
    const lines: string[] = [];
    let row = 1;
    const blank = (k: number) => {
      for (let i = 0; i < f.blanks[k]; i++) lines.push('');
      row += f.blanks[k];
    };
    blank(9);
    lines.push(header.map((h) => csvQuote(h, f.delimiter)).join(f.delimiter));
    const out: FileSpec['rows'] = [];
    f.rows.forEach((spec, i) => {
      blank(i);
      row++;
      let cells = [...f.order.map((c) => spec.cells[c]), ...f.extra.map(() => 'x')];
      if (f.ragged[i] === 'more') cells.push('extra', 'a,b;c', '"q"');
      if (f.ragged[i] === 'fewer') {
        let last = cells.length;
        while (last > 1 && cells[last - 1] === '') last--;
        cells = cells.slice(0, last);
      }
      lines.push(cells.map((c) => csvQuote(c, f.delimiter)).join(f.delimiter));
      out.push({ ...spec, row });
    });
    const textOut = lines.join(f.eol) + (f.trailingEol ? f.eol : '');
    const { bytes, reported } = encode(textOut, f.encoding);
    return { bytes, name: f.name, reported, rows: out };
  });

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A GeoJSON feature for a row spec: bad coordinates and geometries go in the geometry. */
const feature = fc
  .record({
    spec: fc.oneof(goodRow, badRow),
    geometryDefect: fc.oneof(
      { weight: 5, arbitrary: fc.constant(null) },
      // A line through the row's point: read as its centroid, the point itself.
      { weight: 1, arbitrary: fc.constant('line' as const) },
      {
        weight: 1,
        arbitrary: fc.constantFrom<unknown>(
          'none',
          null,
          'Point',
          { type: 'LineString', coordinates: [] },
          { type: 'LineString', coordinates: [[30, 60], 'x'] },
          { type: 'Polygon', coordinates: [] },
          { type: 'Circle', coordinates: [30, 60] },
          { type: 'Point' },
          { type: 'Point', coordinates: 'abc' },
          { type: { toString: 1 }, coordinates: [30, 60] },
          { type: ['Point'], coordinates: [30, 60] }
        )
      }
    ),
    extras: fc.dictionary(
      fc.oneof(
        fc.string({ maxLength: 6 }).map((k) => `extra·${k}`),
        fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'x', 'latitude')
      ),
      fc.oneof(text, fc.integer(), fc.constant(null), fc.jsonValue({ maxDepth: 3 })),
      { maxKeys: 3 }
    ),
    badProps: fc.constantFrom<unknown>('keep', null, [], 'props', 5)
  })
  .map(({ spec, geometryDefect, extras, badProps }) => {
    const { date, title, type, place } = spec.cells;
    const num = (v: string) => (v === '' ? undefined : DECIMAL.test(v) ? Number(v) : v);
    const coordinates = [
      num(spec.cells.lon.replace(',', '.')),
      num(spec.cells.lat.replace(',', '.'))
    ];
    let geometry: unknown = { type: 'Point', coordinates };
    let bad = spec.bad;
    if (!spec.cells.lat && !spec.cells.lon) geometry = { type: 'Point', coordinates: [] };
    if (geometryDefect === 'line') {
      const [x, y] = coordinates;
      if (typeof x === 'number' && typeof y === 'number')
        geometry = { type: 'LineString', coordinates: [coordinates, coordinates] };
      else if (spec.cells.lat || spec.cells.lon) {
        geometry = { type: 'LineString', coordinates: [coordinates, coordinates] };
        bad = 'geometry';
      }
    } else if (geometryDefect !== null) {
      geometry = geometryDefect;
      bad = 'geometry';
    }
    let properties: unknown = { ...extras, date, title, type, place };
    if (badProps !== 'keep' && bad === null) {
      properties = badProps;
      bad = 'date';
    }
    const f: Record<string, unknown> = { type: 'Feature', properties };
    if (geometry !== 'none') f.geometry = geometry;
    return { f, spec: { ...spec, bad } };
  });

const geojsonFile: fc.Arbitrary<FileSpec> = fc
  .record({
    features: fc.array(feature, { minLength: 1, maxLength: 8 }),
    single: fc.boolean(),
    encoding: fc.constantFrom(...ENCODINGS),
    name: fc.constantFrom('events.geojson', 'x.json', 'export.txt')
  })
  .map(({ features, single, encoding, name }) => {
    const doc =
      single && features.length === 1
        ? features[0].f
        : { type: 'FeatureCollection', features: features.map((x) => x.f) };
    const { bytes, reported } = encode(JSON.stringify(doc), encoding);
    // Numbers went through JSON: the importer sees String(n) of what JSON gives back.
    const rows = features.map((x, i) => ({ ...x.spec, row: i + 2 }));
    return { bytes, name, reported, rows };
  });

// ---------------------------------------------------------------------------------------------
// Checks shared by the properties: plain throws, as expect() is slow at a million calls.

function throwsWith(f: () => unknown, message: string): boolean {
  try {
    f();
    return false;
  } catch (e) {
    return (e as Error).message === message;
  }
}

const FIELDS = new Set<string>([...IMPORT_FIELDS, 'date/end', 'geometry', 'properties']);

function checkProblem(p: RowProblem): void {
  ok(Number.isInteger(p.row) && p.row >= 1, 'a problem has a row', p);
  ok(typeof p.field === 'string' && p.field.length > 0, 'a problem names a field', p);
  ok(typeof p.message === 'string' && p.message.length > 0, 'a problem says why', p);
  ok(p.message.length < 400, 'a message is short', p);
}

function checkEvent(e: AtlasEvent): void {
  ok(e.lat >= -90 && e.lat <= 90 && e.lon >= -180 && e.lon <= 180, 'coordinates in range', e);
  ok(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start <= e.end, 'a span', e);
  ok((EVENT_TYPE_IDS as readonly string[]).includes(e.type), 'a known type', e);
  ok(typeof e.title === 'string' && e.title.length > 0, 'a title', e);
  ok(typeof e.place === 'string' && e.place.length > 0, 'a place', e);
}

/** Events come sorted by (start, end), rows of equal dates in file order. */
function checkOrder(events: AtlasEvent[]): void {
  const row = (e: AtlasEvent) => e.sources[0].line ?? 0;
  for (let i = 1; i < events.length; i++) {
    const [a, b] = [events[i - 1], events[i]];
    ok(
      a.start < b.start ||
        (a.start === b.start && (a.end < b.end || (a.end === b.end && row(a) < row(b)))),
      'sorted by date, then by row',
      [a, b]
    );
  }
}

afterEach(() => vi.restoreAllMocks());

describe('import properties', () => {
  it(
    `keeps every good row and names the row and field of every bad one (${RUNS} files)`,
    () => {
      let runs = 0;
      fc.assert(
        fc.property(fc.oneof(csvFile, geojsonFile), (file) => {
          runs++;
          const table = readTable(file.bytes, file.name);
          ok(table.encoding === file.reported, 'the encoding', [table.encoding, file.reported]);
          const preview = previewTable(file.bytes, file.name);
          ok(preview.rowCount === table.rows.length, 'the preview counts the rows');
          const result = importTable(table, preview.mapping, PLACES, 'imp', file.name);
          result.problems.forEach(checkProblem);
          result.events.forEach(checkEvent);
          checkOrder(result.events);

          const byId = new Map(result.events.map((e) => [e.id, e]));
          const dropped = new Map<number, RowProblem[]>();
          for (const p of result.problems)
            if (p.dropped) dropped.set(p.row, [...(dropped.get(p.row) ?? []), p]);
          for (const spec of file.rows) {
            const event = byId.get(`imp-r${spec.row}`);
            if (spec.bad === null) {
              ok(event !== undefined, 'a good row is kept', spec);
              ok(!dropped.has(spec.row), 'a good row has no problem', dropped.get(spec.row));
              ok(event!.start === spec.start, 'the start', [event, spec]);
              // (-0 reads back as 0, and == compares them equal.)
              ok(event!.lat === spec.lat && event!.lon === spec.lon, 'lat/lon', [event, spec]);
              const title = spec.cells.title.trim();
              if (title) ok(event!.title === title, 'the title', [event, spec]);
            } else {
              ok(event === undefined, 'a bad row is dropped', spec);
              const problems = dropped.get(spec.row) ?? [];
              ok(
                problems.length === 1 && problems[0].field === spec.bad && spec.row >= 2,
                'one problem naming the row and field',
                [problems, spec]
              );
            }
          }
          const good = file.rows.filter((r) => r.bad === null).length;
          ok(result.events.length === good, 'only good rows are events', result.events);
          ok(result.rows === file.rows.length, 'every row is counted', result.rows);
        }),
        { numRuns: RUNS, seed: SEED }
      );
      expect(runs).toBeGreaterThanOrEqual(RUNS);
    },
    TIMEOUT
  );

  /** Damage done to a file: the operations of a broken export, a bad copy or an attacker. */
  const mutation = fc.oneof(
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: fc.oneof(nasty, text) }),
    fc.record({ op: fc.constant('delete' as const), at: fc.nat(), n: fc.nat(40) }),
    fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), n: fc.nat(80) }),
    fc.record({
      op: fc.constant('deep' as const),
      at: fc.nat(),
      n: fc.integer({ min: 1, max: 3000 })
    }),
    fc.record({
      op: fc.constant('huge' as const),
      at: fc.nat(),
      n: fc.integer({ min: 1, max: 20000 })
    })
  );
  type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;
  const mutate = (s: string, m: Mutation): string => {
    const at = s.length ? m.at % (s.length + 1) : 0;
    switch (m.op) {
      case 'insert':
        return s.slice(0, at) + m.s + s.slice(at);
      case 'delete':
        return s.slice(0, at) + s.slice(at + m.n);
      case 'duplicate':
        return s.slice(0, at + m.n) + s.slice(at, at + m.n) + s.slice(at + m.n);
      case 'deep':
        return s.slice(0, at) + '['.repeat(m.n) + ']'.repeat(m.at % 2 ? m.n : 0) + s.slice(at);
      case 'huge':
        return s.slice(0, at) + 'x,'.repeat(m.n) + s.slice(at);
    }
  };
  const decodeText = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  const hostileBytes = fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(
          fc.oneof(csvFile, geojsonFile),
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          fc.constantFrom(...ENCODINGS)
        )
        .map(([file, ms, enc]) => {
          // Mutate the text (as UTF-8 of the encoded file's text), then encode it again.
          const t = ms.reduce(mutate, decodeText(file.bytes));
          return { bytes: encode(t, enc).bytes, name: file.name };
        })
    },
    {
      weight: 1,
      arbitrary: fc.record({
        bytes: fc.uint8Array({ maxLength: 600 }),
        name: fc.constantFrom('a.csv', 'b.geojson', 'c.txt')
      })
    },
    {
      weight: 1,
      arbitrary: fc.record({
        bytes: fc
          .string({ unit: 'binary', maxLength: 300 })
          .map((s) => new TextEncoder().encode(s)),
        name: fc.constantFrom('a.csv', 'b.json')
      })
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.uint8Array({ maxLength: 200 }), fc.constantFrom(...ENCODINGS))
        .map(([b, enc]) => ({
          bytes: new Uint8Array([...encode('', enc).bytes, ...b]),
          name: 'odd.csv'
        }))
    },
    { weight: 1, arbitrary: fc.constant({ bytes: new Uint8Array(0), name: 'empty.csv' }) }
  );

  it(
    `reads or refuses with a message naming the file any damaged file (${RUNS} files)`,
    () => {
      let runs = 0;
      let refused = 0;
      fc.assert(
        fc.property(
          hostileBytes,
          fc.boolean(),
          fc.array(fc.integer({ min: -1, max: 10 }), { minLength: 9, maxLength: 9 }),
          ({ bytes, name }, guessed, columns) => {
            runs++;
            let table: ReturnType<typeof readTable>;
            try {
              table = readTable(bytes, name);
            } catch (e) {
              refused++;
              ok(e instanceof Error, 'an Error', e);
              const message = (e as Error).message;
              ok(message.startsWith(name) && message.length > name.length + 5, 'names the file', e);
              ok(
                throwsWith(() => previewTable(bytes, name), message),
                'preview refuses too'
              );
              return;
            }
            const preview = previewTable(bytes, name);
            const mapping: ColumnMapping = guessed
              ? preview.mapping
              : {
                  ...preview.mapping,
                  columns: Object.fromEntries(
                    IMPORT_FIELDS.map((f, i) => [f, columns[i]])
                  ) as Record<ImportField, number>
                };
            const result = importTable(table, mapping, PLACES, 'imp', name);
            result.problems.forEach(checkProblem);
            result.events.forEach(checkEvent);
            checkOrder(result.events);
            // Every row is either an event or dropped with one problem naming its row and field.
            const rowProblems = result.problems.slice(table.problems.length);
            const dropped = rowProblems.filter((p) => p.dropped);
            ok(result.events.length + dropped.length === table.rows.length, 'rows add up', result);
            // A file without a header row has data from row 1.
            const firstRow = table.headerless ? 1 : 2;
            for (const p of rowProblems) {
              ok(p.row >= firstRow && FIELDS.has(p.field), 'a data row and a field', p);
            }
            ok(new Set(dropped.map((p) => p.row)).size === dropped.length, 'one each', dropped);
          }
        ),
        { numRuns: RUNS, seed: SEED }
      );
      expect(runs).toBeGreaterThanOrEqual(RUNS);
      expect(refused).toBeGreaterThan(0);
      expect(refused).toBeLessThan(runs);
    },
    TIMEOUT
  );

  it(
    `readRow never throws, and drops a row only with its row and field (${RUNS} rows)`,
    () => {
      let runs = 0;
      const cell = fc.oneof(
        text,
        goodDate.map((d) => d.cell),
        badDate,
        badLat,
        badLon,
        lat.map(String),
        fc.constantFrom(...PLACE_NAMES, 'OS', 'ст. ст.', 'julian', 'NS'),
        typeCell
      );
      fc.assert(
        fc.property(
          fc.array(cell, { maxLength: 12 }),
          fc.array(fc.integer({ min: -2, max: 14 }), {
            minLength: IMPORT_FIELDS.length,
            maxLength: IMPORT_FIELDS.length
          }),
          fc.constantFrom('gregorian' as const, 'julian' as const),
          fc.constantFrom(...EVENT_TYPE_IDS),
          fc.integer({ min: 2, max: 1e7 }),
          (cells, cols, calendar, defaultType, row) => {
            runs++;
            const mapping: ColumnMapping = {
              columns: Object.fromEntries(IMPORT_FIELDS.map((f, i) => [f, cols[i]])) as Record<
                ImportField,
                number
              >,
              calendar,
              defaultType,
              dayOrder: 'dmy'
            };
            const ctx = {
              mapping,
              places: PLACE_BY_NAME,
              findPlace: placeFinder(PLACE_BY_NAME),
              layerId: 'l',
              fileName: 'f.csv'
            };
            const { event, problems } = readRow(cells, row, ctx);
            problems.forEach(checkProblem);
            for (const p of problems) ok(p.row === row, 'the row', p);
            if (event) {
              checkEvent(event);
              // Coordinates come from the row only when it has both, as decimal numbers.
              const at = (f: ImportField) => (cells[mapping.columns[f]] ?? '').trim();
              const [la, lo] = [at('lat'), at('lon')].map((v) => v.replace(',', '.'));
              if (mapping.columns.lat >= 0 && mapping.columns.lon >= 0 && (la || lo))
                ok(
                  DECIMAL.test(la) && DECIMAL.test(lo) && event.lat === Number(la),
                  'coordinates from the row',
                  { cells, event }
                );
              ok(event.id === `l-r${row}`, 'the id', event);
              ok(
                problems.every((p) => !p.dropped && FIELDS.has(p.field)),
                'warnings',
                problems
              );
            } else {
              const dropped = problems.filter((p) => p.dropped);
              ok(dropped.length === 1 && problems.at(-1)!.dropped, 'one reason to drop', problems);
              ok(FIELDS.has(dropped[0].field), 'a field', problems);
            }
          }
        ),
        { numRuns: RUNS, seed: SEED }
      );
      expect(runs).toBeGreaterThanOrEqual(RUNS);
    },
    TIMEOUT
  );
});

// ---------------------------------------------------------------------------------------------
// The hostile files, one by one.

const enc = (s: string) => new TextEncoder().encode(s);

function importText(textIn: string, name = 'x.csv') {
  const bytes = enc(textIn);
  const table = readTable(bytes, name);
  return importTable(table, previewTable(bytes, name).mapping, PLACES, 'imp', name);
}

describe('hostile files', () => {
  it('refuses files over the size limit before decoding them', () => {
    expect(() => readTable(enc('date,place\n'), 'small.csv', { limit: 10 })).toThrow(
      'small.csv is 11 bytes; the limit is 10 bytes'
    );
    // Zero-filled and never written, so the pages are not touched: cheap to allocate.
    const huge = new Uint8Array(MAX_IMPORT_BYTES + 1);
    expect(() => readTable(huge, 'huge.csv')).toThrow('huge.csv is 200.1 MB; the limit is 200 MB');
    expect(() => previewTable(huge, 'huge.csv')).toThrow('huge.csv is 200.1 MB');
  });

  it('refuses a CSV with millions of columns, naming the file, row and count', () => {
    expect(() => readTable(enc('a,'.repeat(2_000_000) + 'b\n1,2'), 'wide.csv')).toThrow(
      'wide.csv: row 1 has 2000001 columns; the limit is 10000'
    );
    expect(() =>
      readTable(enc(`date;place\n\n1917-03-08;Moscow\n${';'.repeat(MAX_COLUMNS)}`), 'w.csv')
    ).toThrow(`w.csv: row 4 has ${MAX_COLUMNS + 1} columns; the limit is ${MAX_COLUMNS}`);
    const props = Object.fromEntries(
      Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => [`p${i}`, i])
    );
    const wideJson = JSON.stringify({ type: 'Feature', geometry: null, properties: props });
    expect(() => readTable(enc(wideJson), 'w.geojson')).toThrow(
      `w.geojson has more than ${MAX_COLUMNS} property names`
    );
    // Exactly at the limit is still a table.
    expect(readTable(enc(`${'c,'.repeat(MAX_COLUMNS - 1)}c\n`), 'ok.csv').header).toHaveLength(
      MAX_COLUMNS
    );
  });

  // How long these take, against a plain scan of the same text, is measured by npm run bench.
  it('guesses the delimiter and parses pathological text, reporting progress as it goes', () => {
    const big = 4_000_000;
    const cases = [
      'a;'.repeat(big / 2),
      '"'.repeat(big),
      '"a""'.repeat(big / 4),
      `"${'x,'.repeat(big / 2)}`,
      'a,"b\n'.repeat(big / 5),
      '\n'.repeat(big),
      `date,place\n${'"'.repeat(3)}\n`.repeat(big / 15)
    ];
    for (const t of cases) {
      expect([',', ';', '\t']).toContain(guessDelimiter(t));
      let calls = 0;
      const result = parseCsv(t, () => calls++, 5000, Infinity);
      expect(calls).toBeLessThanOrEqual(t.length / 5000 + 1);
      expect(result.rowNumbers).toHaveLength(result.rows.length);
    }
  });

  it('refuses deeply nested JSON with a message, and keeps the readable features', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(() => readTable(enc(deep), 'deep.json')).toThrow(
      /^deep\.json (is not a GeoJSON Feature or FeatureCollection|is nested too deeply to read)$/
    );
    // Engines whose JSON.parse recurses throw RangeError (V8 before 7.6) or InternalError.
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(() => readTable(enc(deep), 'deep.json')).toThrow(
      'deep.json is nested too deeply to read'
    );

    const point = (props: string, lonLat = '[37.6,55.7]') =>
      `{"type":"Feature","geometry":{"type":"Point","coordinates":${lonLat}},"properties":${props}}`;
    const fcText = `{"type":"FeatureCollection","features":[${point(`{"date":"1917-03-08","x":${deep}}`)},${point('{"date":"1917-03-09"}')}]}`;
    const r = importText(fcText, 'deep.geojson');
    expect(r.events.map((e) => e.id)).toEqual(['imp-r3']);
    expect(r.problems).toEqual([
      {
        row: 2,
        field: 'properties',
        message: 'feature 1 holds a value nested too deeply to read',
        dropped: true
      }
    ]);
  });

  it('decodes UTF-16 LE/BE with a BOM and Windows-1251 without one', () => {
    const csvText =
      'дата;город;тип;название\n09.01.1905;Санкт-Петербург;забастовка;Путиловский завод\n';
    for (const encoding of ['utf-16le', 'utf-16be', 'windows-1251', 'utf-8-bom'] as const) {
      const { bytes, reported } = encode(csvText, encoding);
      expect(reported).toBe(encoding === 'utf-8-bom' ? 'utf-8' : encoding);
      const table = readTable(bytes, 'ru.csv');
      expect(table.encoding).toBe(reported);
      const r = importTable(table, previewTable(bytes, 'ru.csv').mapping, PLACES, 'ru', 'ru.csv');
      expect(r.problems).toEqual([]);
      expect(r.events[0]).toMatchObject({
        place: 'petrograd',
        type: 'strike',
        title: 'Путиловский завод',
        start: dayFromYmd(1905, 1, 9)
      });
    }
  });

  it('ignores cells beyond the header and reads short rows as empty cells', () => {
    const r = importText('date,place\n1917-03-08,Moscow,extra,"x,y",z,,,\n1917-03-09\n');
    expect(r.events.map((e) => e.id)).toEqual(['imp-r2']);
    expect(r.problems).toMatchObject([{ row: 3, field: 'place', dropped: true }]);
  });

  it('reads a quote left open as text and keeps the rows after it', () => {
    const r = importText('date,place,title\n1917-03-08,Moscow,"open\n1917-03-09,Moscow,fine\n');
    expect(r.events.map((e) => [e.id, e.title])).toEqual([
      ['imp-r2', '"open'],
      ['imp-r3', 'fine']
    ]);
    expect(r.problems).toMatchObject([{ row: 2, field: 'title', dropped: false }]);
  });

  it('numbers rows as the file does: blank lines count, dropped features count', () => {
    expect(importText('date,place\n\n\n1917-02-30,Moscow\n').problems).toMatchObject([
      { row: 4, field: 'date' }
    ]);
    const gj = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: null, properties: {} },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [30, 60] },
          properties: { date: '1917-02-30' }
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [30, 60] },
          properties: { date: '1917-03-01' }
        }
      ]
    });
    const r = importText(gj, 'x.geojson');
    expect(r.problems.map((p) => [p.row, p.field])).toEqual([
      [2, 'geometry'],
      [3, 'date']
    ]);
    expect(r.events.map((e) => e.id)).toEqual(['imp-r4']);
    expect(r.rows).toBe(3);
  });

  it('does not read object prototype names as types, cells or coordinates', () => {
    const r = importText(
      'date,place,type,lat,lon\n1917-03-08,Moscow,constructor,,\n1917-03-08,,strike,55.7,\n'
    );
    expect(r.events[0].type).toBe('demonstration');
    expect(r.problems.map((p) => [p.row, p.field, p.dropped])).toEqual([
      [2, 'type', false],
      [3, 'lon', true]
    ]);
    const gj = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [30, 60] },
          properties: { date: '1917-03-01', constructor: 'a' }
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [30, 60] },
          properties: { date: '1917-03-02' }
        }
      ]
    });
    expect(readTable(enc(gj), 'p.geojson').rows[1][1]).toBe('');
  });

  it('says why a file is not a table, naming it', () => {
    expect(() => readTable(new Uint8Array(0), 'empty.csv')).toThrow('empty.csv has 0 columns');
    expect(() =>
      readTable(enc('{"type":"Feature","geometry":{"type":{"toString":1}}}'), 'x.json')
    ).not.toThrow();
    expect(() => readTable(enc('{oops'), 'x.json')).toThrow(/^x\.json is not valid JSON: /);
  });
});
