import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '$lib/time/days';
import { parseUrlState, serializeUrlState, type ViewState } from './view-params';

const defaults: ViewState = {
  day: dayFromYmd(1917, 3, 8),
  mode: 'window',
  windowDays: 30,
  speed: 30,
  center: [37.5, 54.5],
  zoom: 4,
  selectedId: null,
  hiddenTypes: [],
  dateStyle: 'both',
  filters: { actors: [], places: [], sources: [] },
  span: null,
  lang: 'en',
  selectedAreaId: null
};

describe('URL state', () => {
  it('round-trips a full view', () => {
    const view: ViewState = {
      day: dayFromYmd(1921, 3, 7),
      mode: 'cumulative',
      windowDays: 14,
      speed: 7,
      center: [29.77, 59.99],
      zoom: 9.5,
      selectedId: 'kronstadt-rising-1921',
      hiddenTypes: ['strike', 'decree'],
      dateStyle: 'os',
      filters: {
        actors: ['Kronstadt sailors', 'Lenin, V. I.'],
        places: ['kronstadt'],
        sources: ['mckay-2013']
      },
      span: { start: dayFromYmd(1921, 2, 1), end: dayFromYmd(1921, 4, 1) },
      lang: 'ru',
      selectedAreaId: 'kronstadt-ice'
    };
    const query = serializeUrlState(view, defaults);
    expect(query).toContain('t=1921-03-07');
    const back = parseUrlState(new URLSearchParams(query), defaults);
    expect(back.problems).toEqual([]);
    expect(back.state).toEqual({ ...view, hiddenTypes: ['decree', 'strike'] });
  });

  it('falls back to defaults and says why for each bad parameter', () => {
    const { state, problems } = parseUrlState(
      new URLSearchParams(
        't=1917-02-30&mode=fast&w=-3&z=99&c=abc&e=<script>&hide=strike,picnic&cal=x'
      ),
      defaults
    );
    expect(state).toEqual({ ...defaults, hiddenTypes: ['strike'] });
    expect(problems).toHaveLength(8);
    const more = parseUrlState(
      new URLSearchParams('span=1921-04-01/1921-02-01&lang=de&place=<x>|kronstadt&area=A B'),
      defaults
    );
    expect(more.state).toEqual({
      ...defaults,
      filters: { actors: [], places: ['kronstadt'], sources: [] }
    });
    expect(more.problems).toHaveLength(4);
    expect(problems[0]).toBe('"t=1917-02-30" is not a date (YYYY-MM-DD); using the default');
  });
});
