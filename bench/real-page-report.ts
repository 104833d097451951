/** The real-page benchmark's printed report: compact tables, ratios and the targets beside them. */
import type { RealPageResult } from './real-page';
import { markdownTable, medP95, ms, type Stat } from './stats';

const count = (n: number) => n.toLocaleString('en');
const opt = (s: Stat | null | undefined) => (s ? medP95(s) : '—');
const x = (r: number | null) => (r === null ? '—' : `×${r}`);
const pct = (f: number | null) => (f === null ? '—' : `${Math.round(f * 100)}%`);

function imports(r: RealPageResult): string {
  const rows = r.imports.map((i) => {
    const last = i.runs.at(-1);
    const tasks = i.runs.map((run) =>
      run.longTasks.count ? `${run.longTasks.count} (${run.longTasks.longestMs})` : '0'
    );
    return [
      count(i.rows),
      String(i.fileMB),
      String(i.runs.length),
      opt(i.fileToMappingMs),
      opt(i.clickToDrawnMs),
      opt(i.fileToDrawnMs),
      opt(i.papaparseMs),
      `${x(i.ratio.fileToMapping)}, ${x(i.ratio.clickToDrawn)}, ${x(i.ratio.fileToDrawn)}`,
      tasks.join(', ') || '—',
      i.runs.map((run) => pct(run.progressShownFraction)).join(', ') || '—',
      last?.heapMB ? `${last.heapMB.page} + ${last.heapMB.workers}` : '—',
      last ? (last.failure ?? last.message) : '—'
    ];
  });
  return markdownTable(
    [
      'import rows',
      'file MB',
      'runs',
      'file → mapping shown ms',
      'Import click → drawn ms',
      'file → drawn ms (total)',
      'papaparse alone ms',
      'import ÷ papaparse (file → mapping, click → drawn, total)',
      'long tasks ≥ 50 ms per run (longest)',
      'progress shown',
      'heap MB page + workers',
      'message'
    ],
    rows
  );
}

function ticks(r: RealPageResult): string {
  const rows = r.ticks.map((t) => [
    t.events ? `/ with ${count(t.events)} imported` : '/ no import',
    t.run ? opt(t.run.taskMs) : (t.skipped ?? '—'),
    t.run ? opt(t.run.scriptMs) : '',
    t.run ? opt(t.run.cpuMs) : '',
    t.run ? opt(t.run.keyToFrameMs) : '',
    t.run ? (t.run.longTasks ? `${t.run.longestTaskMs} (${t.run.longTasks})` : 'none ≥ 50') : ''
  ]);
  const b = r.baseline;
  if (b)
    rows.push([
      '/bench global-state, 100,000',
      medP95(b.taskMs),
      medP95(b.scriptMs),
      medP95(b.cpuMs),
      `${medP95(b.idleMs)} (call → idle)`,
      ''
    ]);
  return markdownTable(
    [
      'slider tick on',
      'main-thread task ms',
      'script ms',
      'CPU main + workers ms',
      'key → frame ms',
      'longest task ms (count)'
    ],
    rows
  );
}

function lectures(r: RealPageResult): string {
  return markdownTable(
    ['lecture', 'scenes', 'steps', 'key → first frame ms', 'key → settled ms', 'timed out'],
    r.lectures.map((l) => [
      l.id,
      String(l.scenes),
      String(l.steps),
      medP95(l.keyToFirstFrameMs),
      medP95(l.keyToSettledMs),
      String(l.timedOut)
    ])
  );
}

/** The lines printed for `realPageBench`'s result. */
export function realPageReport(r: RealPageResult): string[] {
  const target = (
    what: string,
    v: number | null,
    ok: (v: number) => boolean,
    t: string,
    show: (v: number | null) => string = x
  ) => `  ${v === null ? '       ' : ok(v) ? 'met    ' : 'NOT MET'} ${what}: ${show(v)} (${t})`;
  const p = r.playback;
  const days = r.ticks.find((t) => t.run)?.run?.daysPerKey;
  const attributions = [...new Set(p?.longTasks.map((t) => t.attribution).filter(Boolean))];
  return [
    '',
    `REAL PAGE, driven as a user (each page fresh; ${r.settings.ticks} ticks of ${days ?? '?'} day per ` +
      `key press, median / p95); load average ${r.loadAverage.before} → ${r.loadAverage.after}`,
    `CSV check in Node (mapping, all rows): ${r.csvCheck}; long-task observer saw the 80 ms ` +
      `calibration task as ${r.longTaskCalibrationMs.join(', ')} ms`,
    '',
    imports(r),
    ...r.imports.flatMap((i) => [
      target(
        `import of ${count(i.rows)} rows, Import click → drawn ÷ papaparse`,
        i.ratio.clickToDrawn,
        (v) => v <= 1.5,
        '≤ ×1.5'
      ),
      target(
        `import of ${count(i.rows)} rows, longest main-thread task from the file chosen to drawn`,
        Math.max(0, ...i.runs.map((run) => run.longTasks.longestMs)),
        (v) => v < 50,
        '< 50 ms',
        (v) => `${v} ms`
      )
    ]),
    '',
    ticks(r),
    '',
    'ratios, same run, median tick:',
    target(
      '/ with 100k ÷ / without, main-thread task',
      r.ratios.importedOverNoImportTask,
      (v) => v <= 1.3,
      '≤ ×1.3'
    ),
    target(
      '/bench global-state ÷ / with 100k, main-thread task',
      r.ratios.baselineOverImportedTask,
      (v) => v >= 5,
      '≥ ×5'
    ),
    target(
      '/bench global-state ÷ / with 100k, CPU main + workers',
      r.ratios.baselineOverImportedCpu,
      (v) => v >= 10,
      '≥ ×10'
    ),
    '',
    p
      ? `playback on / with 100k: ${p.seconds} s, ${p.days} days, ${p.overlayFrames} event frames ` +
        `(${p.rafFrames} animation frames); longest gaps ${p.longestGaps.map((g) => `${ms(g.ms)} ms at ${g.atMs}${g.open ? ' (until stop)' : ''}`).join(', ')}; ` +
        `long tasks: ${p.longTasks.length ? p.longTasks.map((t) => `${t.ms} ms at ${t.atMs}`).join(', ') : 'none ≥ 50 ms'}` +
        (attributions.length ? ` (attribution: ${attributions.join('; ')})` : '')
      : 'playback on / with 100k: not run',
    '',
    lectures(r),
    ...(r.errors.length ? ['', 'errors:', ...r.errors.map((e) => `  ${e}`)] : [])
  ];
}
