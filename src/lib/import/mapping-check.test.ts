import { describe, expect, it } from 'vitest';
import type { AtlasPlace } from '$lib/model/atlas-data';
import { MOSCOW } from '$lib/testing/moscow';
import { guessMapping } from './mapping';
import { checkMapping, missingField } from './mapping-check';
import { rowContext } from './read-row';

const places: AtlasPlace[] = [MOSCOW];

describe('checkMapping', () => {
  it('says per field how many rows fail or warn, with an example', () => {
    const header = ['date', 'place', 'type'];
    const rows = [
      ['1917-03-01', 'Moscow', 'strike'],
      ['1917-03-02', 'Atlantis', 'strike'],
      ['sometime', 'Moscow', 'strike'],
      ['1917-03-04', 'Moscow', 'picnic']
    ];
    const ctx = rowContext(guessMapping(header), places, 'l', 'f.csv');
    const check = checkMapping({ rows, rowNumbers: [2, 3, 4, 5] }, ctx);
    expect(check.counts).toEqual({ rows: 4, clean: 1, warned: 1, dropped: 2 });
    expect(check.byField.place).toMatchObject({ dropped: 1, warned: 0, example: { row: 3 } });
    expect(check.byField.date).toMatchObject({
      dropped: 1,
      example: { row: 4, value: 'sometime' }
    });
    expect(check.byField.type).toMatchObject({ dropped: 0, warned: 1 });
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
