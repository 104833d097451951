/**
 * `vite preview` of the last build (.svelte-kit/output), for the scripts and the benchmark that
 * drive the built site in Chromium. Run with Node itself rather than through npx, so that stopping
 * it stops the server.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Starts `vite preview` on `port` and waits until `probe` answers; returns what stops it. */
export async function vitePreview(port: number, probe = '/'): Promise<() => void> {
  const vite = path.join('node_modules', 'vite', 'bin', 'vite.js');
  const server = spawn(
    process.execPath,
    [vite, 'preview', '--port', String(port), '--strictPort'],
    {
      stdio: 'ignore'
    }
  );
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://localhost:${port}${probe}`)).ok) return () => server.kill();
    } catch {
      /* not up yet */
    }
    if (server.exitCode !== null) break;
    await sleep(250);
  }
  server.kill();
  throw new Error(`vite preview did not come up on port ${port}`);
}
