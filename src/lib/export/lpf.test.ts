import Ajv, { type ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { loadCities } from '../../../scripts/data/geonames';
import { readGeodata } from '../../../scripts/data/read-geodata';
import { validateGeodata } from '../../../scripts/data/validate';
import type { AtlasEvent } from '$lib/model/atlas-data';
import cslCitation from './lpf-csl-citation.json';
import featureSchema from './lpf-feature-schema-v1.2.2.json';
import collectionSchema from './lpf-schema.json';
import { eventsToLpf, LPF_CONTEXT, type LpfCollection } from './lpf';

const { data } = validateGeodata({ ...readGeodata(), geonames: loadCities() });
const base = 'https://example.org/atlas/';
const lpf = eventsToLpf(data.events, {
  base,
  places: data.places,
  areas: data.areas,
  version: data.version
});

// The schemas' patterns are written for Python's re (WHG validates with Python): no `u` flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
ajv.addSchema(cslCitation);
/** World Historical Gazetteer's schema of a whole LPF file (v2.0, what its upload checks today). */
const validCollection = ajv.compile(collectionSchema);
/**
 * A schema without the `$id`s of its parts. The v1.2.2 schema labels its parts with `$id`s, some
 * twice; no `$ref` points to them, Python's jsonschema ignores them, and Ajv refuses repeats.
 */
function withoutInnerIds(schema: unknown, root = true): unknown {
  if (Array.isArray(schema)) return schema.map((s) => withoutInnerIds(s, false));
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([k]) => root || k !== '$id')
      .map(([k, v]) => [k, withoutInnerIds(v, false)])
  );
}
/** Its schema of one LPF feature (v1.2.2), which allows no fields of its own on a feature. */
const validFeature = ajv.compile(withoutInnerIds(featureSchema) as object);

const errors = (v: { errors?: ErrorObject[] | null }) =>
  (v.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
const feature = (id: string) => lpf.features.find((f) => f.properties.atlas_id === id)!;

describe('eventsToLpf', () => {
  it('is valid against both LPF schemas', () => {
    expect(lpf.features.length).toBeGreaterThan(50);
    expect(validCollection(lpf), errors(validCollection).join('\n')).toBe(true);
    for (const f of lpf.features)
      expect(validFeature(f), errors(validFeature).join('\n')).toBe(true);
  });

  it('the schemas catch a broken file', () => {
    const broken = structuredClone(lpf) as unknown as {
      features: Record<string, unknown>[];
    };
    // A feature needs fclasses or types.
    delete (broken.features[0].properties as Record<string, unknown>).fclasses;
    delete broken.features[0].types;
    broken.features[1].when = { timespans: [{ start: { in: '25 October 1917' } }] };
    expect(validCollection(broken)).toBe(false);
    expect(errors(validCollection).join('\n')).toMatch(/required property 'fclasses'/);
    expect(errors(validCollection).join('\n')).toMatch(/must match pattern/);
    expect(validFeature({ ...lpf.features[0], events: [] })).toBe(false);
  });

  it('is one feature per place, holding each event once', () => {
    expect(lpf['@context']).toBe(LPF_CONTEXT);
    const ids = lpf.features.flatMap((f) => f.properties.events.map((e) => e.id));
    expect(ids.sort()).toEqual(data.events.map((e) => e.id).sort());
    expect(new Set(lpf.features.map((f) => f['@id'])).size).toBe(lpf.features.length);
    const kronstadt = feature('kronstadt');
    const atKronstadt = data.events.filter((e) => e.place === 'kronstadt');
    expect(kronstadt.properties.events.map((e) => e.id)).toEqual(
      atKronstadt
        .sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id))
        .map((e) => e.id)
    );
    expect(kronstadt.when.timespans.length).toBeGreaterThan(0);
    expect(kronstadt.when.timespans.length).toBeLessThanOrEqual(atKronstadt.length);
  });

  it('gives Petrograd its names over time, its GeoNames city and its kind', () => {
    const p = feature('petrograd');
    expect(p['@id']).toBe(`${base}?place=petrograd`);
    expect(
      p.names.filter((n) => n.lang === 'en').map((n) => [n.toponym, n.when?.timespans])
    ).toEqual([
      ['St Petersburg', [{ start: { latest: '1914-08-30' }, end: { in: '1914-08-30' } }]],
      ['Petrograd', [{ start: { in: '1914-08-31' }, end: { in: '1924-01-25' } }]],
      ['Leningrad', [{ start: { in: '1924-01-26' }, end: { in: '1991-09-05' } }]],
      ['Saint Petersburg', [{ start: { in: '1991-09-06' } }]]
    ]);
    expect(p.names.find((n) => n.toponym === 'Петроград')?.lang).toBe('ru');
    expect(p.names.some((n) => n.toponym === 'Piter' && n.lang === undefined)).toBe(true);
    expect(p.names[0].citations?.[0].label).toContain(data.version);
    expect(p.links).toEqual([
      { type: 'closeMatch', identifier: 'https://sws.geonames.org/498817/' }
    ]);
    expect(p.properties.fclasses).toEqual(['P']);
    expect(p.types[0].identifier).toBe('aat:300008389');
    expect(p.geometry).toEqual({
      type: 'Point',
      coordinates: [30.3141, 59.9386],
      certainty: 'certain'
    });
  });

  it('relates a site to the place it lies in, and draws an area as its outline', () => {
    const site = feature('petrograd-putilov-works');
    expect(site.relations).toEqual([
      {
        relationType: 'gvp:broaderPartitive',
        relationTo: `${base}?place=petrograd`,
        label: expect.stringMatching(/^part of (Petrograd|St Petersburg)$/)
      }
    ]);
    expect(site.links).toBeUndefined();
    const area = lpf.features.find((f) => f.geometry.type !== 'Point');
    expect(area?.properties.kind).toMatch(/^(region|area|ice)$/);
  });

  it('makes a feature of a place an import named that the gazetteer does not know', () => {
    const imported: AtlasEvent = {
      ...data.events[0],
      id: 'imp-r2',
      place: 'Novaya Ladoga',
      lon: 32.3,
      lat: 60.1,
      sources: [{ source: 'import:towns.csv', line: 2 }]
    };
    const out: LpfCollection = eventsToLpf([imported], { base, places: data.places });
    expect(out.features).toHaveLength(1);
    expect(out.features[0]['@id']).toBe(`${base}?c=32.3,60.1&z=12#Novaya%20Ladoga`);
    expect(out.features[0].properties.events[0]).toMatchObject({ file: 'towns.csv', row: 2 });
    expect(validCollection(out), errors(validCollection).join('\n')).toBe(true);
  });
});
