/**
 * Draws an exported frame: the map image with the date, the caption and the legend on top, so a
 * PNG or a video frame stands on its own in a slide deck.
 */
import { EVENT_TYPES } from '$lib/model/event-types';
import { SHAPE_PATHS } from '$lib/model/shape-paths';

export interface Overlay {
  date: string;
  title?: string;
  caption?: string;
  /** Types listed in the legend (all when absent). */
  types?: readonly string[];
  credit: string;
}

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const test = line ? `${line} ${word}` : word;
    if (ctx.measureText(test).width > width && line) {
      lines.push(line);
      line = word;
    } else line = test;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Draws the map's layers (bottom first: basemap canvas, events canvas, or one snapshot) scaled to
 * the target canvas, and the overlay on top, sized to the canvas.
 */
export function composeFrame(
  target: HTMLCanvasElement,
  map: CanvasImageSource[],
  overlay: Overlay
): void {
  const ctx = target.getContext('2d')!;
  const W = target.width;
  const H = target.height;
  const u = Math.max(1, H / 540); // text scale: 1 at 960×540
  for (const layer of map) ctx.drawImage(layer, 0, 0, W, H);
  ctx.textBaseline = 'top';
  const font = (px: number, weight = 400) =>
    `${weight} ${Math.round(px * u)}px 'Noto Sans', sans-serif`;

  ctx.font = font(24, 600);
  const dw = ctx.measureText(overlay.date).width;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(12 * u, 12 * u, dw + 20 * u, 38 * u);
  ctx.fillStyle = '#000';
  ctx.fillText(overlay.date, 22 * u, 17 * u);

  if (overlay.title || overlay.caption) {
    const maxW = Math.min(W * 0.62, 620 * u);
    ctx.font = font(15);
    const lines = overlay.caption ? wrap(ctx, overlay.caption, maxW - 24 * u) : [];
    const h = (overlay.title ? 30 : 0) * u + lines.length * 21 * u + 20 * u;
    const y = H - h - 12 * u;
    ctx.fillStyle = 'rgba(255,255,255,0.95)';
    ctx.fillRect(12 * u, y, maxW, h);
    ctx.fillStyle = '#6b2a10';
    ctx.fillRect(12 * u, y, 5 * u, h);
    ctx.fillStyle = '#000';
    let ty = y + 10 * u;
    if (overlay.title) {
      ctx.font = font(19, 600);
      ctx.fillText(overlay.title, 26 * u, ty);
      ty += 30 * u;
    }
    ctx.font = font(15);
    for (const l of lines) {
      ctx.fillText(l, 26 * u, ty);
      ty += 21 * u;
    }
  }

  const types = EVENT_TYPES.filter((t) => !overlay.types || overlay.types.includes(t.id));
  const lh = 20 * u;
  const lw = 150 * u;
  const lx = W - lw - 12 * u;
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(lx, 12 * u, lw, types.length * lh + 12 * u);
  ctx.font = font(13);
  types.forEach((t, i) => {
    const y = 18 * u + i * lh;
    ctx.save();
    ctx.translate(lx + 8 * u, y);
    ctx.scale(u, u);
    ctx.fillStyle = t.color;
    ctx.fill(new Path2D(SHAPE_PATHS[t.shape]));
    ctx.restore();
    ctx.fillStyle = '#000';
    ctx.fillText(t.label, lx + 30 * u, y);
  });

  ctx.font = font(10);
  ctx.fillStyle = 'rgba(0,0,0,0.65)';
  const cw = ctx.measureText(overlay.credit).width;
  ctx.fillText(overlay.credit, W - cw - 8 * u, H - 16 * u);
}

/** A canvas as a PNG blob. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the image could not be encoded'))),
      'image/png'
    )
  );
}
