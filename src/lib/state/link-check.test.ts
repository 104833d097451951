import { describe, expect, it } from 'vitest';
import { checkLinkedIds, type KnownIds } from './link-check';
import { NO_FILTERS } from './view-params';

const known: KnownIds = {
  event: (id) => id === 'bloody-sunday-1905',
  area: (id) => id === 'tambov-governorate',
  place: (id) => id === 'petrograd' || id === 'moscow',
  source: (id) => id === 'guerin-1970',
  actor: (name) => name.toLowerCase() === 'voline'
};
const none = { selectedId: null, selectedAreaId: null, filters: NO_FILTERS };

describe('checkLinkedIds', () => {
  it('leaves a view of known ids alone', () => {
    const view = {
      selectedId: 'bloody-sunday-1905',
      selectedAreaId: 'tambov-governorate',
      filters: { actors: ['Voline'], places: ['petrograd'], sources: ['guerin-1970'] }
    };
    expect(checkLinkedIds(view, known)).toEqual({ fix: {}, problems: [] });
  });

  it('drops an unknown area and says so', () => {
    expect(checkLinkedIds({ ...none, selectedAreaId: 'no-such-area' }, known)).toEqual({
      fix: { selectedAreaId: null },
      problems: ['no area "no-such-area" in this data version']
    });
  });

  it('drops an unknown event and says so', () => {
    const r = checkLinkedIds({ ...none, selectedId: 'x-1900' }, known);
    expect(r.fix).toEqual({ selectedId: null });
    expect(r.problems).toEqual(['no event "x-1900" in this data version']);
  });

  it('keeps the known filter values and names the unknown ones', () => {
    const r = checkLinkedIds(
      {
        ...none,
        filters: { actors: ['Voline', 'Nobody'], places: ['x', 'moscow'], sources: ['y'] }
      },
      known
    );
    expect(r.fix).toEqual({
      filters: { actors: ['Voline'], places: ['moscow'], sources: [] }
    });
    expect(r.problems).toEqual(['no actor "Nobody"', 'no place "x"', 'no source "y"']);
  });
});
