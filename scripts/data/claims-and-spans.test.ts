import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems';
import { readGeodata } from './read-geodata';
import { validateGeodata, type GeodataInput } from './validate';
import { GOOD_SOURCES, placeFeature } from './validate.fixtures';

/** A square area round Moscow, shown from 1 May to 31 July 1918. */
const AREA = {
  type: 'Feature',
  id: 'rising-area',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [37, 55],
        [38, 55],
        [38, 56],
        [37, 56],
        [37, 55]
      ]
    ]
  },
  properties: {
    id: 'rising-area',
    kind: 'area',
    names: [{ name: 'Rising' }],
    certainty: 'approximate',
    from: '1918-05-01',
    to: '1918-07-31'
  }
};
const PLACES = {
  type: 'FeatureCollection',
  features: [placeFeature('moscow', [37.62, 55.75]), placeFeature('tver', [35.9, 56.86]), AREA]
};

/** An event at `place` over `date` (a month, a day or a range of days, New Style). */
function event(id: string, date: string, extra = '', place = 'moscow'): string {
  const month = /^\d{4}-\d{2}$/.test(date);
  const [first, last] = date.split('/');
  const [y, m] = date.split('-').map(Number);
  const end = month ? `${date}-${new Date(Date.UTC(y, m, 0)).getUTCDate()}` : (last ?? first);
  return `- id: ${id}
  title: Event ${id}
  summary: Something happens.
  type: repression
  date: "${date}"
  calendar: gregorian
  precision: ${month ? 'month' : 'day'}
  start: ${month ? `${date}-01` : first}
  end: ${end}
  place: ${place}
${extra}`;
}

const CITE = '  sources:\n    - { id: tabor-2017, line: 12 }\n';

function run(events: string): string[] {
  const input: GeodataInput = {
    sources: { path: 'geodata/sources.json', text: JSON.stringify([GOOD_SOURCES[0]]) },
    places: { path: 'geodata/places.geojson', text: JSON.stringify(PLACES) },
    events: [{ path: 'geodata/events/1918.yaml', text: events }]
  };
  return validateGeodata(input).problems.map(formatProblem);
}

describe('competing claims are the source’s own', () => {
  it('refuses a dated claim without a note saying where the line gives it', () => {
    const claim = (note: string) =>
      `  sources:\n    - { id: tabor-2017, line: 12, date: "1918-06-15"${note} }\n`;
    expect(run(event('a', '1918-06-14', claim(''), 'tver'))).toEqual([
      'geodata/events/1918.yaml:1 [a] sources[0].note: is needed: a competing date (1918-06-15) must be one the cited line gives, and the note says where in the line'
    ]);
    expect(run(event('a', '1918-06-14', claim(', note: "second sentence"'), 'tver'))).toEqual([]);
  });

  it('refuses an event resting on general knowledge without a note naming what it rests on', () => {
    expect(run(event('a', '1918-06-14', `${CITE}  general_knowledge: true\n`, 'tver'))).toEqual([
      'geodata/events/1918.yaml:1 [a] note: is needed: general_knowledge says the cited lines do not state the event, so the note must name what it rests on'
    ]);
    const noted = `${CITE}  general_knowledge: true\n  note: the standard histories date it.\n`;
    expect(run(event('a', '1918-06-14', noted, 'tver'))).toEqual([]);
  });
});

describe('tolls are the event’s own', () => {
  const toll = (covers = '') =>
    `  casualties:\n    - { count: 800, kind: executed, source: tabor-2017, line: 12${covers} }\n${CITE}`;
  it('refuses one toll on two events unless each says what it covers', () => {
    const two = event('a', '1918-06-14', toll(), 'tver') + event('b', '1918-06-15', toll(), 'tver');
    expect(run(two)).toEqual([
      'geodata/events/1918.yaml:1 [a] casualties[0].covers: is needed: the same toll (800 executed) is given on b, so say what it covers',
      'geodata/events/1918.yaml:15 [b] casualties[0].covers: is needed: the same toll (800 executed) is given on a, so say what it covers'
    ]);
    const covered = toll(', covers: "the whole operation"');
    expect(
      run(event('a', '1918-06-14', covered, 'tver') + event('b', '1918-06-15', covered, 'tver'))
    ).toEqual([]);
  });
});

describe('areas and their events agree in time', () => {
  it('refuses an event in a timed area that runs beyond its span, and passes one inside', () => {
    expect(run(event('inside', '1918-06', CITE))).toEqual([]);
    expect(run(event('last-day', '1918-07', CITE))).toEqual([]);
    expect(run(event('before-it', '1918-04-30', CITE))).toEqual([]);
    expect(run(event('across', '1918-07-20/1918-08-31', CITE))).toEqual([
      'geodata/events/1918.yaml:1 [across] end: runs 1918-07-20–1918-08-31, beyond the span of the area "rising-area" it lies in (1918-05-01–1918-07-31): make the two agree'
    ]);
    expect(run(event('early', '1918-04-20/1918-05-02', CITE))).toEqual([
      'geodata/events/1918.yaml:1 [early] start: runs 1918-04-20–1918-05-02, beyond the span of the area "rising-area" it lies in (1918-05-01–1918-07-31): make the two agree'
    ]);
    // Outside the polygon the area's span does not matter.
    expect(run(event('elsewhere', '1918-07-20/1918-08-31', CITE, 'tver'))).toEqual([]);
  });
});

describe('the real data', () => {
  const { data } = validateGeodata(readGeodata());
  const byId = new Map(data.events.map((e) => [e.id, e]));

  it('marks the events no cited line states, and scopes the April 1918 executions', () => {
    for (const id of [
      'kronstadt-mutiny-1905-10',
      'mensheviks-srs-expelled-from-soviets-moscow-1918-06-14'
    ])
      expect(byId.get(id)?.generalKnowledge, id).toBe(true);
    const raid = byId.get('moscow-anarchist-raids-1918-04-12')!;
    const executed = raid.casualties.find((c) => c.kind === 'executed')!;
    expect(executed.count).toBe(800);
    expect(executed.covers).toMatch(/Petrograd and Moscow/);
    const martial = byId.get('petrograd-martial-law-1921-02-24')!;
    expect(martial.sources.filter((s) => s.date !== undefined)).toEqual([]);
  });

  it('types Lenin’s return and the Tsar’s train as journeys, and puts the Briansk works at Bezhitsa', () => {
    expect(byId.get('finland-station-lenin-returns-1917-04-03')?.type).toBe('journey');
    expect(byId.get('malaya-vishera-tsar-train-turned-back-1917-03-01')?.type).toBe('journey');
    for (const id of ['briansk-works-strikes-1920', 'briansk-works-martial-law-1920'])
      expect(byId.get(id)?.place, id).toBe('bezhitsa');
  });

  it('draws the Altai and Tomsk risings of May 1920 on the map', () => {
    for (const [id, place] of [
      ['altai-rising-1920-05-01', 'barnaul'],
      ['tomsk-rising-1920-05-01', 'tomsk']
    ]) {
      const e = byId.get(id)!;
      expect(e.place).toBe(place);
      expect(e.sources[0]).toMatchObject({ source: 'anarwiki-failures', line: 536 });
      expect(e.lon).toBeGreaterThan(83);
    }
  });

  it('renames Perm, Elisavetgrad and Tiflis on the days of their decrees', () => {
    const places = new Map(data.places.map((p) => [p.id, p]));
    const from = (id: string, name: string) =>
      places.get(id)!.names.find((n) => n.name === name)!.from;
    const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 864e5) + 25567;
    expect(from('perm', 'Molotov')).toBe(day('1940-03-08'));
    expect(from('elisavetgrad', 'Zinovievsk')).toBe(day('1924-08-07'));
    expect(from('tiflis', 'Tbilisi')).toBe(day('1936-08-17'));
  });
});

describe('an area’s note', () => {
  it('travels with the area in both languages, for the area’s panel', () => {
    const { data } = validateGeodata(readGeodata());
    const tambov = data.areas.features.find((f) => f.id === 'tambov-rising-area')!;
    expect(tambov.properties).toMatchObject({
      note: expect.stringMatching(/Tambov, Kirsanov and Borisoglebsk/),
      noteRu: expect.stringMatching(/Тамбовский, Кирсановский и Борисоглебский/)
    });
  });
});
