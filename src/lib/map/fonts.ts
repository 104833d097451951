/** The bundled Noto Sans files the map draws labels with (Latin, Latin Extended, Cyrillic): no glyph server. */
import type { FontFacesSpecification } from 'maplibre-gl';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import { FONT_REGULAR } from './style';

const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';
const CYRILLIC = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';

/** font-faces for the style, with URLs made absolute against the page. */
export function fontFaces(pageUrl: string): FontFacesSpecification {
  const abs = (u: string) => new URL(u, pageUrl).href;
  return {
    [FONT_REGULAR]: [
      { url: abs(latin), 'unicode-range': LATIN.split(',') },
      { url: abs(latinExt), 'unicode-range': LATIN_EXT.split(',') },
      { url: abs(cyrillic), 'unicode-range': CYRILLIC.split(',') }
    ]
  };
}
