import { describe, expect, it } from 'vitest';
import { atlasData } from '$lib/testing/atlas-data';
import { dayFromYmd } from '$lib/time/days';
import type { AtlasPlace } from '$lib/model/atlas-data';
import { activeIds, haloAtZoom0, placeFeatures, withAreaLabels } from './place-features';

const ns = (y: number, m: number, d: number) => dayFromYmd(y, m, d);
const petrograd: AtlasPlace = {
  id: 'petrograd',
  kind: 'city',
  names: [
    { name: 'St Petersburg', to: ns(1914, 8, 31) },
    { name: 'Petrograd', from: ns(1914, 8, 31) }
  ],
  aliases: [],
  certainty: 'exact',
  lon: 30.3,
  lat: 59.9,
  isArea: false
};
const tambov: AtlasPlace = {
  ...petrograd,
  id: 'tambov-rising-area',
  kind: 'area',
  isArea: true,
  names: [{ name: 'Tambov rising' }]
};

describe('placeFeatures', () => {
  it('labels each place with its name on the day, and leaves areas out', () => {
    const before = placeFeatures(
      [petrograd, tambov],
      ns(1905, 1, 22),
      new Map([['petrograd', 40]])
    );
    expect(before.features).toHaveLength(1);
    expect(before.features[0].properties).toMatchObject({ label: 'St Petersburg', rank: 2 });
    const after = placeFeatures([petrograd], ns(1917, 3, 8), new Map());
    expect(after.features[0].properties?.label).toBe('Petrograd');
    const site = placeFeatures(
      [{ ...petrograd, id: 'petrograd-smolny', kind: 'site', parent: 'petrograd' }],
      0,
      new Map()
    );
    expect(site.features[0].properties?.child).toBe(true);
    const region = placeFeatures([{ ...petrograd, id: 'galicia', kind: 'region' }], 0, new Map());
    expect(region.features).toEqual([]);
  });
});

describe('activeIds', () => {
  it('keeps the features whose span holds the day', () => {
    const f = (id: string, from: number, to: number): GeoJSON.Feature => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [0, 0] },
      properties: { id, from, to }
    });
    const features = [f('a', 10, 20), f('b', 15, 30)];
    expect(activeIds(features, 12)).toEqual(['a']);
    expect(activeIds(features, 20)).toEqual(['a', 'b']);
    expect(activeIds(features, 31)).toEqual([]);
  });
});

describe('haloAtZoom0', () => {
  it('is zero for exact places and grows with uncertainty and latitude', () => {
    expect(haloAtZoom0({ certainty: 'exact', uncertaintyKm: 5, lat: 50 })).toBe(0);
    const km10 = haloAtZoom0({ certainty: 'approximate', uncertaintyKm: 10, lat: 0 });
    expect(km10 * 2 ** 10).toBeCloseTo(10000 / (40075016.686 / 512 / 1024), 3);
    expect(haloAtZoom0({ certainty: 'region', uncertaintyKm: 10, lat: 60 })).toBeCloseTo(
      km10 * 2,
      6
    );
  });

  it('labels places in Cyrillic for Russian', () => {
    const ru = placeFeatures(
      [{ ...petrograd, names: [{ name: 'Petrograd', ru: 'Петроград' }] }],
      0,
      new Map(),
      'ru'
    );
    expect(ru.features[0].properties?.label).toBe('Петроград');
  });
});

describe('withAreaLabels', () => {
  const data = atlasData();
  const byId = new Map(data.places.map((p) => [p.id, p]));
  const labelled = withAreaLabels(data.areas, byId, { en: 'for orientation', ru: 'для ориентира' });
  const label = (id: string, lang: 'en' | 'ru') =>
    labelled.features.find((f) => f.properties?.id === id)!.properties![`label_${lang}`];

  it('names every real area in both languages, with its span or as context', () => {
    const polygons = labelled.features.filter((f) => f.geometry.type === 'Polygon');
    expect(polygons.length).toBeGreaterThanOrEqual(4);
    for (const f of polygons) {
      const [name, span] = String(f.properties!.label_en).split(/\n| · /);
      expect(name, String(f.properties!.id)).toBeTruthy();
      expect(span, String(f.properties!.id)).toMatch(/\d{4}|orientation/);
      expect(String(f.properties!.label_ru)).toMatch(/\n| · /);
    }
  });

  it('gives a rising its months and a province its role as context', () => {
    expect(label('tambov-rising-area', 'en')).toMatch(/^.+\n[A-Z][a-z]+ 1920 – [A-Z][a-z]+ 1921$/);
    expect(label('ukraine', 'en')).toBe('Ukraine · for orientation');
    expect(label('ukraine', 'ru')).toBe('Украина · для ориентира');
  });
});
