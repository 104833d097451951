import { describe, expect, it } from 'vitest';
import { readLayerChange } from './layer-sync';

describe('readLayerChange', () => {
  it('reads the three changes a tab announces', () => {
    expect(readLayerChange({ kind: 'added', id: 'impmf3k2a1' })).toEqual({
      kind: 'added',
      id: 'impmf3k2a1'
    });
    expect(readLayerChange({ kind: 'removed', id: 'impmf3k2a1', extra: 1 })).toEqual({
      kind: 'removed',
      id: 'impmf3k2a1'
    });
    expect(readLayerChange({ kind: 'visible', id: 'imp1', visible: false })).toEqual({
      kind: 'visible',
      id: 'imp1',
      visible: false
    });
  });

  it('ignores a message of any other shape', () => {
    for (const m of [
      null,
      'removed',
      42,
      [],
      {},
      { kind: 'removed' },
      { kind: 'removed', id: 7 },
      { kind: 'removed', id: '' },
      { kind: 'removed', id: 'x'.repeat(101) },
      { kind: 'removed', id: '<img src=x>' },
      { kind: 'visible', id: 'imp1' },
      { kind: 'visible', id: 'imp1', visible: 'no' },
      { kind: 'goto', id: 'imp1' }
    ])
      expect(readLayerChange(m), JSON.stringify(m)).toBeNull();
  });
});
