import { describe, expect, it } from 'vitest';
import { readGeodata } from './read-geodata';
import { validateGeodata } from './validate';
import { distanceKm, geonamesIds, loadCities, MAX_KM, SETTLEMENT_KINDS } from './geonames';

const cities = loadCities();
const { data, problems } = validateGeodata({ ...readGeodata(), geonames: cities });
const place = (id: string) => data.places.find((p) => p.id === id)!;

describe('GeoNames ids of the gazetteer', () => {
  it('are given at build time to the settlements that match a city', () => {
    expect(problems).toEqual([]);
    const matched = data.places.filter((p) => p.geonames !== undefined);
    expect(matched.length).toBe(69);
    expect(matched.every((p) => SETTLEMENT_KINDS.has(p.kind))).toBe(true);
    const byId = new Map(cities.map((c) => [c.cityId, c]));
    for (const p of matched) {
      const c = byId.get(p.geonames!)!;
      expect(distanceKm([p.lon, p.lat], c.loc.coordinates), p.id).toBeLessThanOrEqual(MAX_KM);
    }
  });

  it.each([
    ['petrograd', 498817, 'Saint Petersburg'],
    ['moscow', 524901, 'Moscow'],
    ['kronstadt', 540771, 'Kronstadt'],
    ['gulyai-polye', 707898, 'Hulyaypole'],
    ['kiev', 703448, 'Kyiv'],
    ['ekaterinoslav', 709930, 'Dnipro'],
    ['tsaritsyn', 472757, 'Volgograd'],
    ['reval', 588409, 'Tallinn'],
    ['helsingfors', 658225, 'Helsinki'],
    ['tiflis', 611717, 'Tbilisi'],
    ['oranienbaum', 534341, 'Lomonosov']
  ])('%s is GeoNames %i (%s)', (id, geonames, name) => {
    expect(place(id).geonames).toBe(geonames);
    expect(cities.find((c) => c.cityId === geonames)!.name).toBe(name);
  });

  it('matches by any name of the place, but only within reach', () => {
    const near = { ...place('kronstadt'), id: 'k', names: [{ name: 'Cronstadt' }], aliases: [] };
    expect(geonamesIds([near], cities).get('k')).toBe(540771);
    const far = { ...near, lon: near.lon + 1 };
    expect(geonamesIds([far], cities).has('k')).toBe(false);
    // A site is not the city it stands in, whatever its name.
    const site = { ...near, kind: 'site' as const, names: [{ name: 'Kronstadt' }] };
    expect(geonamesIds([site], cities).has('k')).toBe(false);
  });
});
