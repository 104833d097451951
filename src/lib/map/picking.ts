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
