/**
 * Stepping a lecture by touch: a tap steps on (back when it lands on the left fifth of the
 * screen), a quick horizontal swipe steps either way (to the left: on). Touches on controls
 * (buttons, links, menus, the map's controls) and touches of more than one finger do nothing.
 */
import type { Attachment } from 'svelte/attachments';

/** Where and when a touch went down or came up (page px, ms). */
export interface TouchMark {
  x: number;
  y: number;
  t: number;
}

/** Longest a tap or a swipe takes, in ms. */
export const GESTURE_MS = 700;
/** Furthest a tap moves, and least a swipe moves, in px. */
export const TAP_PX = 12;
export const SWIPE_PX = 60;

/** What a touch from `down` to `up` on a screen `width` wide asks for. */
export function gestureStep(
  down: TouchMark,
  up: TouchMark,
  width: number
): 'next' | 'previous' | null {
  if (up.t - down.t > GESTURE_MS) return null;
  const dx = up.x - down.x;
  const dy = up.y - down.y;
  if (Math.abs(dx) <= TAP_PX && Math.abs(dy) <= TAP_PX)
    return down.x < width / 5 ? 'previous' : 'next';
  if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > 2 * Math.abs(dy))
    return dx < 0 ? 'next' : 'previous';
  return null;
}

const CONTROLS = 'button, a, input, select, textarea, summary, details, .maplibregl-ctrl';

/** An attachment that steps on taps and swipes of a finger on the element. */
export function stepGesture(steps: { next: () => void; previous: () => void }): Attachment {
  return (el) => {
    const node = el as HTMLElement;
    let down: TouchMark | null = null;
    const fingers = new Set<number>();
    const start = (e: PointerEvent) => {
      if (e.pointerType !== 'touch') return;
      fingers.add(e.pointerId);
      const onControl = (e.target as Element | null)?.closest(CONTROLS);
      down =
        fingers.size === 1 && !onControl ? { x: e.clientX, y: e.clientY, t: e.timeStamp } : null;
    };
    const end = (e: PointerEvent) => {
      if (e.pointerType !== 'touch') return;
      fingers.delete(e.pointerId);
      if (!down) return;
      const step = gestureStep(
        down,
        { x: e.clientX, y: e.clientY, t: e.timeStamp },
        node.clientWidth
      );
      down = null;
      if (step === 'next') steps.next();
      else if (step === 'previous') steps.previous();
    };
    const cancel = (e: PointerEvent) => {
      if (e.pointerType !== 'touch') return;
      fingers.delete(e.pointerId);
      down = null;
    };
    node.addEventListener('pointerdown', start, true);
    node.addEventListener('pointerup', end, true);
    node.addEventListener('pointercancel', cancel, true);
    return () => {
      node.removeEventListener('pointerdown', start, true);
      node.removeEventListener('pointerup', end, true);
      node.removeEventListener('pointercancel', cancel, true);
    };
  };
}
