/**
 * The time slider of the real page as a user drives it: one-day steps with the keyboard on the
 * slider's handle, and playback from its play button.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import {
  mainThreadQuiet,
  metricsDelta,
  type LongTask,
  type Metrics,
  type PageSession
} from './page-session';
import { round, stat, type Stat } from './stats';

/** Pause before each measured tick, so that SwiftShader is not still rasterising the last frame. */
const SETTLE_MS = 250;

export interface TickRun {
  n: number;
  /** Days the slider moved per key press (ArrowRight on the handle: 1). */
  daysPerKey: number;
  taskMs: Stat;
  scriptMs: Stat;
  /** CPU of the renderer's main thread + its worker threads. */
  cpuMs: Stat;
  mainCpuMs: Stat;
  workerCpuMs: Stat;
  gpuCpuMs: Stat;
  /** From the keydown event to the events' canvas drawn with the new day. */
  keyToFrameMs: Stat;
  /** Long tasks (≥ 50 ms) on the main thread over all the ticks. */
  longTasks: number;
  longestTaskMs: number;
}

interface TickFrame {
  keyAt: number;
  frameAt: number;
  day: number;
}

/**
 * Arms the wait for the frame after the next key: the event overlay draws the atlas's layer at a
 * day other than the one drawn now; then one more animation frame and a `setTimeout(0)`, so that
 * everything the page does in reaction to the key has run. Collected with `window.__pending`.
 */
function armFrame(s: PageSession): Promise<void> {
  return s.page.evaluate(() => {
    const a = window.__atlas!;
    const day0 = a.layer.stats.drawnDay;
    window.__pending = new Promise<TickFrame>((resolve) => {
      const timeout = setTimeout(
        () => resolve({ keyAt: window.__probe!.keyAt, frameAt: NaN, day: a.atlas.day }),
        10_000
      );
      const wait = (): Promise<void> =>
        a.overlay.drawn().then(() => {
          if (a.layer.stats.drawnDay === day0) return wait();
          const frameAt = performance.now();
          clearTimeout(timeout);
          requestAnimationFrame(() =>
            setTimeout(() => resolve({ keyAt: window.__probe!.keyAt, frameAt, day: a.atlas.day }))
          );
        });
      wait();
    });
  });
}

/**
 * `n` one-day ticks with ArrowRight on the slider's handle, after one not counted, once the main
 * thread has been free of long tasks for a second.
 */
export async function sliderTicks(s: PageSession, n: number): Promise<TickRun> {
  const { page } = s;
  await mainThreadQuiet(page);
  await page.focus('[data-testid="time-slider"]');
  const day = () => page.evaluate(() => window.__atlas!.atlas.day);
  const tick = async (): Promise<[TickFrame, Metrics]> => {
    await armFrame(s);
    const a = await s.metrics();
    await page.keyboard.press('ArrowRight');
    const frame = (await page.evaluate(() => window.__pending)) as TickFrame;
    return [frame, metricsDelta(a, await s.metrics())];
  };
  await tick(); // warm-up
  const day0 = await day();
  const from = await s.now();
  const ticks: [TickFrame, Metrics][] = [];
  for (let i = 0; i < n; i++) {
    await sleep(SETTLE_MS);
    ticks.push(await tick());
  }
  const tasks = await s.longTasks(from);
  const col = (f: (t: TickFrame, m: Metrics) => number) => stat(ticks.map(([t, m]) => f(t, m)));
  return {
    n,
    daysPerKey: round(((await day()) - day0) / n),
    taskMs: col((_, m) => m.task),
    scriptMs: col((_, m) => m.script),
    cpuMs: col((_, m) => m.cpu.main + m.cpu.worker),
    mainCpuMs: col((_, m) => m.cpu.main),
    workerCpuMs: col((_, m) => m.cpu.worker),
    gpuCpuMs: col((_, m) => m.cpu.gpu),
    keyToFrameMs: col((t) => t.frameAt - t.keyAt),
    longTasks: tasks.length,
    longestTaskMs: round(Math.max(0, ...tasks.map((t) => t.ms)), 0)
  };
}

export interface PlayRun {
  seconds: number;
  /** Days the slider advanced, and the events' canvas frames drawn meanwhile. */
  days: number;
  overlayFrames: number;
  rafFrames: number;
  /**
   * The five longest gaps between animation frames: when each ended (ms after pressing play) and
   * how long it was; the last frame's gap until playback was stopped counts too (`open`), so that
   * a page that stopped drawing shows.
   */
  longestGaps: { atMs: number; ms: number; open?: true }[];
  longTasks: { atMs: number; ms: number; attribution: string }[];
}

/** Presses play (a DOM click on the slider's play button), records `ms` of frames, presses it again. */
export async function playback(s: PageSession, ms: number): Promise<PlayRun> {
  const r = await s.page.evaluate(async (ms) => {
    const a = window.__atlas!;
    const button = document.querySelector<HTMLButtonElement>('[data-testid="play"]')!;
    const times: number[] = [];
    let on = true;
    const frame = (t: number) => {
      times.push(t);
      if (on) requestAnimationFrame(frame);
    };
    const day0 = a.atlas.day;
    const frames0 = a.overlay.stats.frames;
    requestAnimationFrame(frame);
    const t0 = performance.now();
    button.click();
    await new Promise((r) => setTimeout(r, ms));
    button.click();
    on = false;
    const t1 = performance.now();
    return { t0, t1, times, days: a.atlas.day - day0, frames: a.overlay.stats.frames - frames0 };
  }, ms);
  const gaps: { atMs: number; ms: number; open?: true }[] = r.times
    .slice(1)
    .map((t, i) => ({ atMs: round(t - r.t0, 0), ms: t - r.times[i] }));
  const rafFrames = gaps.length;
  const last = r.times.at(-1) ?? r.t0;
  gaps.push({ atMs: round(r.t1 - r.t0, 0), ms: r.t1 - last, open: true });
  const tasks: LongTask[] = await s.longTasks(r.t0, r.t1);
  return {
    seconds: round((r.t1 - r.t0) / 1000),
    days: round(r.days, 1),
    overlayFrames: r.frames,
    rafFrames,
    longestGaps: gaps
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map((g) => ({ ...g, ms: round(g.ms, 1) })),
    longTasks: tasks.map((t) => ({
      atMs: round(t.start - r.t0, 0),
      ms: round(t.ms, 0),
      attribution: t.attribution
    }))
  };
}
