/**
 * A small static file server that serves a built site under a path prefix, the way a plain
 * static host would: `tsx scripts/serve-static.ts build-atlas /atlas 4174` serves build-atlas/
 * at http://127.0.0.1:4174/atlas/. The browser tests use it for the sub-path build.
 *
 * A path is answered by the file itself, else `<path>.html` (a prerendered page), else the
 * folder's `index.html`; anything else gets the folder's `404.html` with status 404. The prefix
 * without its slash redirects to the prefix with it. Only 127.0.0.1 is bound.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pbf': 'application/x-protobuf',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8'
};

/** The content type a static host gives a file, by its extension. */
export function contentType(file: string): string {
  return TYPES[extname(file)] ?? 'application/octet-stream';
}

/** What to answer for a request path: a file with a status, or a redirect. */
export type Answer = { file: string; status: 200 | 404 } | { redirect: string };

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

/**
 * Maps a request's pathname to a file of `dir` served under `prefix` ('' or e.g. '/atlas').
 * Paths outside the prefix or escaping the folder are not found.
 */
export function locate(dir: string, prefix: string, pathname: string): Answer {
  const root = resolve(dir);
  const notFound: Answer = { file: join(root, '404.html'), status: 404 };
  if (prefix && pathname === prefix) return { redirect: `${prefix}/` };
  if (!pathname.startsWith(`${prefix}/`)) return notFound;
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return notFound;
  }
  const path = join(root, rel).replace(/[\\/]+$/, '');
  if (path === root) return { file: join(root, 'index.html'), status: 200 };
  if (!path.startsWith(root + sep)) return notFound;
  const file = [path, `${path}.html`, join(path, 'index.html')].find(isFile);
  return file ? { file, status: 200 } : notFound;
}

/** An HTTP server for `dir` under `prefix` (not yet listening). */
export function serveStatic(dir: string, prefix: string): Server {
  return createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const answer = locate(dir, prefix, url.pathname);
    if ('redirect' in answer) {
      res.writeHead(301, { location: answer.redirect + url.search }).end();
      return;
    }
    if (!isFile(answer.file)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(answer.status, {
      'content-type': contentType(answer.file),
      'cache-control': 'no-cache'
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(answer.file).pipe(res);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, prefix = '', port = '4174'] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: tsx scripts/serve-static.ts <folder> [prefix, e.g. /atlas] [port]');
    process.exit(2);
  }
  serveStatic(dir, prefix).listen(Number(port), '127.0.0.1', () =>
    console.log(`serving ${dir} at http://127.0.0.1:${port}${prefix}/`)
  );
}
