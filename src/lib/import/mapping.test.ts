import { describe, expect, it } from 'vitest';
import { guessMapping } from './mapping';

describe('guessMapping', () => {
  it('finds the usual columns in English and Russian', () => {
    expect(guessMapping(['Date', 'City', 'Type', 'Title']).columns).toMatchObject({
      date: 0,
      place: 1,
      type: 2,
      title: 3,
      lat: -1
    });
    expect(guessMapping(['дата', 'город', 'широта', 'долгота']).columns).toMatchObject({
      date: 0,
      place: 1,
      lat: 2,
      lon: 3
    });
  });
});

describe('guessMapping on the headers other tools write', () => {
  it('ACLED: event_date over year, sub-event type, both actors, fatalities, notes', () => {
    const acled =
      'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp'.split(
        ','
      );
    const { columns } = guessMapping(acled);
    const at = (f: keyof typeof columns) => acled[columns[f]];
    expect(at('date')).toBe('event_date');
    expect(at('type')).toBe('event_type');
    expect(at('subtype')).toBe('sub_event_type');
    expect(at('actors')).toBe('actor1');
    expect(at('actors2')).toBe('actor2');
    expect(at('place')).toBe('location');
    expect(at('lat')).toBe('latitude');
    expect(at('lon')).toBe('longitude');
    expect(at('summary')).toBe('notes');
    expect(at('toll')).toBe('fatalities');
  });

  it('kepler.gl: a timestamp and coordinate pairs named by prefix', () => {
    const h = [
      'tpep_pickup_datetime',
      'pickup_longitude',
      'pickup_latitude',
      'dropoff_longitude',
      'dropoff_latitude'
    ];
    const kepler = [
      'id',
      'timestamp',
      'begintrip_lat',
      'begintrip_lng',
      'dropoff_lat',
      'dropoff_lng'
    ];
    const k = guessMapping(kepler).columns;
    expect([kepler[k.date], kepler[k.lat], kepler[k.lon]]).toEqual([
      'timestamp',
      'begintrip_lat',
      'begintrip_lng'
    ]);
    const t = guessMapping(h).columns;
    expect([h[t.lat], h[t.lon]]).toEqual(['pickup_latitude', 'pickup_longitude']);
  });

  it('reads the day order from the date column', () => {
    expect(guessMapping(['date'], [['04/18/2001']]).dayOrder).toBe('mdy');
  });
});

describe('guessMapping on qualified names', () => {
  it('finds dates and coordinates under a prefix or suffix (kepler.gl, Californica)', () => {
    const a = ['gps_data.utc_timestamp', 'gps_data.lat', 'gps_data.lng', 'id'];
    const b = ['uuid', 'gps_lat', 'gps_lng', 'gps_speed', 'gps_timestamp'];
    const c = ['Title', 'Date.normalized', 'Description.longitude', 'Description.latitude'];
    const at = (h: string[]) => {
      const m = guessMapping(h).columns;
      return [h[m.date], h[m.lat], h[m.lon]];
    };
    expect(at(a)).toEqual(['gps_data.utc_timestamp', 'gps_data.lat', 'gps_data.lng']);
    expect(at(b)).toEqual(['gps_timestamp', 'gps_lat', 'gps_lng']);
    expect(at(c)).toEqual(['Date.normalized', 'Description.latitude', 'Description.longitude']);
  });
});
