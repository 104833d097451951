/**
 * Keeps the address bar and the atlas's view in step: the view is read from the URL when the page
 * mounts and on Back/Forward, and every change of the view is written back. A change of a row
 * marked `push` in VIEW_PARAMS is a new history entry at once; the continuous ones (the slider's
 * date, the camera) replace the current entry once they settle.
 */
import { onMount, untrack } from 'svelte';
import { pushState, replaceState } from '$app/navigation';
import type { AtlasState } from '$lib/state/atlas-state.svelte';
import { DEFAULT_VIEW, isHistoryChange, parseUrlState, type ViewState } from './view-params';

/** Settling time before a continuous change is written: while scrubbing, and while playing. */
const SETTLE_MS = { scrubbing: 150, playing: 500 };

/**
 * Reads the view from the current URL into `atlas`, with a notice for each bad parameter; once the
 * data and the imports are in, ids they do not hold are dropped and named too (before that, the
 * page checks them when they arrive).
 */
export function readUrl(atlas: AtlasState): void {
  const { state, problems } = parseUrlState(new URLSearchParams(location.search), DEFAULT_VIEW);
  atlas.applyView(state);
  const unknown = atlas.data && atlas.importsRestored ? atlas.dropUnknownIds() : [];
  atlas.notices = [...problems, ...unknown];
}

/** Call from a page's script: reads the URL on mount and on popstate, and writes every change. */
export function syncUrl(atlas: AtlasState): void {
  let ready = $state(false);
  /** The view the URL holds now. */
  let written: ViewState = DEFAULT_VIEW;

  onMount(() => {
    readUrl(atlas);
    written = atlas.view;
    ready = true;
    const onPop = () => {
      readUrl(atlas);
      written = atlas.view;
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  });

  $effect(() => {
    if (!ready) return;
    const query = `?${atlas.url}`;
    const view = untrack(() => atlas.view);
    if (query === location.search) {
      written = view;
      return;
    }
    if (isHistoryChange(written, view, DEFAULT_VIEW)) {
      pushState(query, {});
      written = view;
      return;
    }
    const timer = setTimeout(
      () => {
        replaceState(query, {});
        written = view;
      },
      untrack(() => atlas.playing) ? SETTLE_MS.playing : SETTLE_MS.scrubbing
    );
    return () => clearTimeout(timer);
  });
}
