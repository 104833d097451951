/**
 * `npm run bench`: measures the atlas's event layer against MapLibre's own `global-state` filtering
 * and an empty map, in Debian's Chromium with SwiftShader WebGL (see docs/design.md), then the real
 * page's first idle and the bundle sizes; then the real page as a user drives it (imports, slider
 * ticks, playback, lectures: bench/real-page.ts). Prints tables and writes
 * bench/results/latest.json. It measures; it asserts nothing.
 *
 * Options: `--build` rebuilds first (otherwise only when build/ lacks the site or this page);
 * `--quick` runs a short smoke version (writes bench/results/quick.json); `--vite-preview` serves
 * with `vite preview` instead of a private copy of build/ (which a concurrent rebuild can't touch);
 * `--sizes=1000,100000` and `--baseline-max=N` change the event counts; `--out=file.json`;
 * `--only=real` runs only the real-page part (writes bench/results/real-page.json), whose import
 * sizes `--real-sizes=100000,1000000` sets (default 100k and 1M; `--quick`: 100k).
 */
import { BENCH_CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { vitePreview } from '../scripts/vite-preview';
import { onAtlas } from '../src/lib/testing/atlas-hook';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import type { BenchCase, PlayResult, TickResult } from '../src/routes/bench/bench-api';
import type {} from './globals';
import { ChromiumCpu, WorkerSessions, cpuDelta, type CpuTimes } from './probes';
import { barePage } from './bare-page';
import { realPageBench, type BaselineTicks, type RealPageResult } from './real-page';
import { realPageReport } from './real-page-report';
import { serveStatic, snapshotBuild } from './serve';
import { markdownTable, medP95, ms, round, stat, type Stat } from './stats';

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const PORT = 4180;
const ORIGIN = `http://localhost:${PORT}`;
const option = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const SIZES =
  option('sizes')?.split(',').map(Number) ??
  (QUICK ? [1_000, 100_000] : [1_000, 10_000, 100_000, 1_000_000]);
/** The baseline can be capped (`--baseline-max=`); at 1M it loads in ~30 s and holds ~2.5 GB. */
const BASELINE_MAX = Number(option('baseline-max') ?? Infinity);
const TICKS = QUICK ? 5 : 20;
const PLAY_MS = QUICK ? 1_500 : 3_000;
const COLD_LOADS = QUICK ? 2 : 5;
const ONLY = option('only');
if (ONLY !== undefined && ONLY !== 'real')
  throw new Error(`--only=${ONLY}: only --only=real exists`);
const REAL_SIZES =
  option('real-sizes')?.split(',').map(Number) ?? (QUICK ? [100_000] : [100_000, 1_000_000]);
const SEED = 1917;
const VIEWPORT = { width: 1280, height: 800 };
const START_DAY = 6275; // 1917-03-08, START_DAY in bench-api.ts
const WEEK = 7;
/** Pause before each measured tick. */
const SETTLE_MS = 250;

/** Main-thread script and task time (CDP, thread time) and CPU per thread group (/proc), in ms. */
type Metrics = { script: number; task: number; cpu: CpuTimes };

interface CaseResult {
  case: BenchCase;
  events: number;
  generateMs: number;
  prepareMs: number;
  load: {
    ms: number;
    scriptMs: number;
    cpuMs: CpuTimes;
    longestTaskMs: number;
  };
  /** After load and a garbage collection: main thread and workers, JS heap and array buffers. */
  heapMB: { page: number; pageBuffers: number; workers: number; workerBuffers: number };
  tick: {
    n: number;
    scriptMs: Stat;
    taskMs: Stat;
    cpuMs: Stat;
    mainCpuMs: Stat;
    workerCpuMs: Stat;
    gpuCpuMs: Stat;
    callMs: Stat;
    renderMs: Stat;
    layerMs: Stat;
    idleMs: Stat;
    frames: Stat;
    sourceDataLoadingPerTick: number;
    tilesLoadedPerTick: number;
  };
  play: PlayResult & {
    fps: number;
    scriptMsPerSecond: number;
    cpuMsPerSecond: CpuTimes;
  };
  afterLoad: { longTasks: number; longestTaskMs: number };
}

interface BenchPage {
  page: Page;
  /** Runs `fn` and returns its result with the time the browser spent on it. */
  measure<T>(fn: () => Promise<T>): Promise<[T, Metrics]>;
  workers: WorkerSessions;
  cdp: CDPSession;
  close(): Promise<void>;
}

const cpu = new ChromiumCpu();

async function openBench(browser: Browser): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  const cdp = await context.newCDPSession(page);
  const workers = new WorkerSessions(cdp);
  await workers.attach();
  // Thread time: the main thread's own CPU, not wall time shared with the GPU process.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(`${ORIGIN}/bench`);
  await page.waitForFunction(() => '__bench' in window, undefined, { timeout: 120_000 });
  cpu.discover();
  const snapshot = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { script: get('ScriptDuration'), task: get('TaskDuration'), cpu: cpu.sample() };
  };
  return {
    page,
    cdp,
    workers,
    async measure(fn) {
      const a = await snapshot();
      const r = await fn();
      const b = await snapshot();
      return [
        r,
        { script: b.script - a.script, task: b.task - a.task, cpu: cpuDelta(a.cpu, b.cpu) }
      ];
    },
    close: () => context.close()
  };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const roundCpu = (c: CpuTimes, per = 1): CpuTimes => ({
  main: round(c.main / per),
  worker: round(c.worker / per),
  gpu: round(c.gpu / per)
});

async function runCase(browser: Browser, kind: BenchCase, n: number): Promise<CaseResult> {
  const { page, measure, cdp, workers, close } = await openBench(browser);
  try {
    const generateMs = await page.evaluate(([n, seed]) => window.__bench!.generate(n, seed), [
      n,
      SEED
    ] as const);
    const [load, loadM] = await measure(() => page.evaluate((k) => window.__bench!.load(k), kind));
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const workerHeap = await workers.heaps();
    const afterLoad = await page.evaluate(() => window.__bench!.now());

    const tick = (day: number) => page.evaluate((d) => window.__bench!.tick(d), day);
    await tick(START_DAY + 1); // warm-up, not counted
    const ticks: [TickResult, Metrics][] = [];
    for (let i = 1; i <= TICKS; i++) {
      // Let SwiftShader finish rasterising the last frame, so it does not compete for the 2 cores.
      await sleep(SETTLE_MS);
      ticks.push(await measure(() => tick(START_DAY + WEEK * i)));
    }

    const [play, playM] = await measure(() =>
      page.evaluate(([ms, day]) => window.__bench!.play(ms, day), [
        PLAY_MS,
        START_DAY + WEEK * (TICKS + 1)
      ] as const)
    );
    await page.evaluate(() => window.__bench!.settle());
    const longTasks = await page.evaluate((t) => window.__bench!.longTasks(t), afterLoad);

    const col = (f: (t: TickResult, m: Metrics) => number) => ticks.map(([t, m]) => f(t, m));
    /** Page-timed figures, at the 5 µs of a cross-origin isolated page. */
    const fine = (f: (t: TickResult) => number) => stat(col(f), 3);
    const mb = (b: number) => round(b / 2 ** 20, 1);
    return {
      case: kind,
      events: kind === 'empty' ? 0 : n,
      generateMs: round(generateMs),
      prepareMs: round(load.prepareMs),
      load: {
        ms: round(load.loadMs),
        scriptMs: round(loadM.script),
        cpuMs: roundCpu(loadM.cpu),
        longestTaskMs: round(load.longestTaskMs)
      },
      heapMB: {
        page: mb(heap.usedSize),
        pageBuffers: mb(heap.backingStorageSize ?? 0),
        workers: mb(workerHeap.used),
        workerBuffers: mb(workerHeap.backing)
      },
      tick: {
        n: ticks.length,
        scriptMs: stat(col((_, m) => m.script)),
        taskMs: stat(col((_, m) => m.task)),
        cpuMs: stat(col((_, m) => m.cpu.main + m.cpu.worker)),
        mainCpuMs: stat(col((_, m) => m.cpu.main)),
        workerCpuMs: stat(col((_, m) => m.cpu.worker)),
        gpuCpuMs: stat(col((_, m) => m.cpu.gpu)),
        callMs: fine((t) => t.callMs),
        renderMs: fine((t) => t.renderMs),
        layerMs: fine((t) => t.layerMs),
        idleMs: stat(col((t) => t.idleMs)),
        frames: stat(col((t) => t.frames)),
        sourceDataLoadingPerTick: round(sum(col((t) => t.sourceDataLoading)) / ticks.length),
        tilesLoadedPerTick: round(sum(col((t) => t.tilesLoaded)) / ticks.length)
      },
      play: {
        ...play,
        seconds: round(play.seconds),
        longestFrameMs: round(play.longestFrameMs, 1),
        p95FrameMs: round(play.p95FrameMs, 1),
        fps: round(play.frames / play.seconds, 1),
        scriptMsPerSecond: round(playM.script / play.seconds, 1),
        cpuMsPerSecond: roundCpu(playM.cpu, play.seconds)
      },
      afterLoad: { longTasks: longTasks.count, longestTaskMs: round(longTasks.longestMs) }
    };
  } finally {
    await close();
  }
}

/**
 * Records, in ms since navigation, the map's `load` (`window.__mapLoad`) and its first `idle` after
 * the atlas's data arrived and its event layer drew (`window.__firstIdle`), by hooking the
 * `window.__atlas` that MapView sets right after creating the map.
 */
const FIRST_IDLE_HOOK = onAtlas(`
  v.map.once('load', () => (window.__mapLoad = performance.now()));
  const check = () => {
    if (v.atlas.data && v.layer.stats.frames > 0 && v.map.loaded()) {
      window.__firstIdle ??= performance.now();
      v.map.off('idle', check);
    }
  };
  v.map.on('idle', check);
`);

/** The real page `/`, loaded cold (a new browser context each time). */
async function realPage(browser: Browser) {
  const firstIdleMs: number[] = [];
  const mapLoadMs: number[] = [];
  const scripts = new Set<string>();
  for (let i = 0; i < COLD_LOADS; i++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    // A string, not a function: tsx would wrap named inner functions in a `__name` helper the
    // page does not have.
    await context.addInitScript(FIRST_IDLE_HOOK);
    const page = await context.newPage();
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.pathname.endsWith('.js')) scripts.add(u.pathname);
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => window.__firstIdle !== undefined, undefined, {
      timeout: 120_000
    });
    const marks = await page.evaluate(() => [window.__firstIdle ?? NaN, window.__mapLoad ?? NaN]);
    firstIdleMs.push(round(marks[0], 0));
    mapLoadMs.push(round(marks[1], 0));
    await context.close();
  }
  return { firstIdleMs, mapLoadMs, scripts };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/**
 * gzip sizes from build/_app/immutable: maplibre-gl (its chunk, the big one containing
 * 'maplibregl', and its worker in workers/) against the app's own JavaScript, both what `/`
 * loads and everything built (other routes, lazy chunks, this benchmark page).
 */
function bundle(site: string, loaded: Set<string>) {
  const root = path.join(site, '_app', 'immutable');
  const files = walk(root).filter((f) => f.endsWith('.js'));
  const gz = (f: string) => gzipSync(readFileSync(f), { level: 9 }).length;
  const raw = (f: string) => statSync(f).size;
  const total = (fs: string[], size: (f: string) => number) => fs.reduce((a, f) => a + size(f), 0);
  const kb = (b: number) => round(b / 1024, 1);
  const rel = (f: string) => `/${path.relative(site, f).split(path.sep).join('/')}`;
  const chunk = files
    .filter((f) => readFileSync(f, 'utf8').includes('maplibregl'))
    .sort((a, b) => raw(b) - raw(a))[0];
  const worker = files.filter(
    (f) => rel(f).includes('/workers/') && path.basename(f).startsWith('maplibre')
  );
  const maplibre = [chunk, ...worker];
  const own = files.filter((f) => !maplibre.includes(f));
  const fromRoot = own.filter((f) => loaded.has(rel(f)));
  const missing = [...loaded].filter(
    (u) => u.startsWith('/_app/') && !files.some((f) => rel(f) === u)
  );
  if (missing.length) console.warn(`  not in ${site} (rebuilt meanwhile?): ${missing.join(', ')}`);
  return {
    gzipLevel: 9,
    maplibre: {
      files: maplibre.map(rel),
      chunkGzipKB: kb(gz(chunk)),
      workerGzipKB: kb(total(worker, gz)),
      gzipKB: kb(total(maplibre, gz)),
      rawKB: kb(total(maplibre, raw))
    },
    app: {
      files: fromRoot.map(rel),
      gzipKB: kb(total(fromRoot, gz)),
      rawKB: kb(total(fromRoot, raw))
    },
    appAllBuilt: { files: own.length, gzipKB: kb(total(own, gz)), rawKB: kb(total(own, raw)) }
  };
}

function ensureBuilt(): void {
  if (args.has('--build') || !existsSync('build/index.html') || !existsSync('build/bench.html')) {
    for (let attempt = 1; ; attempt++) {
      console.log('building (npm run build)…');
      if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status === 0) break;
      // Another build in the same checkout can remove .svelte-kit/output under this one.
      if (attempt === 3) throw new Error('npm run build failed');
    }
  }
}

/** Serves the site; returns the directory the served files (and the measured bundle) come from. */
async function serve(): Promise<{ site: string; stop(): void }> {
  // --vite-preview: the shared .svelte-kit/output, which a concurrent rebuild can change.
  if (args.has('--vite-preview')) return { site: 'build', stop: await vitePreview(PORT, '/bench') };
  const snapshot = await snapshotBuild('build');
  const close = await serveStatic(snapshot.dir, PORT, (p) => p === '/bench');
  return {
    site: snapshot.dir,
    stop() {
      close();
      snapshot.remove();
    }
  };
}

const count = (n: number) => (n ? n.toLocaleString('en') : '—');

function table(cases: CaseResult[]): string {
  const head = [
    'case',
    'events',
    'tick: main-thread script ms',
    'tick: CPU ms, main + workers',
    'tick → new frame ms',
    'reloads / tick (sourcedataloading, tiles)',
    'playback fps',
    'longest frame ms',
    'load → idle ms',
    'longest task after load ms',
    'JS heap MB: page + workers'
  ];
  const rows = cases.map((c) => [
    c.case,
    count(c.events),
    medP95(c.tick.scriptMs),
    medP95(c.tick.cpuMs),
    medP95(c.tick.idleMs),
    `${c.tick.sourceDataLoadingPerTick}, ${c.tick.tilesLoadedPerTick}`,
    String(c.play.fps),
    ms(c.play.longestFrameMs),
    ms(c.load.ms),
    c.afterLoad.longTasks ? ms(c.afterLoad.longestTaskMs) : 'none ≥ 50',
    `${round(c.heapMB.page + c.heapMB.pageBuffers, 1)} + ${round(c.heapMB.workers + c.heapMB.workerBuffers, 1)}`
  ]);
  return markdownTable(head, rows);
}

interface Target {
  what: string;
  value: string;
  target: string;
  met: boolean | null;
}

/** The real page, driven (bench/real-page.ts), its baseline the /bench 'baseline' case at 100k. */
function realPageDriven(browser: Browser, cases: CaseResult[]): Promise<RealPageResult> {
  return realPageBench(browser, {
    origin: ORIGIN,
    viewport: VIEWPORT,
    sizes: REAL_SIZES,
    ticks: TICKS,
    playMs: PLAY_MS,
    seed: SEED,
    importRuns: 3,
    maxLectureSteps: QUICK ? 3 : Infinity,
    async baselineCase(): Promise<BaselineTicks> {
      const c =
        cases.find((c) => c.case === 'baseline' && c.events === 100_000) ??
        (await runCase(browser, 'baseline', 100_000));
      return c.tick;
    }
  });
}

function machine(browser: Browser, renderer: unknown, loadBefore: number) {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '',
    memoryGB: round(os.totalmem() / 2 ** 30, 1),
    /** 1-minute load average before and after: other work on the machine skews wall times. */
    loadAverage: { before: round(loadBefore), after: round(os.loadavg()[0]) },
    node: process.version,
    chromium: browser.version(),
    chromiumArgs: BENCH_CHROMIUM_ARGS,
    webgl: renderer,
    viewport: VIEWPORT
  };
}

/** `--only=real`: the real page alone. */
async function onlyReal(browser: Browser, renderer: unknown, t0: number, loadBefore: number) {
  const driven = await realPageDriven(browser, []);
  const runtimeS = round((Date.now() - t0) / 1000, 0);
  const out =
    option('out') ??
    (QUICK ? 'bench/results/real-page-quick.json' : 'bench/results/real-page.json');
  const result = {
    date: new Date().toISOString(),
    runtimeS,
    machine: machine(browser, renderer, loadBefore),
    settings: { quick: QUICK, served: 'a private copy of build/' },
    realPageDriven: driven
  };
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log([...realPageReport(driven), '', `wrote ${out}; ${runtimeS} s`].join('\n'));
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const loadBefore = os.loadavg()[0];
  ensureBuilt();
  const { site, stop } = await serve();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: BENCH_CHROMIUM_ARGS
  });
  try {
    const probe = await openBench(browser);
    const renderer = await probe.page.evaluate(() => window.__bench!.renderer());
    const isolated = await probe.page.evaluate(() => crossOriginIsolated);
    await probe.close();
    console.log(`WebGL renderer: ${renderer.renderer} (${renderer.version})`);
    if (ONLY === 'real') return await onlyReal(browser, renderer, t0, loadBefore);

    // First, while the browser is fresh: the heavy cases leave processes to tear down.
    const real = await realPage(browser);
    console.log(`  real page /: first idle ${real.firstIdleMs.join(', ')} ms`);
    const bare = await barePage(browser, VIEWPORT, COLD_LOADS, PORT + 1);
    console.log(`  MapLibre alone on a bare page: first idle ${bare.join(', ')} ms`);

    const plan: [BenchCase, number][] = [['empty', 0]];
    for (const n of SIZES) {
      plan.push(['atlas', n]);
      if (n <= BASELINE_MAX) plan.push(['baseline', n]);
    }
    const cases: CaseResult[] = [];
    for (const [kind, n] of plan) {
      const s = Date.now();
      const r = await runCase(browser, kind, n);
      cases.push(r);
      console.log(
        `  ${kind.padEnd(8)} ${count(r.events).padStart(9)}: tick ${ms(r.tick.scriptMs.median)} ms script, ` +
          `${ms(r.tick.cpuMs.median)} ms CPU; load ${ms(r.load.ms)} ms (${((Date.now() - s) / 1000).toFixed(0)} s)`
      );
    }

    const driven = await realPageDriven(browser, cases);

    const sizes = bundle(site, real.scripts);
    const firstIdle = stat(real.firstIdleMs);
    const bareIdle = stat(bare);

    const at = (kind: BenchCase, n: number) => cases.find((c) => c.case === kind && c.events === n);
    const empty = at('empty', 0)!;
    const ratios = SIZES.filter((n) => n <= BASELINE_MAX).map((n) => {
      const a = at('atlas', n)!.tick;
      const b = at('baseline', n)!.tick;
      return {
        events: n,
        script: round(b.scriptMs.median / a.scriptMs.median, 1),
        cpu: round(b.cpuMs.median / a.cpuMs.median, 1),
        idle: round(b.idleMs.median / a.idleMs.median, 1)
      };
    });
    const a100 = at('atlas', 100_000);
    const r100 = ratios.find((r) => r.events === 100_000);
    const m1 = at('atlas', 1_000_000);
    const targets: Target[] = [];
    if (a100) {
      const reloads = a100.tick.sourceDataLoadingPerTick + a100.tick.tilesLoadedPerTick;
      targets.push(
        {
          what: 'atlas, 100k: main-thread script per tick (median)',
          value: `${ms(a100.tick.scriptMs.median)} ms`,
          target: '< 2 ms',
          met: a100.tick.scriptMs.median < 2
        },
        {
          what: 'atlas, 100k: source reloads per tick',
          value: String(reloads),
          target: '0',
          met: reloads === 0
        }
      );
    }
    if (r100) {
      targets.push(
        {
          what: 'baseline ÷ atlas, 100k: main-thread script per tick',
          value: `×${r100.script}`,
          target: '≥ ×20',
          met: r100.script >= 20
        },
        {
          what: 'baseline ÷ atlas, 100k: CPU per tick, main + workers',
          value: `×${r100.cpu}`,
          target: '≥ ×20',
          met: r100.cpu >= 20
        },
        {
          what: 'baseline ÷ atlas, 100k: tick → new frame shown',
          value: `×${r100.idle}`,
          target: '≥ ×20',
          met: r100.idle >= 20
        }
      );
    }
    if (m1) {
      targets.push({
        what: 'atlas, 1M: longest task after load (ticks + playback)',
        value: m1.afterLoad.longTasks ? `${ms(m1.afterLoad.longestTaskMs)} ms` : 'none ≥ 50 ms',
        target: '< 1000 ms',
        met: m1.afterLoad.longestTaskMs < 1000
      });
    }
    targets.push(
      {
        what: `real page /: first map idle, median of ${COLD_LOADS} cold loads`,
        value: `${ms(firstIdle.median)} ms (MapLibre alone on a bare page: ${ms(bareIdle.median)} ms)`,
        target: '< 1500 ms',
        met: firstIdle.median < 1500
      },
      {
        what: 'JavaScript, gzip: the app beyond maplibre-gl (maplibre-gl reported beside it)',
        value: `${sizes.app.gzipKB} KB (maplibre-gl ${sizes.maplibre.gzipKB} KB)`,
        target: '≤ 150 KB',
        met: sizes.app.gzipKB <= 150
      }
    );

    const runtimeS = round((Date.now() - t0) / 1000, 0);
    const result = {
      date: new Date().toISOString(),
      runtimeS,
      machine: machine(browser, renderer, loadBefore),
      settings: {
        sizes: SIZES,
        baselineMax: Number.isFinite(BASELINE_MAX) ? BASELINE_MAX : 'none',
        ticks: TICKS,
        tickDays: WEEK,
        playMs: PLAY_MS,
        seed: SEED,
        coldLoads: COLD_LOADS,
        quick: QUICK,
        served: args.has('--vite-preview') ? 'vite preview' : 'a private copy of build/',
        /** Cross-origin isolated bench page: performance.now() at 5 µs rather than 100 µs. */
        crossOriginIsolated: isolated
      },
      cases,
      ratios,
      realPage: {
        firstIdleMs: firstIdle,
        runs: real.firstIdleMs,
        mapLoadMs: stat(real.mapLoadMs),
        mapLoadRuns: real.mapLoadMs,
        /** The floor: MapLibre alone, one background layer, no app (bench/bare-page.ts). */
        bareMapLibreFirstIdleMs: bareIdle,
        bareMapLibreRuns: bare
      },
      bundle: sizes,
      targets,
      /** The real page as a user drives it (bench/real-page.ts). */
      realPageDriven: driven
    };
    const out = option('out') ?? (QUICK ? 'bench/results/quick.json' : 'bench/results/latest.json');
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);

    const lines = [
      '',
      `Chromium ${browser.version()}, WebGL: ${renderer.renderer}; ${os.cpus().length} cores; ` +
        `${VIEWPORT.width}×${VIEWPORT.height}; load average ${result.machine.loadAverage.before} → ` +
        `${result.machine.loadAverage.after}.`,
      `Per case: ${TICKS} slider ticks of one week (median / p95), ${PLAY_MS / 1000} s playback at one day ` +
        `per frame.` +
        (BASELINE_MAX < Math.max(...SIZES)
          ? ` The baseline (GeoJSON + global-state filter) runs up to ${count(BASELINE_MAX)} events.`
          : ''),
      '',
      table(cases),
      '',
      `empty map: a tick there is a repaint of the basemap (${ms(empty.tick.scriptMs.median)} ms script), ` +
        `which any layer inside MapLibre pays per tick; the atlas's tick redraws only its events' canvas.`,
      `the event layer's own share of a tick, update() + its draw call (median, ms): ` +
        cases
          .filter((c) => c.case === 'atlas')
          .map(
            (c) =>
              `${count(c.events)}: ${c.tick.callMs.median.toFixed(3)} + ${c.tick.layerMs.median.toFixed(3)}`
          )
          .join('; '),
      '',
      'baseline ÷ atlas, same run, median tick:',
      ...ratios.map(
        (r) =>
          `  ${count(r.events).padStart(9)} events: main-thread script ×${r.script}, ` +
          `CPU main + workers ×${r.cpu}, tick → new frame ×${r.idle}`
      ),
      '',
      `real page /: first map idle with events drawn ${ms(firstIdle.median)} ms (median of ${COLD_LOADS} cold ` +
        `loads: ${real.firstIdleMs.join(', ')} ms; map 'load' at ${ms(stat(real.mapLoadMs).median)} ms)`,
      `MapLibre alone on a bare page (one background layer, no app, no data): first idle ` +
        `${ms(bareIdle.median)} ms (median of ${COLD_LOADS} cold loads: ${bare.join(', ')} ms)`,
      `JavaScript, gzip -9: the app ${sizes.app.gzipKB} KB (${sizes.app.files.length} files that / loads) ` +
        `vs maplibre-gl ${sizes.maplibre.gzipKB} KB (chunk ${sizes.maplibre.chunkGzipKB} KB + worker ` +
        `${sizes.maplibre.workerGzipKB} KB); all the app's JS built: ${sizes.appAllBuilt.gzipKB} KB ` +
        `(${sizes.appAllBuilt.files} files: other routes, lazy chunks, this benchmark page)`,
      '',
      'targets:',
      ...targets.map(
        (t) =>
          `  ${t.met === null ? '       ' : t.met ? 'met    ' : 'NOT MET'} ${t.what}: ${t.value} (${t.target})`
      ),
      ...realPageReport(driven),
      '',
      `wrote ${out}; ${runtimeS} s`
    ];
    console.log(lines.join('\n'));
  } finally {
    await browser.close();
    stop();
  }
}

await main();
