/**
 * Recording an animation to a WebM video: the slider is stepped frame by frame, each frame is
 * drawn with its overlay onto a canvas whose stream a MediaRecorder encodes.
 */
import { createAbortError } from '$lib/abort';
import type { MapCapture } from '$lib/map/capture';
import { composeFrame, type Overlay } from './compose';

export interface RecordPlan {
  /** One entry per video frame: the day to show and the overlay to draw. */
  frames: { day: number; overlay: Overlay; camera?: () => void }[];
  fps: number;
  width: number;
  height: number;
}

/** Frames for playing `from` → `to` at `speed` days per second of video. */
export function rangeFrames(
  from: number,
  to: number,
  speed: number,
  fps: number,
  overlay: (day: number) => Overlay
): RecordPlan['frames'] {
  const n = Math.max(2, Math.ceil(((to - from) / speed) * fps) + 1);
  return Array.from({ length: n }, (_, k) => {
    const day = from + ((to - from) * k) / (n - 1);
    return { day, overlay: overlay(day) };
  });
}

/** The first MediaRecorder type this browser can write. */
export function videoType(): string | null {
  if (typeof MediaRecorder === 'undefined') return null;
  return (
    ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm', 'video/mp4'].find((t) =>
      MediaRecorder.isTypeSupported(t)
    ) ?? null
  );
}

/**
 * Records `plan`. `setDay` moves the atlas; `onProgress(0..1)`; `signal` cancels (the promise
 * then rejects with an AbortError, see `$lib/abort`, and nothing is kept).
 */
export async function recordVideo(
  capture: MapCapture,
  plan: RecordPlan,
  setDay: (day: number) => void,
  onProgress: (fraction: number) => void,
  signal: AbortSignal
): Promise<Blob> {
  const type = videoType();
  if (!type) throw new Error('this browser cannot record video (no MediaRecorder)');
  const canvas = document.createElement('canvas');
  canvas.width = plan.width;
  canvas.height = plan.height;
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as MediaStreamTrack & { requestFrame?: () => void };
  const recorder = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: 4_000_000 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => e.data.size && chunks.push(e.data);
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
  recorder.start(250);
  const frameMs = 1000 / plan.fps;
  try {
    for (let k = 0; k < plan.frames.length; k++) {
      if (signal.aborted) throw createAbortError();
      const f = plan.frames[k];
      f.camera?.();
      setDay(f.day);
      const t0 = performance.now();
      await capture.idle();
      composeFrame(canvas, capture.canvases(), f.overlay);
      track.requestFrame?.();
      onProgress((k + 1) / plan.frames.length);
      const wait = frameMs - (performance.now() - t0);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  } finally {
    recorder.stop();
    await stopped;
    stream.getTracks().forEach((t) => t.stop());
  }
  return new Blob(chunks, { type: type.split(';')[0] });
}
