/**
 * The event list's symbols, drawn on one canvas beside the rows instead of an SVG in each row. The
 * symbols change with the rows on every slider tick, and an SVG per row cost a layout, a paint and
 * a compositing node each time; a canvas of a few dozen pixels across is redrawn in microseconds.
 * Each symbol is drawn as `ShapeIcon` draws it, from the same paths.
 */
import type { AtlasEvent } from '$lib/model/atlas-data';
import { eventTypeInfo, type Shape } from '$lib/model/event-types';
import { SHAPE_PATHS } from '$lib/model/shape-paths';

/** How an event's symbol looks: the type's shape and colour, hollow, ringed. */
export interface EventSymbol {
  shape: Shape;
  color: string;
  /** Date known only to the month or year: outlined, not filled. */
  hollow: boolean;
  /** Place inferred: a dashed ring around it. */
  dashed: boolean;
}

export function eventSymbol(
  e: Pick<AtlasEvent, 'type' | 'precision' | 'placeInferred'>
): EventSymbol {
  const type = eventTypeInfo(e.type);
  return {
    shape: type.shape,
    color: type.color,
    hollow: e.precision !== 'day',
    dashed: !!e.placeInferred
  };
}

/** Symbol size in CSS pixels, as `ShapeIcon`'s default. */
export const SYMBOL_SIZE = 16;
/** `ShapeIcon`'s view box: 20 units across, starting at −2. */
const UNITS = 20;
const ORIGIN = -2;

const paths = new Map<Shape, Path2D>();
function path(shape: Shape): Path2D {
  let p = paths.get(shape);
  if (!p) paths.set(shape, (p = new Path2D(SHAPE_PATHS[shape])));
  return p;
}

let ring: Path2D | undefined;
/** `ShapeIcon`'s dashed ring: a circle of radius 9 around the symbol's centre. */
function ringPath(): Path2D {
  if (!ring) {
    ring = new Path2D();
    ring.arc(8, 8, 9, 0, 2 * Math.PI);
  }
  return ring;
}

/**
 * Draws `symbols` one above the other, `pitch` CSS pixels apart, the first at the canvas's top
 * left, and sizes the canvas for them at `dpr` device pixels per CSS pixel (its CSS size set too).
 */
export function drawSymbolColumn(
  canvas: HTMLCanvasElement,
  symbols: readonly EventSymbol[],
  pitch: number,
  dpr: number
): void {
  const width = Math.ceil(SYMBOL_SIZE * dpr);
  const height = Math.ceil(symbols.length * pitch * dpr);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  canvas.style.width = `${SYMBOL_SIZE}px`;
  canvas.style.height = `${symbols.length * pitch}px`;
  const g = canvas.getContext('2d');
  if (!g) return;
  g.setTransform(1, 0, 0, 1, 0, 0);
  g.clearRect(0, 0, width, height);
  const scale = (SYMBOL_SIZE / UNITS) * dpr;
  symbols.forEach((s, i) => {
    g.setTransform(scale, 0, 0, scale, -ORIGIN * scale, i * pitch * dpr - ORIGIN * scale);
    if (s.dashed) {
      g.setLineDash([2, 2]);
      g.lineWidth = 1.2;
      g.strokeStyle = '#333';
      g.stroke(ringPath());
      g.setLineDash([]);
    }
    const p = path(s.shape);
    if (!s.hollow) {
      g.fillStyle = s.color;
      g.fill(p);
    }
    g.lineWidth = s.hollow ? 2.2 : 1;
    g.strokeStyle = s.hollow ? s.color : '#fff';
    g.stroke(p);
  });
}
