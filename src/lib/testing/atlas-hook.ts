/**
 * For init scripts (the benchmark's, the browser tests'): JavaScript, as a string, that runs
 * `body` with `v` bound to what MapView puts in `window.__atlas` ({ map, layer, overlay, atlas })
 * the moment it does, right after it created the map and before its first frame. A string
 * because the page runs it before its own scripts (and tsx would wrap a function's inner
 * functions in a helper the page does not have).
 */
export function onAtlas(body: string): string {
  return `
  let store;
  Object.defineProperty(window, '__atlas', {
    configurable: true,
    get: () => store,
    set(v) {
      store = v;
      ${body}
    }
  });
`;
}
