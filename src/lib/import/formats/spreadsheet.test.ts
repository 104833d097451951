import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasPlace } from '$lib/model/atlas-data';
import { MAX_COLUMNS } from '../limits';
import { importTable, loadFormat, previewTable, readTable } from '../run-import';
import { excelOf, odsOf, withUnpackedSizes } from './test-workbooks';

const places: AtlasPlace[] = [
  {
    id: 'petrograd',
    kind: 'city',
    names: [{ name: 'Petrograd', ru: 'Петроград' }],
    aliases: [],
    certainty: 'exact',
    lon: 30.31,
    lat: 59.94,
    isArea: false
  }
];

/** Excel's serial day number of a date (1900 date system). */
const serial = (y: number, m: number, d: number, h = 0, min = 0) =>
  (Date.UTC(y, m - 1, d, h, min) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** Reads a workbook as the worker does: its reader loaded first. */
async function read(bytes: Uint8Array, name: string, sheet?: string) {
  await loadFormat(bytes, name);
  return readTable(bytes, name, { sheet });
}

beforeAll(() => loadFormat(excelOf({ s: [['a']] }), 'warm-up.xlsx'));

describe('Excel workbooks', () => {
  it('reads dates as ISO text, numbers plainly, and numbers rows as the sheet does', async () => {
    const bytes = excelOf({
      Events: [
        ['date', 'place', 'title', 'count', 'at', 'ok'],
        [
          { v: serial(1917, 3, 8), z: 'dd.mm.yyyy' },
          'Petrograd',
          'Strike',
          { v: 1234567.5, z: '#,##0.00' },
          { v: serial(1917, 3, 8, 14, 30), z: 'yyyy-mm-dd hh:mm' },
          true
        ],
        [],
        [
          { v: serial(1921, 3, 1), z: 'm/d/yy' },
          'Petrograd',
          'Kronstadt',
          0.1 + 0.2,
          { v: 0.75, z: 'h:mm' },
          false
        ]
      ],
      Notes: [['text'], ['not read']]
    });
    const t = await read(bytes, 'events.xlsx');
    expect(t).toMatchObject({
      format: 'xlsx',
      formatLabel: 'Excel (.xlsx)',
      sheets: ['Events', 'Notes'],
      sheet: 'Events',
      header: ['date', 'place', 'title', 'count', 'at', 'ok'],
      rows: [
        ['1917-03-08', 'Petrograd', 'Strike', '1234567.5', '1917-03-08T14:30', 'TRUE'],
        ['1921-03-01', 'Petrograd', 'Kronstadt', '0.3', '18:00', 'FALSE']
      ],
      rowNumbers: [2, 4],
      problems: []
    });
    const p = previewTable(bytes, 'events.xlsx');
    const r = importTable(t, p.mapping, places, 'x', 'events.xlsx');
    expect(r.events.map((e) => [e.id, e.title, e.place])).toEqual([
      ['x-r2', 'Strike', 'petrograd'],
      ['x-r4', 'Kronstadt', 'petrograd']
    ]);
  });

  it('reads the sheet asked for, and names the sheets when one is missing or empty', async () => {
    const bytes = excelOf({
      Empty: [],
      Events: [
        ['date', 'place'],
        ['1917-03-08', 'Petrograd']
      ]
    });
    await expect(read(bytes, 'book.xlsx')).rejects.toThrow(
      'book.xlsx, sheet "Empty" is empty; its other sheets are "Events"'
    );
    expect((await read(bytes, 'book.xlsx', 'Events')).rows).toEqual([['1917-03-08', 'Petrograd']]);
    await expect(read(bytes, 'book.xlsx', 'Sheet9')).rejects.toThrow(
      'book.xlsx has no sheet "Sheet9"; its sheets are "Empty", "Events"'
    );
  });

  it('reads dates of the 1904 date system', async () => {
    const days1904 = serial(1917, 3, 8) - 1462;
    const bytes = excelOf(
      {
        s: [
          ['date', 'place'],
          [{ v: days1904, z: 'yyyy-mm-dd' }, 'Petrograd']
        ]
      },
      { date1904: true }
    );
    expect((await read(bytes, 'mac.xlsx')).rows).toEqual([['1917-03-08', 'Petrograd']]);
  });

  it('names columns that have none, and numbers the columns of a sheet without a header', async () => {
    const named = await read(
      excelOf({
        s: [
          ['date', '', 'place'],
          ['1917-03-08', 'x', 'Petrograd']
        ]
      }),
      'a.xlsx'
    );
    expect(named.header).toEqual(['date', 'column 2', 'place']);
    const bare = await read(
      excelOf({
        s: [
          [{ v: serial(1917, 3, 8), z: 'yyyy-mm-dd' }, 'Petrograd'],
          [{ v: serial(1917, 3, 9), z: 'yyyy-mm-dd' }, 'Moscow']
        ]
      }),
      'b.xlsx'
    );
    expect(bare).toMatchObject({
      headerless: true,
      header: ['column 1', 'column 2'],
      rows: [
        ['1917-03-08', 'Petrograd'],
        ['1917-03-09', 'Moscow']
      ],
      rowNumbers: [1, 2]
    });
  });

  it('joins a sheet of sites to the events by place name, as a timemap workbook has them', async () => {
    // timemap (forensic-architecture/timemap, docs/configuration.md): events name a location,
    // the sites sheet gives each site its latitude and longitude.
    const bytes = excelOf({
      export_events: [
        ['id', 'description', 'date', 'location'],
        ['1', 'Strike at the Putilov works', '1917-03-08', 'Putilov works'],
        ['2', 'Meeting', '1917-03-09', 'Somewhere else']
      ],
      export_sites: [
        ['id', 'description', 'site', 'latitude', 'longitude'],
        ['1', 'Works', 'Putilov Works', '59.88', '30.26']
      ]
    });
    const t = await read(bytes, 'timemap.xlsx');
    expect(t).toMatchObject({
      header: ['id', 'description', 'date', 'location', 'lat', 'lon'],
      rows: [
        ['1', 'Strike at the Putilov works', '1917-03-08', 'Putilov works', '59.88', '30.26'],
        ['2', 'Meeting', '1917-03-09', 'Somewhere else', '', '']
      ],
      columns: { lat: 4, lon: 5 },
      sites: 'export_sites'
    });
  });

  it('refuses, naming the file, a sheet over the column limit and a workbook that unpacks too large', async () => {
    const wide: (string | null)[] = Array(MAX_COLUMNS + 1).fill(null);
    wide[0] = 'date';
    wide[MAX_COLUMNS] = 'far';
    await expect(read(excelOf({ s: [wide, ['1917-03-08']] }), 'wide.xlsx')).rejects.toThrow(
      `wide.xlsx has ${MAX_COLUMNS + 1} columns; the limit is ${MAX_COLUMNS}`
    );
    const book = excelOf({ s: [['date', 'place']] });
    await expect(read(withUnpackedSizes(book, [0xfff00000]), 'bomb.xlsx')).rejects.toThrow(
      'bomb.xlsx holds a part (xl/_rels/workbook.xml.rels) of 4095 MB unpacked; the limit is 512 MB'
    );
    const many = withUnpackedSizes(
      book,
      [400, 400, 400].map((mb) => mb * 2 ** 20)
    );
    await expect(read(many, 'many.xlsx')).rejects.toThrow(
      /^many\.xlsx unpacks to 1200\.\d MB; the limit is 1024 MB$/
    );
  });

  it('says why a broken workbook cannot be read', async () => {
    const bytes = excelOf({ s: [['date', 'place']] });
    // The sheet's part cut short: the ZIP directory is intact, the XML inside is not.
    const broken = bytes.slice();
    broken.fill(0x41, 200, 1200);
    await expect(read(broken, 'broken.xlsx')).rejects.toThrow(
      /^broken\.xlsx could not be read as an Excel workbook: /
    );
  });
});

describe('OpenDocument spreadsheets', () => {
  // As LibreOffice Calc writes them: dates as office:date-value (no time zone), repeated empty
  // rows, shown text formatted for the locale.
  const row = (...cells: string[]) => `<table:table-row>${cells.join('')}</table:table-row>`;
  const str = (s: string) =>
    `<table:table-cell office:value-type="string"><text:p>${s}</text:p></table:table-cell>`;
  const date = (iso: string, shown: string) =>
    `<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="${iso}"><text:p>${shown}</text:p></table:table-cell>`;
  const float = (v: string, shown: string, type = 'float') =>
    `<table:table-cell office:value-type="${type}" office:value="${v}"><text:p>${shown}</text:p></table:table-cell>`;

  it('reads dates (with a time or not) as ISO text and numbers plainly, counting repeated empty rows', async () => {
    const bytes = odsOf(
      `<table:table table:name="События">${row(str('дата'), str('город'), str('число'))}` +
        '<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="3"/></table:table-row>' +
        row(
          date('1917-03-08', '08.03.1917'),
          str('Петроград'),
          float('1234567.5', '1 234 567,50')
        ) +
        row(
          date('1917-03-08T14:30:00', '08.03.1917'),
          str('Москва'),
          float('0.5', '50%', 'percentage')
        ) +
        `</table:table><table:table table:name="Места">${row(str('место'))}</table:table>`
    );
    const t = await read(bytes, 'события.ods');
    expect(t).toMatchObject({
      format: 'ods',
      sheets: ['События', 'Места'],
      header: ['дата', 'город', 'число'],
      rows: [
        ['1917-03-08', 'Петроград', '1234567.5'],
        ['1917-03-08T14:30', 'Москва', '0.5']
      ],
      rowNumbers: [4, 5]
    });
  });

  it('reads a workbook SheetJS wrote as ODS too', async () => {
    const bytes = excelOf(
      {
        s: [
          ['date', 'place'],
          [{ v: serial(1905, 1, 22), z: 'm/d/yy' }, 'Petrograd']
        ]
      },
      { bookType: 'ods' }
    );
    expect(await read(bytes, 'x.ods')).toMatchObject({
      format: 'ods',
      rows: [['1905-01-22', 'Petrograd']]
    });
  });
});
