/**
 * The import's baseline: papaparse alone reading the same file in a Web Worker on the /bench
 * page (`__bench.parseBaseline`, src/routes/bench/parse-baseline.ts), the file put in the page's
 * hidden input as the import's is, timed on the page from handing over the File to the row count.
 */
import type { Browser } from '@playwright/test';
import type {} from '../src/routes/bench/bench-api';
import { round } from './stats';

export interface ParseRun {
  rows: number;
  ms: number;
  /** The worker's own time, from the message to the last row. */
  workerMs: number;
  error?: string;
}

export async function papaparseBaseline(
  browser: Browser,
  origin: string,
  viewport: { width: number; height: number },
  file: string,
  runs: number
): Promise<ParseRun[]> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/bench`);
    await page.waitForFunction(() => '__bench' in window, undefined, { timeout: 120_000 });
    await page.getByTestId('bench-file').setInputFiles(file);
    const out: ParseRun[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await page.$eval('[data-testid="bench-file"]', (input) =>
        window.__bench!.parseBaseline((input as HTMLInputElement).files![0])
      );
      out.push({ ...r, ms: round(r.ms, 0), workerMs: round(r.workerMs, 0) });
    }
    return out;
  } finally {
    await context.close();
  }
}
