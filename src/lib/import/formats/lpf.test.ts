import { describe, expect, it } from 'vitest';
import { previewTable, readTable } from '../run-import';
import { dateKey, span } from './lpf';

const enc = (v: unknown) => new TextEncoder().encode(JSON.stringify(v, null, 2));

describe('when', () => {
  it('orders ISO dates of any precision and sign, missing parts first or last', () => {
    expect(dateKey('0676', 'start')).toBe(6_760_101);
    expect(dateKey('1832-08', 'end')).toBe(18_320_831);
    expect(dateKey('1917-03-08~', 'start')).toBe(19_170_308);
    expect(dateKey('-0500', 'start')! < dateKey('-0499', 'start')!).toBe(true);
    expect(dateKey('about 1900', 'start')).toBeNull();
  });

  it('takes the earliest start and the latest end over the timespans', () => {
    expect(
      span([{ start: { in: '1600' }, end: { in: '1699' } }, { start: { in: '1700' } }])
    ).toEqual({
      start: '1600',
      end: '1700'
    });
    expect(
      span([
        {
          start: { earliest: '1905-01', latest: '1905-02' },
          end: { earliest: '1907', latest: '1907-06-16' }
        }
      ])
    ).toEqual({
      start: '1905-01',
      end: '1907-06-16'
    });
    // A start alone is the interval it describes; plain strings are read too.
    expect(span([{ start: { in: '1917-03-08' } }])).toEqual({ start: '1917-03-08', end: '' });
    expect(span([{ start: '1600', end: '1699' }])).toEqual({ start: '1600', end: '1699' });
    expect(span([])).toEqual({ start: '', end: '' });
  });
});

describe('Linked Places', () => {
  it('reads the README example: when, names, types and the first Point of the collection', () => {
    // LinkedPasts/linked-places-format README.md, "An example Linked Places record" (abridged).
    const doc = {
      type: 'FeatureCollection',
      '@context':
        'https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld',
      features: [
        {
          '@id': 'http://mygaz.org/places/p_12345',
          type: 'Feature',
          properties: { title: 'Abingdon (UK)', ccodes: ['GB'] },
          when: {
            timespans: [{ start: { in: '0676' }, end: { in: '1066' } }],
            periods: [
              { name: 'Anglo-Saxon Period, 449-1066', '@id': 'periodo:p06c6g3whtg' },
              {
                name: 'Anglo-Saxon (culture or style)',
                '@id': 'http://chronontology.dainst.org/period/O5r960WKERYr'
              }
            ],
            label: "sample 'when' w/timespans, periods, duration",
            duration: 'P100Y'
          },
          names: [
            { toponym: 'Abingdon', lang: 'en', when: { timespans: [{ start: { in: '1600' } }] } },
            { toponym: 'Abingdon-on-Thames', lang: 'en' }
          ],
          types: [{ identifier: 'aat:300008375', label: 'town' }],
          geometry: {
            type: 'GeometryCollection',
            geometries: [
              {
                type: 'Point',
                coordinates: [-1.2879, 51.6708],
                when: { timespans: [{ start: { in: '1600' }, end: { in: '1699' } }] }
              },
              {
                type: 'Point',
                coordinates: [-1.31, 51.64],
                when: { timespans: [{ start: { in: '1700' } }] }
              }
            ]
          },
          descriptions: [
            {
              '@id': 'https://en.wikipedia.org/wiki/Abingdon-on-Thames',
              value: '...a historic market town...',
              lang: 'en'
            }
          ]
        }
      ]
    };
    const t = readTable(enc(doc), 'abingdon.jsonld');
    expect(t).toMatchObject({
      format: 'lpf',
      header: [
        'title',
        'ccodes',
        'start',
        'end',
        'id',
        'names',
        'types',
        'periods',
        'description',
        'lat',
        'lon'
      ],
      rows: [
        [
          'Abingdon (UK)',
          '["GB"]',
          '0676',
          '1066',
          'http://mygaz.org/places/p_12345',
          'Abingdon; Abingdon-on-Thames',
          'town',
          'Anglo-Saxon Period, 449-1066; Anglo-Saxon (culture or style)',
          '...a historic market town...',
          '51.6708',
          '-1.2879'
        ]
      ],
      problems: [
        {
          row: 2,
          field: 'geometry',
          message: 'feature 1 is a GeometryCollection of 2 geometries; its first Point is used',
          dropped: false
        }
      ]
    });
    expect(t.columns).toMatchObject({ date: 2, end: 3, lat: 9, lon: 10 });
    expect(previewTable(enc(doc), 'abingdon.jsonld').mapping.columns).toMatchObject({
      date: 2,
      end: 3,
      title: 0
    });
  });

  it("merges the timespans of a feature's geometries when it has none, and says so", () => {
    // LinkedPasts/linked-places-format linkedplaces-sample-v1.2.2.geojson.
    const doc = {
      type: 'FeatureCollection',
      '@context':
        'https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld',
      features: [
        {
          '@id': 'http://mygaz.org/places/p_12345',
          type: 'Feature',
          properties: { title: 'Abingdon (UK)', ccodes: ['GB'] },
          geometry: {
            type: 'GeometryCollection',
            geometries: [
              {
                type: 'Point',
                coordinates: [-1.2879, 51.6708],
                when: { timespans: [{ start: { in: '1600' }, end: { in: '1699' } }] },
                certainty: 'certain'
              },
              {
                type: 'Point',
                coordinates: [-1.31, 51.64],
                when: { timespans: [{ start: { in: '1700' } }] },
                certainty: 'uncertain'
              }
            ]
          }
        }
      ]
    };
    const t = readTable(enc(doc), 'sample.geojson');
    expect(t.rows[0].slice(2, 4)).toEqual(['1600', '1700']);
    expect(t.problems.map((p) => [p.field, p.message])).toEqual([
      [
        'when',
        'feature 1 has 2 timespans; the earliest start (1600) and the latest end (1700) are used'
      ],
      ['geometry', 'feature 1 is a GeometryCollection of 2 geometries; its first Point is used']
    ]);
  });

  it('reads a gazetteer without dates, its place types and names, and drops a place without location', () => {
    // LinkedPasts/linked-places-format "example data/indias_lpf_part01.geojson" (no context, namings).
    const doc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          '@id': 'https://www.hgis-indias.net/dokuwiki/doku.php?id=gazetteer:1000003',
          properties: { title: 'Chihuahua', ccode: 'MX' },
          namings: [{ lang: null, toponym: 'Chihuahua', citation: { id: null, label: null } }],
          placetypes: { '@id': 300008347, label: 'Villa', label_aat: 'inhabited place' },
          geometry: {
            type: 'GeometryCollection',
            geometries: [{ type: 'Point', coordinates: [-106.083947, 28.654323] }]
          }
        },
        {
          type: 'Feature',
          '@id': 'https://www.hgis-indias.net/dokuwiki/doku.php?id=gazetteer:0',
          properties: { title: 'Lost', start: '1917' },
          namings: [{ lang: null, toponym: 'Lost', citation: { id: null, label: null } }],
          placetypes: { '@id': 300008347, label: 'Pueblo', label_aat: 'inhabited place' },
          // LPF's "location unknown" (README.md, geometry).
          geometry: { type: 'GeometryCollection', geometries: ['null'] }
        }
      ]
    };
    const t = readTable(enc(doc), 'indias.json');
    expect(t).toMatchObject({
      format: 'lpf',
      header: ['title', 'ccode', 'start', 'id', 'names', 'types', 'lat', 'lon'],
      rows: [
        [
          'Chihuahua',
          'MX',
          '',
          'https://www.hgis-indias.net/dokuwiki/doku.php?id=gazetteer:1000003',
          'Chihuahua',
          'Villa',
          '28.654323',
          '-106.083947'
        ]
      ],
      problems: [
        {
          row: 3,
          field: 'geometry',
          message: 'feature 2 has a GeometryCollection without a geometry it can place',
          dropped: true
        }
      ]
    });
  });

  it('keeps a property named like its own column, and names its column apart', () => {
    const doc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { title: 'Kronstadt', start: 'as written' },
          when: { timespans: [{ start: { in: '1921-03-01' }, end: { in: '1921-03-18' } }] },
          geometry: { type: 'Point', coordinates: [29.77, 59.99] }
        }
      ]
    };
    const t = readTable(enc(doc), 'k.json');
    expect(t.header).toEqual(['title', 'start', 'when start', 'end', 'lat', 'lon']);
    expect(t.rows[0]).toEqual([
      'Kronstadt',
      'as written',
      '1921-03-01',
      '1921-03-18',
      '59.99',
      '29.77'
    ]);
    expect(t.columns).toMatchObject({ date: 2, end: 3 });
  });
});
