/**
 * Stepping through a lecture as a presenter does, with the clicker's key (ArrowRight) on
 * `/present/<id>`: per scene, from the key to the next scene's first frame of events, and to the
 * scene settled (its time animation over, the camera's flight ended, the map idle, the events
 * drawn). The lecture page is built on MapView, which puts the map in `window.__atlas` as on `/`.
 */
import type { Browser } from '@playwright/test';
import { setTimeout as sleep } from 'node:timers/promises';
import { mapSettled, openSession } from './page-session';
import type { ChromiumCpu } from './probes';
import { stat, type Stat } from './stats';

const SETTLE_MS = 250;
const STEP_TIMEOUT_MS = 60_000;

export interface LectureRun {
  id: string;
  scenes: number;
  /** Scene changes measured (scene 1 → 2 … up to the last, or fewer with `maxSteps`). */
  steps: number;
  keyToFirstFrameMs: Stat;
  keyToSettledMs: Stat;
  /** Steps that had not settled after a minute. */
  timedOut: number;
  errors: string[];
}

interface Step {
  keyAt: number;
  firstFrameAt: number;
  settledAt: number;
}

/** Arms the watch over the next scene change; collected with `window.__pending`. */
function armStep(timeoutMs: number): void {
  const a = window.__atlas!;
  const { map, overlay } = a;
  const armedAt = performance.now();
  const keyed = () => window.__probe!.keyAt > armedAt;
  let lastIdle = -1;
  let lastRender = -1;
  let firstDraw = NaN;
  let lastDraw = NaN;
  let done = false;
  const onIdle = () => keyed() && (lastIdle = performance.now());
  const onRender = () => keyed() && (lastRender = performance.now());
  map.on('idle', onIdle);
  map.on('render', onRender);
  const draws = (): Promise<void> =>
    overlay.drawn().then(() => {
      if (done) return;
      if (keyed()) {
        lastDraw = performance.now();
        if (Number.isNaN(firstDraw)) firstDraw = lastDraw;
      }
      return draws();
    });
  draws();
  window.__pending = new Promise<Step>((resolve) => {
    const finish = (settledAt: number) => {
      done = true;
      map.off('idle', onIdle);
      map.off('render', onRender);
      resolve({ keyAt: window.__probe!.keyAt, firstFrameAt: firstDraw, settledAt });
    };
    const check = () => {
      const settled =
        keyed() &&
        !Number.isNaN(firstDraw) &&
        !a.atlas.playing &&
        !map.isMoving() &&
        // The map has not drawn since the key, or went idle after its last frame.
        (lastRender < 0 || lastIdle >= lastRender);
      if (settled) finish(Math.max(lastDraw, lastIdle));
      else if (performance.now() - armedAt > timeoutMs) finish(NaN);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/** Opens `/present/<id>` fresh and steps through its scenes (at most `maxSteps` of them). */
export async function lectureSteps(
  browser: Browser,
  origin: string,
  id: string,
  viewport: { width: number; height: number },
  cpu: ChromiumCpu,
  maxSteps = Infinity
): Promise<LectureRun> {
  const s = await openSession(browser, `${origin}/present/${id}`, viewport, cpu);
  try {
    await mapSettled(s.page);
    const scenes = await s.page.evaluate(() =>
      Number(document.querySelector('[data-testid="progress-mark"]')?.textContent?.split('/')[1])
    );
    const steps: Step[] = [];
    for (let i = 1; i < scenes && steps.length < maxSteps; i++) {
      await sleep(SETTLE_MS);
      await s.page.evaluate(armStep, STEP_TIMEOUT_MS);
      await s.page.keyboard.press('ArrowRight');
      steps.push((await s.page.evaluate(() => window.__pending)) as Step);
    }
    const ok = steps.filter((x) => !Number.isNaN(x.settledAt));
    return {
      id,
      scenes,
      steps: steps.length,
      keyToFirstFrameMs: stat(ok.map((x) => x.firstFrameAt - x.keyAt)),
      keyToSettledMs: stat(ok.map((x) => x.settledAt - x.keyAt)),
      timedOut: steps.length - ok.length,
      errors: s.errors
    };
  } finally {
    await s.close();
  }
}

/** The lectures `/present` lists, from the data it loads (`data/stories.json`). */
export async function lectureIds(origin: string): Promise<string[]> {
  const res = await fetch(`${origin}/data/stories.json`);
  return ((await res.json()) as { id: string }[]).map((x) => x.id);
}
