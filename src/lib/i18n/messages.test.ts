import { describe, expect, it } from 'vitest';
import { EN, RU, TYPE_COVERS_RU, TYPE_LABELS_RU, translate } from './messages';
import { EVENT_TYPE_IDS } from '$lib/model/event-types';

describe('messages', () => {
  it('has a Russian string for every English one, with the same placeholders', () => {
    for (const key of Object.keys(EN) as (keyof typeof EN)[]) {
      expect(RU[key], key).toBeTruthy();
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(RU[key]), key).toEqual(names(EN[key]));
    }
    for (const t of EVENT_TYPE_IDS) expect(TYPE_LABELS_RU[t], t).toBeTruthy();
    for (const t of EVENT_TYPE_IDS) expect(TYPE_COVERS_RU[t], t).toMatch(/[а-я]/);
  });

  it('fills placeholders', () => {
    expect(translate('en', 'list.inWindow', { n: 30 })).toBe('in the last 30 days');
    expect(translate('ru', 'list.inWindow', { n: 30 })).toBe('за последние 30 дн.');
  });
});
