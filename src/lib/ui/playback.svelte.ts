/** Drives playback: while `atlas.playing`, advances the slider every animation frame. */
import type { AtlasState } from '$lib/state/atlas-state.svelte';

/** Call during a component's initialisation; the loop stops with the component. */
export function playback(atlas: AtlasState): void {
  $effect(() => {
    if (!atlas.playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      atlas.advance(Math.min(0.25, (now - last) / 1000));
      last = now;
      if (atlas.playing) frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  });
}
