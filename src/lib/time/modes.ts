/**
 * How an event shows at a given slider time. This function is the reference for the GPU shader
 * (`map/event-shaders.ts` implements the same rule in GLSL); the list and picking use it directly.
 */

/** instant: events on the date; window: the last N days, fading; cumulative: all so far, older faded. */
export type TimeMode = 'instant' | 'window' | 'cumulative';

export const TIME_MODES: readonly TimeMode[] = ['instant', 'window', 'cumulative'];

/** Opacity an event keeps in cumulative mode once it is over. */
export const CUMULATIVE_FLOOR = 0.3;

/** Mode index used by the shader uniform. */
export function modeIndex(mode: TimeMode): number {
  return TIME_MODES.indexOf(mode);
}

/**
 * Opacity of an event spanning [start, end] (inclusive days) at time `t`: 0 hidden, 1 current.
 * `t` may be fractional during playback.
 */
export function eventOpacity(
  start: number,
  end: number,
  t: number,
  mode: TimeMode,
  windowDays: number
): number {
  if (t < start) return 0;
  if (t < end + 1) return 1;
  const since = t - (end + 1);
  if (mode === 'instant') return 0;
  if (mode === 'window') return since < windowDays ? 1 - since / windowDays : 0;
  return Math.max(CUMULATIVE_FLOOR, 1 - since / Math.max(windowDays, 1));
}

/** True if the event counts as shown at time t (opacity above zero). */
export function isShown(
  start: number,
  end: number,
  t: number,
  mode: TimeMode,
  windowDays: number
): boolean {
  return eventOpacity(start, end, t, mode, windowDays) > 0;
}
