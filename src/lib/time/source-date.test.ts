import { describe, expect, it } from 'vitest';
import { dayFromYmd } from './days';
import { resolveSourceDate } from './source-date';

const ns = (y: number, m: number, d: number) => dayFromYmd(y, m, d);

describe('resolveSourceDate', () => {
  it('resolves a Julian day to its New Style day', () => {
    expect(resolveSourceDate('1917-10-25', 'julian')).toEqual({
      start: ns(1917, 11, 7),
      end: ns(1917, 11, 7)
    });
  });

  it('spans a whole month or year in the source calendar', () => {
    expect(resolveSourceDate('1917-10', 'julian')).toEqual({
      start: ns(1917, 10, 14),
      end: ns(1917, 11, 13)
    });
    expect(resolveSourceDate('1921', 'gregorian')).toEqual({
      start: ns(1921, 1, 1),
      end: ns(1921, 12, 31)
    });
  });

  it('resolves ranges of mixed precision', () => {
    expect(resolveSourceDate('1920-08/1921-06', 'gregorian')).toEqual({
      start: ns(1920, 8, 1),
      end: ns(1921, 6, 30)
    });
  });

  it('explains what is wrong', () => {
    expect(resolveSourceDate('1921-02-30', 'gregorian')).toMatch(/does not exist/);
    expect(resolveSourceDate('1900-02-29', 'gregorian')).toMatch(/does not exist/);
    expect(resolveSourceDate('1900-02-29', 'julian')).toEqual({
      start: ns(1900, 3, 13),
      end: ns(1900, 3, 13)
    });
    expect(resolveSourceDate('March 1921', 'gregorian')).toMatch(/is not YYYY/);
    expect(resolveSourceDate('1921-03-18/1921-03-01', 'gregorian')).toMatch(/ends before/);
    expect(resolveSourceDate('1921-13', 'gregorian')).toMatch(/no month/);
  });
});
