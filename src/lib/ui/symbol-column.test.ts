import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '$lib/model/event-types';
import { eventSymbol } from './symbol-column';

describe('eventSymbol', () => {
  it('takes the shape and colour of the event’s type', () => {
    for (const t of EVENT_TYPES) {
      const s = eventSymbol({ type: t.id, precision: 'day', placeInferred: false });
      expect(s).toEqual({ shape: t.shape, color: t.color, hollow: false, dashed: false });
    }
  });

  it('is hollow unless the day is known, and ringed when the place is inferred', () => {
    expect(eventSymbol({ type: 'strike', precision: 'month', placeInferred: false }).hollow).toBe(
      true
    );
    expect(eventSymbol({ type: 'strike', precision: 'year', placeInferred: true })).toMatchObject({
      hollow: true,
      dashed: true
    });
    expect(eventSymbol({ type: 'strike', precision: 'day', placeInferred: true })).toMatchObject({
      hollow: false,
      dashed: true
    });
  });

  it('draws a type it does not know as eventTypeInfo describes it: a grey circle', () => {
    expect(eventSymbol({ type: 'unknown', precision: 'day', placeInferred: false })).toMatchObject({
      shape: 'circle',
      color: '#777777'
    });
  });
});
