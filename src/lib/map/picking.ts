/** Finding the event under the pointer: the nearest shown event within a radius, in screen pixels. */

export interface ScreenPoint {
  x: number;
  y: number;
}

/**
 * Index (into `candidates`) of the point nearest to `at` within `radius` px, or -1.
 * Later candidates win ties, as they are drawn on top.
 */
export function nearestWithin(
  candidates: readonly ScreenPoint[],
  at: ScreenPoint,
  radius: number
): number {
  let best = -1;
  let bestD = radius * radius;
  for (let i = 0; i < candidates.length; i++) {
    const dx = candidates[i].x - at.x;
    const dy = candidates[i].y - at.y;
    const d = dx * dx + dy * dy;
    if (d <= bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

/**
 * Indices (into `candidates`) of the stack under `at`: the nearest point within `radius` px and
 * every point within `stackRadius` px of it, topmost (latest) first; empty when none is near.
 */
export function stackAt(
  candidates: readonly ScreenPoint[],
  at: ScreenPoint,
  radius: number,
  stackRadius: number
): number[] {
  const best = nearestWithin(candidates, at, radius);
  if (best < 0) return [];
  const c = candidates[best];
  const out: number[] = [];
  for (let i = candidates.length - 1; i >= 0; i--) {
    const dx = candidates[i].x - c.x;
    const dy = candidates[i].y - c.y;
    if (dx * dx + dy * dy <= stackRadius * stackRadius) out.push(i);
  }
  return out;
}
