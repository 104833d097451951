import { describe, expect, it } from 'vitest';
import type { AtlasPlace } from '$lib/model/atlas-data';
import { MOSCOW } from '$lib/testing/moscow';
import { guessMapping } from './mapping';
import { checkMappingInSlices, missingField, type MappingCheck } from './mapping-check';

/** The sample tried in one slice (never aborted, so never null). */
const checkMapping = async (
  sample: Parameters<typeof checkMappingInSlices>[0],
  ctx: Parameters<typeof checkMappingInSlices>[1],
  slice = Infinity
) => (await checkMappingInSlices(sample, ctx, new AbortController().signal, slice)) as MappingCheck;
import { rowContext } from './read-row';

const places: AtlasPlace[] = [MOSCOW];

describe('checkMappingInSlices', () => {
  it('says per field how many rows fail or warn, with an example', async () => {
    const header = ['date', 'place', 'type'];
    const rows = [
      ['1917-03-01', 'Moscow', 'strike'],
      ['1917-03-02', 'Atlantis', 'strike'],
      ['sometime', 'Moscow', 'strike'],
      ['1917-03-04', 'Moscow', 'picnic']
    ];
    const ctx = rowContext(guessMapping(header), places, 'l', 'f.csv');
    const check = await checkMapping({ rows, rowNumbers: [2, 3, 4, 5] }, ctx);
    expect(check.counts).toEqual({ rows: 4, clean: 1, warned: 1, dropped: 2 });
    expect(check.byField.place).toMatchObject({ dropped: 1, warned: 0, example: { row: 3 } });
    expect(check.byField.date).toMatchObject({
      dropped: 1,
      example: { row: 4, value: 'sometime' }
    });
    expect(check.byField.type).toMatchObject({ dropped: 0, warned: 1 });
  });
});

describe('checkMappingInSlices, a slice at a time', () => {
  const header = ['date', 'place', 'type'];
  const rows = Array.from({ length: 25 }, (_, i) => [
    i % 3 ? `1917-03-${String(i + 1).padStart(2, '0')}` : 'sometime',
    i % 4 ? 'Moscow' : 'Atlantis',
    i % 5 ? 'strike' : 'picnic'
  ]);
  const sample = { rows, rowNumbers: rows.map((_, i) => i + 2) };
  const ctx = rowContext(guessMapping(header), places, 'l', 'f.csv');

  it('gives what one slice of all the rows gives, whatever the slice', async () => {
    const whole = await checkMapping(sample, ctx);
    expect(whole.counts.dropped).toBeGreaterThan(0);
    for (const slice of [1, 7, 25, 100])
      expect(await checkMapping(sample, ctx, slice)).toEqual(whole);
  });

  it('gives up when the mapping changed meanwhile', async () => {
    const ac = new AbortController();
    const result = checkMappingInSlices(sample, ctx, ac.signal, 5);
    ac.abort();
    expect(await result).toBeNull();
  });
});

describe('missingField', () => {
  it('names what is missing before an import can run', () => {
    expect(missingField(guessMapping(['place']))).toBe('import.needDate');
    expect(missingField(guessMapping(['date', 'lat']))).toBe('import.needLatLon');
    expect(missingField(guessMapping(['date', 'count']))).toBe('import.needPlace');
    expect(missingField(guessMapping(['date', 'Headline']))).toBeNull();
    expect(missingField(guessMapping(['date', 'city']))).toBeNull();
  });
});
