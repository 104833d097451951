import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSyncMessage } from './sync-message';

describe('parseSyncMessage', () => {
  it('keeps the messages the lecture windows send', () => {
    expect(parseSyncMessage({ kind: 'goto', scene: 3 }, 5)).toEqual({ kind: 'goto', scene: 3 });
    expect(parseSyncMessage({ kind: 'goto', scene: 1 }, 1)).toEqual({ kind: 'goto', scene: 1 });
    expect(parseSyncMessage({ kind: 'black', on: true }, 5)).toEqual({ kind: 'black', on: true });
    expect(parseSyncMessage({ kind: 'black', on: false }, 5)).toEqual({
      kind: 'black',
      on: false
    });
    expect(parseSyncMessage({ kind: 'hello' }, 5)).toEqual({ kind: 'hello' });
  });

  it('drops extra fields from what it keeps', () => {
    expect(parseSyncMessage({ kind: 'goto', scene: 2, evil: '<script>' }, 5)).toEqual({
      kind: 'goto',
      scene: 2
    });
  });

  it.each([
    ['a scene that is not a number', { kind: 'goto', scene: 'abc' }],
    ['a scene given as a numeric string', { kind: 'goto', scene: '2' }],
    ['a fractional scene', { kind: 'goto', scene: 2.5 }],
    ['no scene', { kind: 'goto' }],
    ['a null scene', { kind: 'goto', scene: null }],
    ['scene 0', { kind: 'goto', scene: 0 }],
    ['a scene past the last', { kind: 'goto', scene: 6 }],
    ['a negative scene', { kind: 'goto', scene: -1 }],
    ['NaN', { kind: 'goto', scene: NaN }],
    ['Infinity', { kind: 'goto', scene: Infinity }],
    ['black without a boolean', { kind: 'black', on: 'yes' }],
    ['an unknown kind', { kind: 'explode' }],
    ['a kind from the prototype', { kind: 'toString' }],
    ['no kind', { scene: 2 }],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'goto'],
    ['a number', 3],
    ['an array', [{ kind: 'goto', scene: 2 }]]
  ])('ignores %s', (_, data) => {
    expect(parseSyncMessage(data, 5)).toBeNull();
  });

  it('never throws, and keeps only whole scenes of the lecture', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ kind: fc.constantFrom('goto', 'black', 'hello'), scene: fc.anything() }),
          fc.record({ kind: fc.constant('goto'), scene: fc.double() }),
          fc.record({ kind: fc.constant('goto'), scene: fc.integer({ min: -10, max: 20 }) })
        ),
        fc.integer({ min: 1, max: 12 }),
        (data, scenes) => {
          const m = parseSyncMessage(data, scenes);
          if (m?.kind === 'goto') {
            expect(Number.isInteger(m.scene)).toBe(true);
            expect(m.scene).toBeGreaterThanOrEqual(1);
            expect(m.scene).toBeLessThanOrEqual(scenes);
          } else if (m?.kind === 'black') expect(typeof m.on).toBe('boolean');
          else if (m) expect(m).toEqual({ kind: 'hello' });
        }
      ),
      { numRuns: 2000 }
    );
  });

  it('keeps every whole scene in range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 }), (a, b) => {
        const scenes = Math.max(a, b);
        const scene = Math.min(a, b);
        expect(parseSyncMessage({ kind: 'goto', scene }, scenes)).toEqual({ kind: 'goto', scene });
      })
    );
  });
});

describe('the presenter’s picture and skip', () => {
  it('keeps a skip and a JPEG picture, and drops a picture of anything else', () => {
    expect(parseSyncMessage({ kind: 'skip' }, 5)).toEqual({ kind: 'skip' });
    const image = 'data:image/jpeg;base64,/9j/4AAQ';
    expect(parseSyncMessage({ kind: 'frame', image }, 5)).toEqual({ kind: 'frame', image });
    expect(parseSyncMessage({ kind: 'frame', image: 'javascript:alert(1)' }, 5)).toBeNull();
    expect(parseSyncMessage({ kind: 'frame', image: 3 }, 5)).toBeNull();
  });
});
