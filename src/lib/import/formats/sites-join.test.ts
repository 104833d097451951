import { describe, expect, it } from 'vitest';
import { joinSites, placeColumn, siteColumns } from './sites-join';

describe('joinSites', () => {
  // Columns as forensic-architecture/timemap docs/configuration.md names them.
  const sites = {
    name: 'export_sites',
    header: ['id', 'description', 'site', 'latitude', 'longitude'],
    rows: [
      ['1', 'Works', 'Putilov works', '59.88', '30.26'],
      ['2', 'Square', 'Znamenskaya Square', '59.93', '30.36']
    ]
  };

  it('gives each event the coordinates of the site it names, matching names without case', () => {
    const events = {
      header: ['date', 'location'],
      rows: [
        ['1917-03-08', ' PUTILOV works '],
        ['1917-03-10', 'Nevsky'],
        ['1917-03-11', 'Znamenskaya Square']
      ]
    };
    expect(joinSites(events, [sites])).toEqual({
      sites: 'export_sites',
      lat: ['59.88', '', '59.93'],
      lon: ['30.26', '', '30.36']
    });
  });

  it('joins nothing to events with coordinates of their own, no place, or no sites that match', () => {
    expect(joinSites({ header: ['date', 'location', 'lat', 'lon'], rows: [] }, [sites])).toBeNull();
    expect(
      joinSites({ header: ['date', 'title'], rows: [['1917', 'Putilov works']] }, [sites])
    ).toBeNull();
    expect(
      joinSites({ header: ['date', 'place'], rows: [['1917', 'Moscow']] }, [sites])
    ).toBeNull();
    const notSites = { name: 'tags', header: ['tag', 'parent'], rows: [['Putilov works', 'x']] };
    expect(
      joinSites({ header: ['date', 'place'], rows: [['1917', 'Putilov works']] }, [notSites])
    ).toBeNull();
  });

  it('finds the columns by their usual names', () => {
    expect(placeColumn(['date', 'Место'])).toBe(1);
    expect(placeColumn(['date', 'place', 'longitude'])).toBe(-1);
    expect(siteColumns(['название', 'широта', 'долгота'])).toEqual({ name: 0, lat: 1, lon: 2 });
    expect(siteColumns(['site', 'lat'])).toBeNull();
  });
});
