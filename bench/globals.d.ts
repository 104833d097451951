/**
 * What the benchmark's pages carry on `window`, beside the atlas's own `__atlas` and
 * `__atlasMaps` (typed in src/lib/testing/atlas-hook.ts) and the bench page's `__bench`
 * (src/routes/bench/bench-api.ts).
 */
export {};

declare global {
  interface Window {
    /** ms since navigation: the map's `load`, and its first `idle` (on the real page: with the events drawn). */
    __mapLoad?: number;
    __firstIdle?: number;
    /** soak: the WebGL contexts lost on purpose, to restore them. */
    __lose?: WEBGL_lose_context[];
    /** soak: the durations of the long tasks seen (ms). */
    __long?: number[];
  }
}

export {};
