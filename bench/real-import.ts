/**
 * An import through the atlas's own interface on `/`, timed as a user lives it: the file chosen
 * in the import input, the column mapping shown, its Import button clicked, and the imported
 * events drawn on the map. Records the wall times, the main thread's long tasks, whether the
 * progress indicator was on screen (sampled every 100 ms), the final message and the heaps.
 */
import type { Page } from '@playwright/test';
import type { PageSession } from './page-session';
import { round } from './stats';

export interface ImportRun {
  rows: number;
  /** The imported events were drawn. */
  drawn: boolean;
  /** Why not, if not: the page's message, or a timeout. */
  failure: string | null;
  /** From `setInputFiles` to the mapping form shown (the preview reads the whole file). */
  fileToMappingMs: number | null;
  fileToDrawnMs: number | null;
  clickToDrawnMs: number | null;
  /** Main-thread long tasks (≥ 50 ms) from choosing the file until drawn (or given up). */
  /** Click time after choosing the file (ms); each long task: when it started after that, how long. */
  clickAtMs: number | null;
  longTasks: { count: number; longestMs: number; tasks: { atMs: number; ms: number }[] };
  /** …and in the second after it (the histogram, the list, the collector). */
  longTasksNextSecond: { count: number; longestMs: number };
  /** Share of the 100 ms samples from the click until drawn that showed the progress element. */
  progressShownFraction: number | null;
  progressSamples: number;
  /** The progress element's texts seen, percentages left out (phases, or a warning shown there). */
  progressTexts: string[];
  /** Share of the samples from choosing the file until the mapping form with a message shown. */
  previewMessageFraction: number | null;
  message: string;
  errors: string[];
  heapMB: { page: number; workers: number } | null;
}

/**
 * Resolves with the page's `performance.now()` when the imported events it did not draw at the
 * call are drawn: an imported layer that was not there has points, and an overlay frame has
 * uploaded and drawn them (the overlay draws all its layers in one pass). `null` after `timeoutMs`.
 */
export function importedDrawn(page: Page, timeoutMs: number): Promise<number | null> {
  return page.evaluate((timeoutMs) => {
    const a = window.__atlas!;
    const before = new Set(a.overlay.layers);
    const drawn = () =>
      a.overlay.layers.some(
        (l) =>
          !before.has(l) &&
          l.id.startsWith('imported-') &&
          (l.points?.count ?? 0) > 0 &&
          l.stats.uploads > 0
      );
    return new Promise<number | null>((resolve) => {
      let done = false;
      const timer = setTimeout(() => ((done = true), resolve(null)), timeoutMs);
      const wait = (): Promise<void> =>
        a.overlay.drawn().then(() => {
          if (done) return;
          if (!drawn()) return wait();
          done = true;
          clearTimeout(timer);
          resolve(performance.now());
        });
      wait();
    });
  }, timeoutMs);
}

interface Sample {
  t: number;
  progress: string | null;
  message: string | null;
}

/** The in-page watch over the import panel (see `watchPanel`). */
interface PanelWatch {
  /** When the mapping form appeared (page clock); null if stopped first. */
  mapping: Promise<number | null>;
  /** The panel's message once it says the file was refused or the import failed; null if stopped. */
  failure: Promise<string | null>;
  /** Stops watching; returns the samples. */
  stop(): Sample[];
}

declare global {
  interface Window {
    __watch?: PanelWatch;
  }
}

/**
 * Starts watching the import panel: a sample every 100 ms (is the progress element shown, with
 * what text; the message), the mapping form's appearance (a MutationObserver), a refusal or a
 * failure. Returns the page's `performance.now()` at the start. All of it stops with `stop()`, so
 * nothing of it runs in the page afterwards.
 */
function watchPanel(page: Page): Promise<number> {
  return page.evaluate(() => {
    const samples: Sample[] = [];
    let mappingShown: (t: number | null) => void = () => {};
    let failed: (m: string | null) => void = () => {};
    const mapping = new Promise<number | null>((r) => (mappingShown = r));
    const failure = new Promise<string | null>((r) => (failed = r));
    const visible = (el: Element | null) =>
      !!el && ((el as HTMLElement).checkVisibility?.() ?? !!(el as HTMLElement).offsetParent);
    const observer = new MutationObserver(() => {
      if (document.querySelector('[data-testid="import-mapping"]')) {
        mappingShown(performance.now());
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = setInterval(() => {
      const p = document.querySelector('[data-testid="import-progress"]');
      const m = document.querySelector('[data-testid="import-message"]');
      const message = visible(m) ? (m!.textContent ?? '') : null;
      samples.push({
        t: performance.now(),
        progress: visible(p) ? (p!.querySelector('span')?.textContent ?? '') : null,
        message
      });
      if (message && /^(Cannot import|Import failed|Import cancelled)/.test(message))
        failed(message);
    }, 100);
    const w: PanelWatch = {
      mapping,
      failure,
      stop() {
        clearInterval(timer);
        observer.disconnect();
        mappingShown(null);
        failed(null);
        return samples;
      }
    };
    window.__watch = w;
    return performance.now();
  });
}

/** Resolves with null after `ms`, without keeping Node alive for it. */
const soon = (ms: number) => new Promise<null>((r) => setTimeout(() => r(null), ms).unref());

/**
 * Imports `file` (`rows` rows) through the page's interface. Never throws for what the page does:
 * a refusal, a failure, an error or a timeout (`timeoutMs` for the whole import) is recorded.
 */
export async function importThroughUi(
  s: PageSession,
  file: string,
  rows: number,
  timeoutMs: number
): Promise<ImportRun> {
  const { page } = s;
  const errors0 = s.errors.length;
  const deadline = Date.now() + timeoutMs;
  const left = () => Math.max(1, deadline - Date.now());
  // A user opens the panel to reach its "Import a file…" button; the input is inside it.
  await page.$eval('[data-testid="import-input"]', (input) => {
    const details = input.closest('details');
    if (details) details.open = true;
  });
  const drawnAt = importedDrawn(page, timeoutMs).catch(() => null);
  const fileAt = await watchPanel(page);
  const failure$ = page.evaluate(() => window.__watch!.failure).catch(() => null);
  let failure: string | null = null;
  let mappingAt: number | null = null;
  let clickAt: number | null = null;
  let drawn: number | null = null;

  await page.getByTestId('import-input').setInputFiles(file);
  const mapping$ = page.evaluate(() => window.__watch!.mapping).catch(() => null);
  const shown = await Promise.race([mapping$, failure$, soon(left())]);
  if (typeof shown === 'number') {
    mappingAt = shown;
    // A plain DOM click: Playwright's role locators run long tasks of their own in the page.
    clickAt = await page.$eval('[data-testid="import-mapping"] button[type="submit"]', (b) => {
      const t = performance.now();
      (b as HTMLButtonElement).click();
      return t;
    });
    const end = await Promise.race([drawnAt, failure$, soon(left())]);
    if (typeof end === 'number') drawn = end;
    else failure = end ?? `not drawn after ${timeoutMs / 1000} s`;
  } else failure = shown ?? `no mapping form after ${timeoutMs / 1000} s`;

  const samples = await page.evaluate(() => window.__watch!.stop());
  const until = drawn ?? (await s.now());
  const tasks = await s.longTasks(fileAt, until);
  await page.waitForTimeout(1000);
  const next = await s.longTasks(until, until + 1000);
  const message =
    (await page
      .locator('[data-testid="import-message"]')
      .textContent({ timeout: 1000 })
      .catch(() => null)) ?? '';
  const share = (from: number | null, to: number | null, has: (x: Sample) => boolean) => {
    const xs = samples.filter((x) => from !== null && x.t >= from && x.t < (to ?? Infinity));
    return xs.length ? round(xs.filter(has).length / xs.length) : null;
  };
  const progressTexts = [
    ...new Set(samples.flatMap((x) => (x.progress ? [x.progress.replace(/\s*\d+%$/, '')] : [])))
  ];
  const heapMB = await s.heapMB().catch(() => null);
  const longest = (ts: { ms: number }[]) => round(Math.max(0, ...ts.map((t) => t.ms)), 0);
  return {
    rows,
    drawn: drawn !== null,
    failure,
    fileToMappingMs: mappingAt === null ? null : round(mappingAt - fileAt, 0),
    clickAtMs: clickAt === null ? null : round(clickAt - fileAt, 0),
    fileToDrawnMs: drawn === null ? null : round(drawn - fileAt, 0),
    clickToDrawnMs: drawn === null || clickAt === null ? null : round(drawn - clickAt, 0),
    longTasks: {
      count: tasks.length,
      longestMs: longest(tasks),
      tasks: tasks.map((t) => ({ atMs: round(t.start - fileAt, 0), ms: round(t.ms, 0) }))
    },
    longTasksNextSecond: { count: next.length, longestMs: longest(next) },
    progressShownFraction: share(clickAt, drawn, (x) => x.progress !== null),
    progressSamples: samples.filter((x) => clickAt !== null && x.t >= clickAt).length,
    progressTexts,
    previewMessageFraction: share(fileAt, mappingAt, (x) => !!x.message),
    message,
    errors: s.errors.slice(errors0),
    heapMB
  };
}
