/**
 * The uncovered part of the map: what is left of the map's box once the things drawn over it
 * (a lecture's date and caption, the legend, the header's buttons, MapLibre's controls, a phone's
 * bottom sheet) are taken away, measured from their boxes on the page. Fitting and flying the
 * camera with the padding or the offset it gives puts the targets where nothing covers them.
 *
 * An element covers the map when it carries `data-covers-map` (anywhere on the page) or is one of
 * MapLibre's controls inside the map's container.
 */

/** A box in page pixels (CSS px, as `getBoundingClientRect` gives them). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Padding for MapLibre's `fitBounds` and friends: pixels kept clear on each side. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The attribute that marks an element drawn over the map. */
export const COVERS_MAP = 'data-covers-map';

/** Pixels kept between a target and the edge of the uncovered part: a mark's radius and the spread that keeps marks at one place apart. */
export const TARGET_MARGIN = 44;

/** Do two boxes overlap (more than touching)? */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** `b` cut to `a`, or null when they do not overlap. */
export function clip(a: Box, b: Box): Box | null {
  if (!overlaps(a, b)) return null;
  return {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom)
  };
}

/**
 * The largest box inside `area` that overlaps none of `covers` (boxes outside `area` are
 * ignored). Every maximal free box has each edge on the area's edge or on a cover's opposite edge,
 * so those edges are the only candidates tried. With nothing free (the whole map covered) the
 * area itself is returned.
 */
export function largestUncovered(area: Box, covers: readonly Box[]): Box {
  const inside = covers.map((c) => clip(area, c)).filter((c): c is Box => c !== null);
  if (inside.length === 0) return { ...area };
  const lefts = [area.left, ...inside.map((c) => c.right)];
  const rights = [area.right, ...inside.map((c) => c.left)];
  const tops = [area.top, ...inside.map((c) => c.bottom)];
  const bottoms = [area.bottom, ...inside.map((c) => c.top)];
  let best: Box | null = null;
  let bestArea = 0;
  for (const left of lefts)
    for (const right of rights) {
      if (right <= left) continue;
      for (const top of tops)
        for (const bottom of bottoms) {
          if (bottom <= top) continue;
          const size = (right - left) * (bottom - top);
          if (size <= bestArea) continue;
          const box = { left, top, right, bottom };
          if (inside.some((c) => overlaps(box, c))) continue;
          best = box;
          bestArea = size;
        }
    }
  return best ?? { ...area };
}

/**
 * The padding that keeps targets inside `free` (a part of `area`), `margin` pixels in from its
 * edges where there is room for that.
 */
export function paddingFor(area: Box, free: Box, margin = TARGET_MARGIN): Padding {
  const mx = Math.min(margin, Math.max(0, (free.right - free.left) / 4));
  const my = Math.min(margin, Math.max(0, (free.bottom - free.top) / 4));
  return {
    top: Math.round(free.top - area.top + my),
    right: Math.round(area.right - free.right + mx),
    bottom: Math.round(area.bottom - free.bottom + my),
    left: Math.round(free.left - area.left + mx)
  };
}

/** The offset from the area's centre to the free box's centre: where `flyTo` puts its centre. */
export function offsetFor(area: Box, free: Box): [number, number] {
  return [
    Math.round((free.left + free.right - area.left - area.right) / 2),
    Math.round((free.top + free.bottom - area.top - area.bottom) / 2)
  ];
}

/** Is the point (page px) inside `free`, at least `margin` in from its edges where there is room? */
export function isInside(free: Box, x: number, y: number, margin = TARGET_MARGIN): boolean {
  const mx = Math.min(margin, (free.right - free.left) / 4);
  const my = Math.min(margin, (free.bottom - free.top) / 4);
  return x >= free.left + mx && x <= free.right - mx && y >= free.top + my && y <= free.bottom - my;
}

const box = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

/** The boxes of the visible elements drawn over the map in `container`. */
export function coveringBoxes(container: HTMLElement): Box[] {
  const els = [
    ...document.querySelectorAll<HTMLElement>(`[${COVERS_MAP}]`),
    ...container.querySelectorAll<HTMLElement>('.maplibregl-ctrl')
  ];
  const out: Box[] = [];
  for (const el of els) {
    if (el.closest('[hidden]') || getComputedStyle(el).visibility === 'hidden') continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) out.push(box(r));
  }
  return out;
}

/** The map's box and its uncovered part, measured now. */
export function measure(container: HTMLElement): { area: Box; free: Box } {
  const area = box(container.getBoundingClientRect());
  return { area, free: largestUncovered(area, coveringBoxes(container)) };
}
