/** What the map view offers for exports: still images and frame-by-frame rendering. */
export interface MapCapture {
  /** A copy of the map once idle, at its size or at `size` (CSS pixels) for the shot. */
  snapshot(size?: { width: number; height: number }): Promise<HTMLCanvasElement>;
  /** Resolves when the map has drawn everything it has to. */
  idle(): Promise<void>;
  /** The live canvases, bottom first: the map's, then the events' over it (for video frames). */
  canvases(): HTMLCanvasElement[];
}
