/**
 * The real page as a user drives it, with baselines from the same run (`npm run bench`, or alone
 * with `--only=real`): imports of N synthetic CSV rows through the interface of `/` against
 * papaparse reading the same file; one-day slider ticks on `/` without an import and with each
 * import, against the /bench page's `global-state` baseline; playback with the 100k import; and
 * every lecture stepped through with the clicker key. Figures and ratios; nothing is asserted.
 * Each page is opened fresh (a new browser context). See docs/performance.md.
 */
import type { Browser } from '@playwright/test';
import os from 'node:os';
import { lectureIds, lectureSteps, type LectureRun } from './lecture-steps';
import { calibrateLongTasks, mapSettled, openSession, type PageSession } from './page-session';
import { papaparseBaseline, type ParseRun } from './papaparse-baseline';
import { ChromiumCpu } from './probes';
import { importThroughUi, type ImportRun } from './real-import';
import { playback, sliderTicks, type PlayRun, type TickRun } from './slider-ticks';
import { round, stat, type Stat } from './stats';
import { checkCsvImports, writeSyntheticCsv } from './synthetic-csv';

/** A whole import may take this long before it is recorded as timed out. */
const IMPORT_TIMEOUT_MS = 300_000;
/** The size the ratios and playback are taken at. */
const REFERENCE = 100_000;

export interface RealPageOptions {
  origin: string;
  viewport: { width: number; height: number };
  /** Rows of the imported files. */
  sizes: number[];
  ticks: number;
  playMs: number;
  seed: number;
  /** Imports (and papaparse runs) per size up to 100k; larger sizes run once. */
  importRuns: number;
  /** Scene changes per lecture (all by default). */
  maxLectureSteps?: number;
  /** The /bench page's `global-state` case at 100k events, from this run (run.ts's `runCase`). */
  baselineCase: () => Promise<BaselineTicks>;
}

/** What the real page is compared with: the /bench 'baseline' case's slider ticks. */
export interface BaselineTicks {
  n: number;
  taskMs: Stat;
  scriptMs: Stat;
  cpuMs: Stat;
  /** Tick → the map's next idle (the new frame there). */
  idleMs: Stat;
}

export interface ImportSize {
  rows: number;
  fileMB: number;
  runs: ImportRun[];
  /** From choosing the file to the mapping form shown (the preview reads the whole file). */
  fileToMappingMs: Stat | null;
  fileToDrawnMs: Stat | null;
  clickToDrawnMs: Stat | null;
  papaparse: ParseRun[];
  papaparseMs: Stat | null;
  /**
   * Median import ÷ median papaparse: from the Import click to drawn, from choosing the file to
   * the mapping form, and from choosing the file to drawn.
   */
  ratio: {
    clickToDrawn: number | null;
    fileToMapping: number | null;
    fileToDrawn: number | null;
  };
}

export interface TickCase {
  events: number;
  run: TickRun | null;
  /** Why there are no figures (the import failed, an error). */
  skipped?: string;
}

export interface RealPageResult {
  loadAverage: { before: number; after: number };
  settings: {
    sizes: number[];
    ticks: number;
    tickDays: 1;
    playMs: number;
    importRuns: number;
    importTimeoutMs: number;
    seed: number;
  };
  /** A 2,000-row file through the app's import in Node: mapping guessed right, all rows imported. */
  csvCheck: string;
  /** What the long-task observer saw of a deliberate 80 ms task, per page that imported (ms). */
  longTaskCalibrationMs: number[];
  imports: ImportSize[];
  ticks: TickCase[];
  baseline: BaselineTicks | null;
  ratios: {
    importedOverNoImportTask: number | null;
    baselineOverImportedTask: number | null;
    baselineOverImportedCpu: number | null;
  };
  playback: PlayRun | null;
  lectures: LectureRun[];
  errors: string[];
}

const median = (xs: (number | null)[]) => {
  const ok = xs.filter((x): x is number => x !== null);
  return ok.length ? stat(ok) : null;
};
const ratio = (a: number | undefined | null, b: number | undefined | null) =>
  a && b ? round(a / b, 2) : null;

export async function realPageBench(browser: Browser, o: RealPageOptions): Promise<RealPageResult> {
  const loadBefore = os.loadavg()[0];
  const cpu = new ChromiumCpu();
  const errors: string[] = [];
  const attempt = async <T>(what: string, fn: () => Promise<T>): Promise<T | null> => {
    try {
      return await fn();
    } catch (e) {
      errors.push(`${what}: ${e instanceof Error ? e.message : String(e)}`);
      console.log(`  real page: ${what} failed: ${e instanceof Error ? e.message : e}`);
      return null;
    }
  };
  const open = async (path: string): Promise<PageSession> => {
    const s = await openSession(browser, `${o.origin}${path}`, o.viewport, cpu);
    await mapSettled(s.page);
    return s;
  };

  let csvCheck = 'ok';
  try {
    checkCsvImports(2_000, o.seed);
  } catch (e) {
    csvCheck = e instanceof Error ? e.message : String(e);
  }

  const calibration: number[] = [];
  const ticks: TickCase[] = [];
  const none = await attempt('ticks without an import', async () => {
    const s = await open('/');
    try {
      return await sliderTicks(s, o.ticks);
    } finally {
      await s.close();
    }
  });
  ticks.push({ events: 0, run: none, ...(none ? {} : { skipped: 'error' }) });
  console.log(`  real page /, no import: tick ${none?.taskMs.median ?? '—'} ms task`);

  const imports: ImportSize[] = [];
  let play: PlayRun | null = null;
  for (const rows of o.sizes) {
    const csv = writeSyntheticCsv(rows, o.seed);
    try {
      const runs: ImportRun[] = [];
      let tick: TickCase = { events: rows, run: null, skipped: 'not drawn' };
      const n = rows <= REFERENCE ? o.importRuns : 1;
      for (let i = 0; i < n; i++) {
        await attempt(`import of ${rows} rows`, async () => {
          const s = await open('/');
          try {
            calibration.push(round(await calibrateLongTasks(s.page), 0));
            const run = await importThroughUi(s, csv.file, rows, IMPORT_TIMEOUT_MS);
            runs.push(run);
            console.log(
              `  real page /, import ${rows.toLocaleString('en')} rows: ` +
                (run.drawn ? `drawn ${run.clickToDrawnMs} ms after the click` : run.failure)
            );
            if (i < n - 1 || !run.drawn) return;
            tick = { events: rows, run: await sliderTicks(s, o.ticks) };
            if (rows === REFERENCE) play = await playback(s, o.playMs);
          } finally {
            await s.close();
          }
        });
      }
      ticks.push(tick);
      const papaparse =
        (await attempt(`papaparse on ${rows} rows`, () =>
          papaparseBaseline(browser, o.origin, o.viewport, csv.file, n)
        )) ?? [];
      const imported = {
        fileToMappingMs: median(runs.map((r) => r.fileToMappingMs)),
        fileToDrawnMs: median(runs.map((r) => r.fileToDrawnMs)),
        clickToDrawnMs: median(runs.map((r) => r.clickToDrawnMs))
      };
      const papaparseMs = median(papaparse.filter((p) => !p.error).map((p) => p.ms));
      imports.push({
        rows,
        fileMB: round(csv.bytes / 2 ** 20, 1),
        runs,
        ...imported,
        papaparse,
        papaparseMs,
        ratio: {
          clickToDrawn: ratio(imported.clickToDrawnMs?.median, papaparseMs?.median),
          fileToMapping: ratio(imported.fileToMappingMs?.median, papaparseMs?.median),
          fileToDrawn: ratio(imported.fileToDrawnMs?.median, papaparseMs?.median)
        }
      });
    } finally {
      csv.remove();
    }
  }

  const baseline = o.sizes.includes(REFERENCE)
    ? await attempt('the /bench baseline at 100k', o.baselineCase)
    : null;

  const lectures: LectureRun[] = [];
  for (const id of (await attempt('the lecture list', () => lectureIds(o.origin))) ?? []) {
    const run = await attempt(`lecture ${id}`, () =>
      lectureSteps(browser, o.origin, id, o.viewport, cpu, o.maxLectureSteps)
    );
    if (run) lectures.push(run);
    console.log(`  lecture ${id}: key → settled ${run?.keyToSettledMs.median ?? '—'} ms`);
  }

  const at = (n: number) => ticks.find((t) => t.events === n)?.run;
  return {
    loadAverage: { before: round(loadBefore), after: round(os.loadavg()[0]) },
    settings: {
      sizes: o.sizes,
      ticks: o.ticks,
      tickDays: 1,
      playMs: o.playMs,
      importRuns: o.importRuns,
      importTimeoutMs: IMPORT_TIMEOUT_MS,
      seed: o.seed
    },
    csvCheck,
    longTaskCalibrationMs: calibration,
    imports,
    ticks,
    baseline,
    ratios: {
      importedOverNoImportTask: ratio(at(REFERENCE)?.taskMs.median, at(0)?.taskMs.median),
      baselineOverImportedTask: ratio(baseline?.taskMs.median, at(REFERENCE)?.taskMs.median),
      baselineOverImportedCpu: ratio(baseline?.cpuMs.median, at(REFERENCE)?.cpuMs.median)
    },
    playback: play,
    lectures,
    errors
  };
}
