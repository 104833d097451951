/**
 * What the benchmark reads beside the page's own counters: CPU time of Chromium's threads (Linux
 * /proc) and the JS heaps of the page's web workers (CDP, through the page's session).
 */
import type { CDPSession } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';

/** CPU milliseconds, summed over threads. */
export interface CpuTimes {
  /** Renderer main threads (where the page's script, MapLibre's frames and its tile handling run). */
  main: number;
  /** Dedicated worker threads (MapLibre's workers: GeoJSON tiling, filters, buckets). */
  worker: number;
  /** The GPU process (here: SwiftShader rasterising on the CPU). */
  gpu: number;
}

interface Proc {
  pid: number;
  ppid: number;
}

function readProcs(): Proc[] {
  const out: Proc[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const s = readFileSync(`/proc/${d}/stat`, 'utf8');
      out.push({ pid: Number(d), ppid: Number(s.slice(s.lastIndexOf(')') + 2).split(' ')[1]) });
    } catch {
      /* gone */
    }
  }
  return out;
}

/** CPU time of one thread in ms: the scheduler's ns counter where it runs, else clock ticks. */
function threadCpuMs(pid: number, tid: string): number {
  try {
    const m = /se\.sum_exec_runtime\s*:\s*([\d.]+)/.exec(
      readFileSync(`/proc/${pid}/task/${tid}/sched`, 'utf8')
    );
    if (m) return Number(m[1]);
  } catch {
    /* fall through */
  }
  try {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10; // utime + stime, in 10 ms clock ticks
  } catch {
    return 0;
  }
}

function comm(pid: number, tid: string): string {
  try {
    return readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

/** Samples the CPU time of the Chromium processes this Node process started. */
export class ChromiumCpu {
  private renderers: number[] = [];
  private gpus: number[] = [];
  readonly available = process.platform === 'linux';

  /** Finds the browser's renderer and GPU processes (call after a page has opened). */
  discover(): void {
    if (!this.available) return;
    const procs = readProcs();
    const mine = new Set([process.pid]);
    for (let grew = true; grew;) {
      grew = false;
      for (const p of procs) {
        if (mine.has(p.ppid) && !mine.has(p.pid)) {
          mine.add(p.pid);
          grew = true;
        }
      }
    }
    const type = (pid: number) => {
      try {
        return /--type=([\w-]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))?.[1] ?? '';
      } catch {
        return '';
      }
    };
    this.renderers = [...mine].filter((pid) => type(pid) === 'renderer');
    this.gpus = [...mine].filter((pid) => type(pid) === 'gpu-process');
  }

  sample(): CpuTimes {
    const t: CpuTimes = { main: 0, worker: 0, gpu: 0 };
    if (!this.available) return t;
    const tasks = (pid: number) => {
      try {
        return readdirSync(`/proc/${pid}/task`);
      } catch {
        return [];
      }
    };
    for (const pid of this.renderers) {
      for (const tid of tasks(pid)) {
        if (tid === String(pid)) t.main += threadCpuMs(pid, tid);
        else if (comm(pid, tid).startsWith('DedicatedWorker')) t.worker += threadCpuMs(pid, tid);
      }
    }
    for (const pid of this.gpus) for (const tid of tasks(pid)) t.gpu += threadCpuMs(pid, tid);
    return t;
  }
}

export function cpuDelta(a: CpuTimes, b: CpuTimes): CpuTimes {
  return { main: b.main - a.main, worker: b.worker - a.worker, gpu: b.gpu - a.gpu };
}

/**
 * The page's workers over CDP (auto-attach, non-flat sessions, so the page's own CDP session can
 * carry their messages): used to read their JS heaps after a garbage collection.
 */
export class WorkerSessions {
  private sessions: string[] = [];
  private next = 1;
  private pending = new Map<number, (r: { result?: unknown; error?: unknown }) => void>();

  constructor(private cdp: CDPSession) {
    cdp.on('Target.attachedToTarget', (e) => {
      if (e.targetInfo.type === 'worker') this.sessions.push(e.sessionId);
    });
    cdp.on('Target.detachedFromTarget', (e) => {
      this.sessions = this.sessions.filter((s) => s !== e.sessionId);
    });
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const msg = JSON.parse(e.message) as { id?: number; result?: unknown; error?: unknown };
      if (msg.id !== undefined) {
        this.pending.get(msg.id)?.(msg);
        this.pending.delete(msg.id);
      }
    });
  }

  async attach(): Promise<void> {
    await this.cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false
    });
  }

  private send(sessionId: string, method: string): Promise<{ result?: unknown; error?: unknown }> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method, params: {} })
        })
        .catch((error: unknown) => {
          this.pending.delete(id);
          resolve({ error });
        });
    });
  }

  /** Used JS heap and array-buffer storage of all workers, in bytes, after a GC in each. */
  async heaps(): Promise<{ workers: number; used: number; backing: number }> {
    let used = 0;
    let backing = 0;
    for (const s of this.sessions) {
      await this.send(s, 'HeapProfiler.collectGarbage');
      const r = (await this.send(s, 'Runtime.getHeapUsage')).result as
        { usedSize: number; backingStorageSize?: number } | undefined;
      used += r?.usedSize ?? 0;
      backing += r?.backingStorageSize ?? 0;
    }
    return { workers: this.sessions.length, used, backing };
  }
}
