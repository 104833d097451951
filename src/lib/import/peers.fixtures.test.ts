/**
 * The sample files taken from the tools our users come from (TimelineJS, StoryMapJS, kepler.gl,
 * ACLED, the World Historical Gazetteer, timemap, Wikidata …) are what they are said to be:
 * every file the manifest lists is there, is described in the README, and holds the number of
 * rows the manifest says, counted the way the import reads it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { read, utils } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './formats/csv';
import { peersDir } from './peers-dir';

interface PeerFixture {
  file: string;
  tool: string;
  format:
    | 'csv'
    | 'tsv'
    | 'xlsx'
    | 'ods'
    | 'timelinejs-json'
    | 'storymap-json'
    | 'lpf'
    | 'geojson'
    | 'wikidata-json';
  rows: number;
  /** For workbooks: the sheet counted (the first sheet when absent). */
  sheet?: string;
  dateStyle: string;
  notes: string;
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const docsDir = join(repoRoot, 'tests/fixtures/peers');
const manifest: PeerFixture[] = JSON.parse(readFileSync(join(docsDir, 'manifest.json'), 'utf8'));
const readme = readFileSync(join(docsDir, 'README.md'), 'utf8');

const dataDir = peersDir();
const present = existsSync(dataDir);

function requireDataDir(): string {
  return dataDir;
}

/** Files about the samples: licences, this folder's README, manifest and .gitignore. */
const isAbout = (file: string) =>
  /(^|\/)(LICENSE[^/]*|README\.md|manifest\.json|\.gitignore)$/.test(file);

/** Files that document the samples rather than being one: the above and JSON schemas. */
const isDocument = (file: string) => isAbout(file) || /schema[^/]*\.json$/.test(file);

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** The rows (records, events, slides, features) in a sample, as the manifest counts them. */
function countRows(fixture: PeerFixture, bytes: Buffer): number {
  switch (fixture.format) {
    case 'csv':
    case 'tsv': {
      const { rows, delimiter } = parseCsv(bytes.toString('utf8'));
      expect(delimiter, fixture.file).toBe(fixture.format === 'tsv' ? '\t' : ',');
      return rows.length;
    }
    case 'xlsx':
    case 'ods': {
      const isOds = bytes
        .subarray(0, 200)
        .toString('latin1')
        .includes('application/vnd.oasis.opendocument.spreadsheet');
      expect(isOds, `${fixture.file} is an OpenDocument file`).toBe(fixture.format === 'ods');
      const book = read(bytes);
      const sheet = book.Sheets[fixture.sheet ?? book.SheetNames[0]];
      expect(sheet, `${fixture.file} has a sheet ${fixture.sheet}`).toBeDefined();
      return utils.sheet_to_json(sheet).length;
    }
    case 'timelinejs-json':
      return JSON.parse(bytes.toString('utf8')).events.length;
    case 'storymap-json':
      return JSON.parse(bytes.toString('utf8')).storymap.slides.length;
    case 'lpf':
    case 'geojson': {
      const collection = JSON.parse(bytes.toString('utf8'));
      expect(collection.type, fixture.file).toBe('FeatureCollection');
      return collection.features.length;
    }
    case 'wikidata-json':
      return JSON.parse(bytes.toString('utf8')).results.bindings.length;
  }
}

// The files are other projects' data, not part of the repository (README.md there): where they
// are at hand (ATLAS_PEERS, or shared/peers beside the repository), every one is checked.
describe.skipIf(!present)(`peer sample files in ${dataDir}`, () => {
  it('are all there', () => {
    expect(manifest.filter((f) => !existsSync(join(dataDir, f.file))).map((f) => f.file)).toEqual(
      []
    );
  });

  it.each(manifest.map((f) => [`${f.file}${f.sheet ? ` (${f.sheet})` : ''}`, f] as const))(
    '%s has the rows the manifest says',
    (_, fixture) => {
      const bytes = readFileSync(join(requireDataDir(), fixture.file));
      expect(countRows(fixture, bytes)).toBe(fixture.rows);
    }
  );
});

describe('peer sample files, as described', () => {
  it.each(manifest.map((f) => f.file))('%s is described in the README', (file) => {
    expect(readme).toContain(`\`${file}\``);
  });
});

describe.skipIf(!present)('peer sample files at hand', () => {
  it('lists every sample in the manifest and every file in the README', () => {
    const dir = requireDataDir();
    const files = listFiles(dir).map((path) => relative(dir, path).split('\\').join('/'));
    const listed = new Set(manifest.map((f) => f.file));
    expect(files.filter((f) => !isDocument(f) && !listed.has(f))).toEqual([]);
    expect(files.filter((f) => !isAbout(f) && !readme.includes(`\`${f}\``))).toEqual([]);
  });
});
