/**
 * One of the atlas's pages (`/`, `/present/<id>`) opened fresh for the real-page benchmark, with
 * what it is measured by: a long-task observer and the time of the last key press (installed
 * before the page's own scripts), CDP's main-thread task and script time, Chromium's CPU per
 * thread group (/proc), and the JS heaps of the page and its workers.
 */
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { mapIdle } from '../scripts/map-drawn';
import { cpuDelta, WorkerSessions, type ChromiumCpu, type CpuTimes } from './probes';
import { round } from './stats';

/** A long task the page saw (PerformanceObserver 'longtask'); times in ms, page clock. */
export interface LongTask {
  start: number;
  ms: number;
  /** What Chromium attributes it to (usually just "self"), if anything. */
  attribution: string;
}

/** What the init script keeps on `window.__probe`. */
export interface PageProbe {
  longTasks: LongTask[];
  /** `timeStamp` of the last keydown (page clock), NaN before any. */
  keyAt: number;
}

declare global {
  interface Window {
    __probe?: PageProbe;
    /** What the in-page waits of the real-page benchmark leave for the runner to collect. */
    __pending?: Promise<unknown>;
  }
}

/** Main-thread task and script time (CDP, thread time) and CPU per thread group, in ms. */
export interface Metrics {
  task: number;
  script: number;
  cpu: CpuTimes;
}

/** Runs in the page before its own scripts. */
function installProbe(): void {
  const probe: PageProbe = { longTasks: [], keyAt: NaN };
  window.__probe = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const attribution = (
        (e as PerformanceEntry & { attribution?: PerformanceEntry[] }).attribution ?? []
      )
        .map((a) => {
          const t = a as PerformanceEntry & { containerType?: string; containerSrc?: string };
          return [a.name, t.containerType, t.containerSrc].filter(Boolean).join(' ');
        })
        .join('; ');
      probe.longTasks.push({ start: e.startTime, ms: e.duration, attribution });
    }
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('keydown', (e) => (probe.keyAt = e.timeStamp), { capture: true });
}

/**
 * The init script. tsx compiles named functions inside a function into `__name(fn, "fn")` calls,
 * which a function serialised into the page would then miss; `__name` is defined here as the
 * identity, so that the in-page functions of these modules can be written as ordinary code.
 */
const INIT_SCRIPT = `window.__name = (f) => f;\n(${installProbe.toString()})();`;

export interface PageSession {
  page: Page;
  context: BrowserContext;
  cdp: CDPSession;
  /** Page errors and console errors, as they came. */
  errors: string[];
  metrics(): Promise<Metrics>;
  /** JS heap plus array buffers of the page and of its workers, in MB, after a GC in each. */
  heapMB(): Promise<{ page: number; workers: number }>;
  /** Long tasks whose start lies in [from, to) (page clock). */
  longTasks(from: number, to?: number): Promise<LongTask[]>;
  /** The page's `performance.now()`. */
  now(): Promise<number>;
  close(): Promise<void>;
}

export async function openSession(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  cpu: ChromiumCpu
): Promise<PageSession> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  const cdp = await context.newCDPSession(page);
  const workers = new WorkerSessions(cdp);
  await workers.attach();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url);
  cpu.discover();
  const mb = (b: number) => round(b / 2 ** 20, 1);
  return {
    page,
    context,
    cdp,
    errors,
    async metrics() {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
      return { task: get('TaskDuration'), script: get('ScriptDuration'), cpu: cpu.sample() };
    },
    async heapMB() {
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const w = await workers.heaps();
      return {
        page: mb(heap.usedSize + (heap.backingStorageSize ?? 0)),
        workers: mb(w.used + w.backing)
      };
    },
    longTasks: (from, to = Infinity) =>
      page.evaluate(
        ([from, to]) => window.__probe!.longTasks.filter((t) => t.start >= from && t.start < to),
        [from, to] as const
      ),
    now: () => page.evaluate(() => performance.now()),
    close: () => context.close()
  };
}

export function metricsDelta(a: Metrics, b: Metrics): Metrics {
  return { task: b.task - a.task, script: b.script - a.script, cpu: cpuDelta(a.cpu, b.cpu) };
}

/** A page is ready when its map is idle and still (see scripts/map-drawn.ts). */
export const mapSettled = (page: Page, timeout = 120_000) =>
  mapIdle(page, { still: true, timeout });

/**
 * The long-task observer's own check: a deliberate 80 ms busy loop must show up in it. Returns
 * the duration it saw (0 if none).
 */
export async function calibrateLongTasks(page: Page): Promise<number> {
  return page.evaluate(async () => {
    await new Promise((r) => setTimeout(r, 50));
    const t = performance.now();
    while (performance.now() - t < 80);
    await new Promise((r) => setTimeout(r, 200));
    const seen = window.__probe!.longTasks.filter((l) => l.start >= t - 5 && l.ms >= 80);
    return seen.length ? Math.max(...seen.map((l) => l.ms)) : 0;
  });
}

/**
 * Waits until no long task has run on the page's main thread for `quietMs` (at most `maxMs`), so
 * that what a load or an import set off has ended before something is measured.
 */
export async function mainThreadQuiet(page: Page, quietMs = 1000, maxMs = 15_000): Promise<void> {
  const until = Date.now() + maxMs;
  while (Date.now() < until) {
    const busy = await page.evaluate((quietMs) => {
      const since = performance.now() - quietMs;
      return window.__probe!.longTasks.some((t) => t.start + t.ms > since);
    }, quietMs);
    if (!busy) return;
    await page.waitForTimeout(250);
  }
}
