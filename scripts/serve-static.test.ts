import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentType, locate } from './serve-static';

describe('locate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-static-'));
  for (const f of ['index.html', '404.html', 'present.html', 'present/1905.html', '_app/a.js']) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), f);
  }
  const ok = (f: string) => ({ file: join(dir, f), status: 200 });
  const missing = { file: join(dir, '404.html'), status: 404 };

  it('serves files, prerendered pages and the index under the prefix', () => {
    expect(locate(dir, '/atlas', '/atlas/')).toEqual(ok('index.html'));
    expect(locate(dir, '/atlas', '/atlas/_app/a.js')).toEqual(ok('_app/a.js'));
    expect(locate(dir, '/atlas', '/atlas/present')).toEqual(ok('present.html'));
    expect(locate(dir, '/atlas', '/atlas/present/1905')).toEqual(ok('present/1905.html'));
    expect(locate(dir, '', '/present')).toEqual(ok('present.html'));
  });

  it('redirects the bare prefix and answers everything else with 404.html', () => {
    expect(locate(dir, '/atlas', '/atlas')).toEqual({ redirect: '/atlas/' });
    expect(locate(dir, '/atlas', '/atlas/no-such-page')).toEqual(missing);
    expect(locate(dir, '/atlas', '/_app/a.js')).toEqual(missing);
    expect(locate(dir, '/atlas', '/atlasx/index.html')).toEqual(missing);
    expect(locate(dir, '/atlas', '/atlas/%2e%2e/%2e%2e/etc/passwd')).toEqual(missing);
    expect(locate(dir, '/atlas', '/atlas/%E0%A4%A')).toEqual(missing);
  });
});

describe('contentType', () => {
  it('goes by the extension, with a default for the unknown', () => {
    expect(contentType('/site/404.html')).toBe('text/html; charset=utf-8');
    expect(contentType('/site/_app/immutable/a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentType('/site/data/basemap/tiles/3/4/2.pbf')).toBe('application/x-protobuf');
    expect(contentType('/site/robots.txt')).toBe('text/plain; charset=utf-8');
    expect(contentType('/site/data/blob.bin')).toBe('application/octet-stream');
  });
});
