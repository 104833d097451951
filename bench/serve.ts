/**
 * Serving the built site for the benchmark: a private copy of build/, so that a rebuild started
 * meanwhile (by someone else, or by a test run) cannot swap files under a running benchmark.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { contentType, locate } from '../scripts/serve-static';

/** True if every `./_app/…` file the page's HTML names is present (a build copied whole). */
function consistent(dir: string): boolean {
  for (const page of ['index.html', 'bench.html']) {
    const file = path.join(dir, page);
    if (!existsSync(file)) return false;
    for (const m of readFileSync(file, 'utf8').matchAll(/["'(]\.\/(_app\/[^"')]+)["')]/g)) {
      if (!existsSync(path.join(dir, m[1]))) return false;
    }
  }
  return true;
}

/** Copies build/ into a temporary directory, retrying while a rebuild is half-written. */
export async function snapshotBuild(from = 'build'): Promise<{ dir: string; remove(): void }> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'));
    try {
      cpSync(from, dir, { recursive: true });
      if (consistent(dir))
        return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
    } catch {
      /* a rebuild removed files while we copied */
    }
    rmSync(dir, { recursive: true, force: true });
    await sleep(3000);
  }
  throw new Error(`${from}/ stayed incomplete (a rebuild running?); try again`);
}

/**
 * Serves `dir` as adapter-static output is meant to be served, found as scripts/serve-static.ts
 * finds it: `/x` → x, x.html or x/index.html, else 404.html with status 404. Pages for which
 * `isolate(pathname)` holds are cross-origin isolated (COOP + COEP), which gives them 5 µs
 * `performance.now()` instead of 100 µs; everything here is same-origin, so nothing breaks.
 */
export function serveStatic(
  dir: string,
  port: number,
  isolate: (pathname: string) => boolean = () => false
): Promise<() => void> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const answer = locate(dir, '', url.pathname);
    // Served at the root, nothing redirects: a file, or the site's 404 page (if it has one).
    if ('redirect' in answer || answer.status === 404) {
      const page = 'file' in answer ? answer.file : '';
      res.writeHead(404, { 'content-type': contentType('404.html') });
      res.end(existsSync(page) ? readFileSync(page) : '');
      return;
    }
    const { file } = answer;
    const html = file.endsWith('.html');
    res.writeHead(200, {
      // COEP on every subresource too: an isolated page's workers fail to start without it, and
      // it changes nothing for the pages that are not isolated (all requests are same-origin).
      ...(html && isolate(url.pathname)
        ? {
            'cross-origin-opener-policy': 'same-origin',
            'cross-origin-embedder-policy': 'require-corp'
          }
        : html
          ? {}
          : { 'cross-origin-embedder-policy': 'require-corp' }),
      'content-type': contentType(file),
      'cache-control': file.includes(`${path.sep}immutable${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache'
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () =>
      resolve(() => {
        server.closeAllConnections();
        server.close();
      })
    );
  });
}
