/** SVG paths (16×16 box) of the event shapes, for the legend, the list and exported images. */
import type { Shape } from './event-types';

export const SHAPE_PATHS: Record<Shape, string> = {
  circle: 'M8 1.5a6.5 6.5 0 1 0 0.001 0z',
  square: 'M2 2h12v12H2z',
  diamond: 'M8 0.8 15.2 8 8 15.2 0.8 8z',
  triangle: 'M8 1.5 15 14H1z',
  'triangle-down': 'M1 2h14L8 14.5z',
  plus: 'M5.5 1h5v4.5H15v5h-4.5V15h-5v-4.5H1v-5h4.5z',
  cross: 'M3.2 1 8 5.8 12.8 1 15 3.2 10.2 8 15 12.8 12.8 15 8 10.2 3.2 15 1 12.8 5.8 8 1 3.2z',
  star: 'M8 0.8l2 5 5.3.4-4.1 3.4 1.3 5.2L8 12l-4.5 2.8 1.3-5.2L.7 6.2 6 5.8z'
};
