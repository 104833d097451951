import { describe, expect, it } from 'vitest';
import { atlasStyle, FONT_REGULAR, type Theme } from './style';
import { SLIDE_TEXT_PX, smallestText, smallestValue, textScale } from './text-size';

const urls = { base: '/', fontFaces: { [FONT_REGULAR]: [{ url: '/f.woff2' }] } };

describe('smallestValue', () => {
  it('takes the smallest branch of each expression', () => {
    expect(smallestValue(12)).toBe(12);
    expect(smallestValue(['*', 1.3, ['case', ['>=', ['get', 'rank'], 2], 15, 11.5]])).toBeCloseTo(
      14.95
    );
    expect(smallestValue(['interpolate', ['linear'], ['zoom'], 3, 10, 8, 14])).toBe(10);
    expect(smallestValue(['step', ['zoom'], 9, 6, 12])).toBe(9);
    expect(smallestValue(['match', ['get', 'k'], 'a', 14, 'b', 13, 17])).toBe(13);
    expect(smallestValue(['get', 'size'])).toBeNull();
  });
});

describe.each<Theme>(['paper', 'projector'])('the %s style on a slide', (theme) => {
  const { layers } = atlasStyle(theme, urls);
  it('draws every label at 18 px or more once scaled', () => {
    const smallest = smallestText(layers);
    expect(smallest).toBeGreaterThan(8);
    expect(smallest! < SLIDE_TEXT_PX).toBe(true);
    expect(smallest! * textScale(layers)).toBeGreaterThanOrEqual(SLIDE_TEXT_PX - 1e-9);
  });
});
