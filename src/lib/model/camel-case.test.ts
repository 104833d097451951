import { describe, expect, it } from 'vitest';
import { camelKeys, type Camelized } from './camel-case';

describe('camelKeys', () => {
  it('renames snake_case keys and keeps values and order', () => {
    const place = { id: 'kronstadt', modern_ru: 'Кронштадт', uncertainty_km: 2, aliases: [] };
    const out: Camelized<typeof place> = camelKeys(place);
    expect(out).toEqual({ id: 'kronstadt', modernRu: 'Кронштадт', uncertaintyKm: 2, aliases: [] });
    expect(Object.keys(out)).toEqual(['id', 'modernRu', 'uncertaintyKm', 'aliases']);
  });

  it('keeps keys that are already camelCase, and the keys of undefined values', () => {
    const out = camelKeys({ placeInferred: true, note: undefined, date_2: 'x' });
    expect(Object.keys(out)).toEqual(['placeInferred', 'note', 'date2']);
  });
});
