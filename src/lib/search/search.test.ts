import { describe, expect, it } from 'vitest';
import type { AtlasEvent, AtlasPlace } from '$lib/model/atlas-data';
import { fold } from './fold';
import { buildIndex, search } from './index';

describe('fold', () => {
  it('brings transliteration variants of one name together', () => {
    const gp = [
      'Gulyai-Polye',
      'Huliaipole',
      'Guliaipole',
      'Gulyaypole',
      'Гуляйполе',
      'Гуляй-Поле',
      'Гуляйполе'
    ].map(fold);
    expect(new Set(gp).size).toBe(1);
    expect(fold('Kharkov')).toBe(fold('Харьков'));
    expect(fold('Kharkiv')).not.toBe(fold('Moscow'));
    expect(fold('Ekaterinoslav')).toBe(fold('Екатеринослав'));
    expect(fold('Yekaterinoslav')).toBe(fold('Ekaterinoslav'));
    expect(fold('Tsaritsyn')).toBe(fold('Царицын'));
    expect(fold('Kronštadt')).toBe(fold('Kronstadt'));
    expect(fold('Alexandrovsk')).toBe(fold('Aleksandrovsk'));
  });
});

const places: AtlasPlace[] = [
  {
    id: 'gulyai-polye',
    kind: 'town',
    names: [{ name: 'Gulyai-Polye', ru: 'Гуляйполе' }],
    modern: 'Huliaipole',
    aliases: [],
    certainty: 'exact',
    lon: 36.3,
    lat: 47.7,
    isArea: false
  },
  {
    id: 'petrograd',
    kind: 'city',
    names: [
      { name: 'St Petersburg', ru: 'Санкт-Петербург', to: 5357 },
      { name: 'Petrograd', ru: 'Петроград', from: 5357 }
    ],
    aliases: [],
    certainty: 'exact',
    lon: 30.3,
    lat: 59.9,
    isArea: false
  }
];
const ev = (id: string, title: string, place: string, actors: string[] = []): AtlasEvent => ({
  id,
  title,
  summary: '',
  type: 'rising',
  start: 0,
  end: 0,
  date: '',
  calendar: 'gregorian',
  precision: 'day',
  approximate: false,
  place,
  placeInferred: false,
  actors,
  casualties: [],
  sources: [],
  lon: 0,
  lat: 0,
  dx: 0,
  dy: 0
});
const index = buildIndex(
  [
    ev('makhno-1918', 'Makhno returns home', 'gulyai-polye', ['Nestor Makhno']),
    ev('bloody-sunday', 'Bloody Sunday', 'petrograd', ['Georgy Gapon'])
  ],
  places
);

describe('search', () => {
  it('finds a place and its events under any spelling, in either script', () => {
    for (const q of ['Huliaipole', 'Guliaipole', 'Gulyai-Polye', 'гуляйполе']) {
      const ids = search(index, q).map((h) => h.id);
      expect(ids[0], q).toBe('gulyai-polye');
      expect(ids, q).toContain('makhno-1918');
    }
  });

  it('matches actors and names of other periods, every word required', () => {
    expect(search(index, 'gapon').map((h) => h.id)).toEqual(['bloody-sunday']);
    expect(search(index, 'St Petersburg').map((h) => h.id)).toEqual(['petrograd', 'bloody-sunday']);
    expect(search(index, 'Петроград sunday').map((h) => h.id)).toEqual(['bloody-sunday']);
    expect(search(index, 'makhno gapon')).toEqual([]);
    expect(search(index, '  ')).toEqual([]);
  });

  it('finds events by their Russian title, summary, actors and subtype', () => {
    const ru = buildIndex(
      [
        {
          ...ev('bloody-sunday', 'Bloody Sunday', 'petrograd', ['Georgy Gapon']),
          subtype: 'shooting',
          summary: 'Troops fire on a procession.',
          titleRu: 'Кровавое воскресенье',
          summaryRu: 'Войска открывают огонь по шествию рабочих.',
          actorsRu: ['Георгий Гапон']
        },
        ev('makhno-1918', 'Makhno returns home', 'gulyai-polye', ['Nestor Makhno'])
      ],
      places
    );
    const ids = (q: string) => search(ru, q).map((h) => h.id);
    expect(ids('кровавое воскресенье')).toEqual(['bloody-sunday']);
    expect(ids('шествию')).toEqual(['bloody-sunday']);
    expect(ids('Гапон')).toEqual(['bloody-sunday']);
    expect(ids('стрельба')).toEqual(['bloody-sunday']);
    expect(ids('Махно')).toEqual(['makhno-1918']);
    expect(ids('воскресенье махно')).toEqual([]);
    // Without the Russian texts, the Russian words find nothing.
    expect(search(index, 'шествию')).toEqual([]);
  });
});
