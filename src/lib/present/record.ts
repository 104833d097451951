/**
 * Recording an animation to a WebM video: the slider is stepped frame by frame, each frame is
 * drawn with its overlay onto a canvas, and the canvas is encoded (WebCodecs, through mediabunny)
 * with the frame's time in the plan as its timestamp. A frame that takes the machine a second to
 * draw still lasts 1/fps in the file, so the video lasts what was planned, however fast the
 * machine is (a MediaRecorder stamps frames by the wall clock).
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

/** How long the video of `plan` lasts, in seconds: each frame 1/fps. */
export function planSeconds(plan: Pick<RecordPlan, 'frames' | 'fps'>): number {
  return plan.frames.length / plan.fps;
}

/** Frame `k`'s place in the video, in seconds: its start and how long it shows. */
export function frameTime(k: number, fps: number): { timestamp: number; duration: number } {
  return { timestamp: k / fps, duration: 1 / fps };
}

/** Can this browser encode video frames it is given (WebCodecs)? */
export function canRecordVideo(): boolean {
  return typeof VideoEncoder !== 'undefined' && typeof VideoFrame !== 'undefined';
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
  if (!canRecordVideo()) throw new Error('this browser cannot encode video (no WebCodecs)');
  const { BufferTarget, CanvasSource, Output, WebMOutputFormat, getFirstEncodableVideoCodec } =
    await import('mediabunny');
  // VP8 first: encoded in software, VP9 took several times as long a frame.
  const codec = await getFirstEncodableVideoCodec(['vp8', 'vp9'], {
    width: plan.width,
    height: plan.height
  });
  if (!codec) throw new Error('this browser cannot encode WebM video (neither VP9 nor VP8)');
  const canvas = document.createElement('canvas');
  canvas.width = plan.width;
  canvas.height = plan.height;
  const target = new BufferTarget();
  const output = new Output({ format: new WebMOutputFormat(), target });
  const source = new CanvasSource(canvas, {
    codec,
    bitrate: 4_000_000,
    // The encoder's fast settings: the frames wait for no clock, so this changes speed, not timing.
    latencyMode: 'realtime'
  });
  output.addVideoTrack(source, { frameRate: plan.fps });
  await output.start();
  try {
    for (let k = 0; k < plan.frames.length; k++) {
      if (signal.aborted) throw createAbortError();
      const f = plan.frames[k];
      f.camera?.();
      setDay(f.day);
      await capture.idle();
      composeFrame(canvas, capture.canvases(), f.overlay);
      const { timestamp, duration } = frameTime(k, plan.fps);
      await source.add(timestamp, duration);
      onProgress((k + 1) / plan.frames.length);
    }
    source.close();
    await output.finalize();
  } catch (e) {
    await output.cancel().catch(() => {});
    throw e;
  }
  return new Blob([target.buffer!], { type: 'video/webm' });
}
