import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '$lib/time/days';
import { nameAt, nameEpoch, placeName, renameDays } from './names';

const ns = (y: number, m: number, d: number) => dayFromYmd(y, m, d);
const petersburg = {
  names: [
    { name: 'St Petersburg', ru: 'Санкт-Петербург', to: ns(1914, 8, 31) },
    { name: 'Petrograd', ru: 'Петроград', from: ns(1914, 8, 31), to: ns(1924, 1, 26) },
    { name: 'Leningrad', from: ns(1924, 1, 26) }
  ]
};

describe('names over time', () => {
  it('switches St Petersburg to Petrograd on 31 August 1914 NS', () => {
    expect(placeName(petersburg, ns(1914, 8, 30))).toBe('St Petersburg');
    expect(placeName(petersburg, ns(1914, 8, 31))).toBe('Petrograd');
    expect(placeName(petersburg, ns(1924, 1, 25))).toBe('Petrograd');
    expect(placeName(petersburg, ns(1924, 1, 26))).toBe('Leningrad');
    expect(placeName(petersburg, ns(1914, 8, 30), 'ru')).toBe('Санкт-Петербург');
    expect(placeName(petersburg, ns(1914, 8, 31), 'ru')).toBe('Петроград');
    expect(placeName(petersburg, ns(1924, 1, 26), 'ru')).toBe('Leningrad'); // no Cyrillic given: falls back
  });

  it('falls back to the nearest period when none covers the day', () => {
    const later = { names: [{ name: 'Dnepropetrovsk', from: ns(1926, 7, 20) }] };
    expect(nameAt(later.names, ns(1917, 1, 1)).name).toBe('Dnepropetrovsk');
  });

  it('knows the days labels change', () => {
    const days = renameDays([petersburg]);
    expect(days).toEqual([ns(1914, 8, 31), ns(1924, 1, 26)]);
    expect(nameEpoch(days, ns(1905, 1, 1))).toBe(0);
    expect(nameEpoch(days, ns(1914, 8, 31))).toBe(1);
    expect(nameEpoch(days, ns(1921, 3, 1))).toBe(1);
  });
});
