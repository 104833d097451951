/**
 * The real files of the tools our users come from (tests/fixtures/peers/README.md), imported as a
 * user imports them: the format found from the bytes, the mapping as guessed, nothing chosen by
 * hand. Each gives the counts of rows kept, kept with a note and dropped, and its first event, as
 * read and checked against the file. Run where the files are at hand (see peers-dir.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AtlasData } from '$lib/model/atlas-data';
import { loadFormat } from './formats';
import { peersDir } from './peers-dir';
import { importTable, previewTable, readTable } from './run-import';

const dir = peersDir();
type First = [title: string, date: string, place: string, type: string];
const EXPECTED: [
  file: string,
  sheet: string | undefined,
  format: string,
  counts: [number, number, number, number],
  first?: First
][] = [
  // TimelineJS has no places: the atlas looks for its gazetteer's names in the text and finds none
  // in a timeline of women in computing; the title slide and the eras are not events.
  ['timelinejs/women_in_computing.csv', undefined, 'csv', [11, 0, 0, 11]],
  ['timelinejs/women_in_computing.json', undefined, 'timelinejs', [11, 0, 0, 11]],
  ['timelinejs/eras.json', undefined, 'timelinejs', [24, 0, 0, 24]],
  [
    'storymap/marktwain.json',
    undefined,
    'storymapjs',
    [15, 13, 0, 2],
    ['Florida, Missouri', '1835', 'Florida, Missouri', 'demonstration']
  ],
  [
    'storymap/president.json',
    undefined,
    'storymapjs',
    [22, 21, 0, 1],
    ['Sept 3', '2013', 'Andrews Air Force Base', 'demonstration']
  ],
  [
    'kepler/route-data.csv',
    undefined,
    'csv',
    [300, 300, 0, 0],
    [
      'Demonstration at 37.805, -122.412, 2016-07-22',
      '2016-07-22',
      '37.805, -122.412',
      'demonstration'
    ]
  ],
  [
    'kepler/sf_trips.csv',
    undefined,
    'csv',
    [9, 9, 0, 0],
    [
      'Demonstration at 38.416, -121.792, 2016-01-26',
      '2016-01-26',
      '38.416, -121.792',
      'demonstration'
    ]
  ],
  // Eight rows have an empty `date` (their other time columns are full: the user may pick one).
  [
    'kepler/sample-trip-data.csv',
    undefined,
    'csv',
    [24, 16, 0, 8],
    ['Demonstration at 29.990, 31.259, 2016-09-23', '2016-09-23', '29.990, 31.259', 'demonstration']
  ],
  [
    'acled/acled_old_dummy.csv',
    undefined,
    'csv',
    [326, 324, 2, 0],
    ['Peaceful protest at Buenos Aires, 2022-06-01', '2022-06-01', 'Buenos Aires', 'demonstration']
  ],
  [
    'linked-places/lugares_20.jsonld',
    undefined,
    'lpf',
    [20, 19, 0, 1],
    ['Sentispac', '1701/1808', '21.805, -105.346', 'demonstration']
  ],
  [
    'linked-places/github_example.jsonld',
    undefined,
    'lpf',
    [1, 0, 1, 0],
    ['Abingdon (UK)', '0676/1066', '51.671, -1.288', 'demonstration']
  ],
  [
    'timemap/timemap_data.xlsx',
    'Events',
    'xlsx',
    [11, 10, 0, 1],
    [
      'Demonstration at Tarabin al Tsana, 2014-10-08',
      '2014-10-08',
      'Tarabin al Tsana',
      'demonstration'
    ]
  ],
  // The sites sheet has places and no dates: not events.
  ['timemap/timemap_data.xlsx', 'Sites', 'xlsx', [6, 0, 0, 6]],
  // 31 gazetteer places have no coordinates.
  [
    'whg/lp7_100.tsv',
    undefined,
    'csv',
    [100, 69, 0, 31],
    ['Arabissus', '0600/1033', '38.250, 36.917', 'demonstration']
  ],
  [
    'whg/lp7_100.xlsx',
    'Sheet1',
    'xlsx',
    [100, 69, 0, 31],
    ['Akhmim', '0600/1401', '26.565, 31.745', 'demonstration']
  ],
  [
    'whg/lp7_100.ods',
    'Sheet1',
    'ods',
    [100, 69, 0, 31],
    ['Akhmim', '0600/1401', '26.565, 31.745', 'demonstration']
  ],
  // A Wikidata export names its places by entity link, with no coordinates: none can be placed.
  ['wikidata/wikidata_battles.csv', undefined, 'csv', [300, 0, 0, 300]],
  // Types read from titles ("Battle of …") are kept with a note; 56 battles have no coordinates.
  [
    'war-atlas/battles-1905-1921.csv',
    undefined,
    'csv',
    [287, 30, 201, 56],
    ['Battle of Sandepu', '1905-01-25', '41.783, 123.433', 'battle']
  ],
  // The sample's photographs have no coordinates.
  ['californica/ladnn-sample.csv', undefined, 'csv', [25, 0, 0, 25]]
];

let atlas: AtlasData | undefined;
/** The built data's places (read once, when the files are at hand). */
const places = () =>
  (atlas ??= JSON.parse(readFileSync('static/data/atlas.json', 'utf8')) as AtlasData).places;

describe.skipIf(!existsSync(dir))(`peer files imported as they are (${dir})`, () => {
  it.each(EXPECTED)('%s %s', async (file, sheet, format, [rows, clean, warned, dropped], first) => {
    const bytes = new Uint8Array(readFileSync(join(dir, file)));
    await loadFormat(bytes, file);
    const preview = previewTable(bytes, file, { sheet });
    expect(preview.format).toBe(format);
    const result = importTable(
      readTable(bytes, file, { sheet }),
      preview.mapping,
      places(),
      'p',
      file
    );
    expect(result.counts).toEqual({ rows, clean, warned, dropped });
    // Every dropped row says why, naming its row and field.
    for (const p of result.problems) expect(p.row >= 1 && p.field && p.message).toBeTruthy();
    const e = result.events[0];
    expect(e ? [e.title, e.date, e.place, e.type] : undefined).toEqual(first);
  });
});
