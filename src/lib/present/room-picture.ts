/**
 * A small picture of what the room sees, for the presenter's window: the map's canvases (the
 * map's, then the events' over it) drawn into one canvas `width` pixels wide, as a JPEG data URL
 * that crosses the presenter channel in one message.
 */
export function roomPicture(canvases: readonly HTMLCanvasElement[], width = 480): string | null {
  const [bottom] = canvases;
  if (!bottom || bottom.width === 0 || bottom.height === 0) return null;
  const out = document.createElement('canvas');
  out.width = width;
  out.height = Math.round((bottom.height / bottom.width) * width);
  const ctx = out.getContext('2d');
  if (!ctx) return null;
  for (const c of canvases) ctx.drawImage(c, 0, 0, out.width, out.height);
  return out.toDataURL('image/jpeg', 0.75);
}

/** Sends a room picture every `ms` milliseconds until stopped. */
export function sendRoomPictures(
  canvases: () => readonly HTMLCanvasElement[],
  send: (image: string) => void,
  ms = 1000
): () => void {
  const tick = () => {
    const image = roomPicture(canvases());
    if (image) send(image);
  };
  tick();
  const timer = setInterval(tick, ms);
  return () => clearInterval(timer);
}
