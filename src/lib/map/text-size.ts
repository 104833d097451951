/**
 * How big the style's text is: the smallest `text-size` any symbol layer can draw (in CSS px at
 * pixel ratio 1), read from the layers' values and expressions, and the scale an image export
 * draws the map at so that no text in it is smaller than a size a projected slide needs.
 */
import type { LayerSpecification } from 'maplibre-gl';

/** Place names and labels on a 1920×1080 slide are at least this many pixels high. */
export const SLIDE_TEXT_PX = 18;

/** MapLibre's default text size, for symbol layers that set none. */
const DEFAULT_TEXT_SIZE = 16;

/**
 * The smallest value an expression (or constant) can give, taking every branch: numbers, `*`
 * (of positive factors), `case`, `match`, `step`, `interpolate` and `coalesce`. Null when it
 * cannot tell (a value read from the data).
 */
export function smallestValue(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (!Array.isArray(value) || typeof value[0] !== 'string') return null;
  const [op, ...args] = value as [string, ...unknown[]];
  const min = (xs: unknown[]) => {
    const vs = xs.map(smallestValue);
    return vs.some((v) => v === null) ? null : Math.min(...(vs as number[]));
  };
  switch (op) {
    case '*': {
      const vs = args.map(smallestValue);
      return vs.some((v) => v === null) ? null : (vs as number[]).reduce((a, b) => a * b, 1);
    }
    case 'case':
      return min([...args.filter((_, i) => i % 2 === 1), args[args.length - 1]]);
    case 'match':
      return min([...args.slice(1).filter((_, i) => i % 2 === 1), args[args.length - 1]]);
    case 'step':
      return min(args.slice(1).filter((_, i) => i % 2 === 0));
    case 'interpolate':
      return min(args.slice(2).filter((_, i) => i % 2 === 1));
    case 'coalesce':
      return min(args);
    default:
      return null;
  }
}

/** The smallest text any symbol layer with text draws; null when a size cannot be told. */
export function smallestText(layers: readonly LayerSpecification[]): number | null {
  let smallest = Infinity;
  for (const l of layers) {
    if (l.type !== 'symbol' || !l.layout?.['text-field']) continue;
    const size = l.layout['text-size'];
    const v = size === undefined ? DEFAULT_TEXT_SIZE : smallestValue(size);
    if (v === null) return null;
    smallest = Math.min(smallest, v);
  }
  return Number.isFinite(smallest) ? smallest : null;
}

/** The pixel ratio that draws the smallest text of `layers` at least `px` high (1 at least). */
export function textScale(layers: readonly LayerSpecification[], px = SLIDE_TEXT_PX): number {
  const smallest = smallestText(layers);
  return smallest ? Math.max(1, px / smallest) : 1;
}
