/**
 * Checks on the real data set: landmark dates in both calendars, the places the atlas is about,
 * and that no file repeats a source's words (by the committed fingerprints; the texts themselves
 * are needed only to check that the fingerprints still match them).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeodata } from './read-geodata';
import { validateGeodata } from './validate';
import { copiedRuns, fingerprint } from '../sources/fingerprint';
import { readFingerprints, seedsDir } from '../sources/read-fingerprints';
import { dayFromYmd } from '../../src/lib/time/days';
import { formatDay } from '../../src/lib/time/format';

const { data } = validateGeodata(readGeodata());
const fingerprints = readFingerprints();
const byId = new Map(data.events.map((e) => [e.id, e]));
const ns = (y: number, m: number, d: number) => dayFromYmd(y, m, d);

describe('landmarks are dated right in both calendars', () => {
  it.each([
    ['bloody-sunday-1905', '1905-01-09', ns(1905, 1, 22), '9 January (22 January) 1905'],
    [
      'st-petersburg-soviet-founded-1905-10-13',
      '1905-10-13',
      ns(1905, 10, 26),
      '13 October (26 October) 1905'
    ],
    [
      'february-revolution-petrograd-1917',
      '1917-02-23/1917-03-03',
      ns(1917, 3, 8),
      '23 February (8 March) 1917'
    ],
    [
      'petrograd-soviet-founded-1917-02-27',
      '1917-02-27',
      ns(1917, 3, 12),
      '27 February (12 March) 1917'
    ]
  ])('%s', (id, written, start, shown) => {
    const e = byId.get(id);
    expect(e, id).toBeDefined();
    expect(e!.date).toBe(written);
    expect(e!.calendar).toBe('julian');
    expect(e!.start).toBe(start);
    expect(formatDay(e!.start, 'both')).toBe(shown);
  });

  it('the October insurrection spans 25 October OS = 7 November NS', () => {
    const e = byId.get('october-insurrection-petrograd-1917')!;
    expect(e.calendar).toBe('julian');
    expect(e.start).toBeLessThanOrEqual(ns(1917, 11, 7));
    expect(e.end).toBeGreaterThanOrEqual(ns(1917, 11, 7));
    expect(formatDay(ns(1917, 11, 7), 'both')).toBe('25 October (7 November) 1917');
  });

  it('keeps the sources’ competing dates for the Cheka and the fall of Kronstadt', () => {
    const cheka = data.events.find((e) => /cheka/.test(e.id) && e.type === 'founding')!;
    expect(cheka.start).toBe(ns(1917, 12, 20));
    expect(cheka.sources.filter((s) => s.date !== undefined).length).toBeGreaterThan(0);
    const claims = data.events.filter(
      (e) => e.place.startsWith('kronstadt') && e.sources.some((s) => s.date !== undefined)
    );
    expect(claims.length).toBeGreaterThan(0);
  });
});

describe('the places the atlas is about carry their events', () => {
  it.each(['petrograd', 'moscow', 'kronstadt', 'gulyai-polye', 'tambov'])('%s', (city) => {
    const own = (id: string): boolean => {
      const p = data.places.find((x) => x.id === id);
      return id.startsWith(city) || p?.parent === city;
    };
    expect(data.events.filter((e) => own(e.place)).length).toBeGreaterThan(0);
  });

  it('every strike sits on a place with coordinates inside the map', () => {
    const places = new Map(data.places.map((p) => [p.id, p]));
    const strikes = data.events.filter((e) => e.type === 'strike');
    expect(strikes.length).toBeGreaterThan(10);
    for (const s of strikes) expect(places.get(s.place), s.id).toBeDefined();
  });

  it('every event cites at least one paragraph', () => {
    for (const e of data.events) expect(e.sources.length, e.id).toBeGreaterThan(0);
  });
});

describe('summaries are our own words', () => {
  it('no file of the project repeats ten words of a source', () => {
    const files: Record<string, string> = {};
    const walk = (dir: string) => {
      for (const f of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, f.name);
        if (f.isDirectory()) walk(p);
        else if (
          /\.(ya?ml|json|geojson|md|svelte|ts|js|html|csv|txt)$/.test(f.name) &&
          !/\.fingerprint\.json$/.test(f.name)
        )
          files[p] = readFileSync(p, 'utf8');
      }
    };
    ['geodata', 'src', 'docs', 'scripts', 'tests', 'bench', 'static']
      .filter(existsSync)
      .forEach(walk);
    files['README.md'] = readFileSync('README.md', 'utf8');
    expect(Object.keys(files).length).toBeGreaterThan(100);
    expect(copiedRuns(fingerprints, files)).toEqual([]);
  });
});

describe('the committed fingerprints', () => {
  it('cover every source in sources.json, line for line', () => {
    expect(fingerprints.map((f) => f.source).sort()).toEqual(data.sources.map((s) => s.id).sort());
    const declared = JSON.parse(readFileSync('geodata/sources.json', 'utf8')) as {
      id: string;
      file: string;
      lines: number;
    }[];
    for (const s of declared) {
      const fp = fingerprints.find((f) => f.source === s.id)!;
      expect(fp.file, s.id).toBe(s.file);
      expect(fp.lines, s.id).toHaveLength(s.lines);
    }
  });

  // The texts are not in the repository: this runs where they are (ATLAS_SEEDS, ../shared/seeds).
  it.skipIf(!existsSync(seedsDir()))('match the source texts at hand', () => {
    const dir = seedsDir();
    for (const fp of fingerprints) {
      const text = readFileSync(join(dir, fp.file), 'utf8');
      expect(
        fingerprint(fp.source, fp.file, text),
        `${fp.source}: run npm run sources:fingerprint`
      ).toEqual(fp);
    }
  });
});
