/** Where the source texts and their fingerprints are, and reading them from disk. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFingerprint } from './fingerprint';

/** The committed fingerprints: `geodata/sources/<source id>.fingerprint.json`. */
export const FINGERPRINT_DIR = join('geodata', 'sources');

/**
 * Where the source texts are, when one has them: `ATLAS_SEEDS`, else `../shared/seeds` beside the
 * repository. Nothing needs them but `npm run sources:fingerprint` and the check that the committed
 * fingerprints still match them.
 */
export function seedsDir(root = process.cwd()): string {
  return process.env.ATLAS_SEEDS ?? join(root, '..', 'shared', 'seeds');
}

/** The committed fingerprints, sorted by source id (none if the folder is missing). */
export function readFingerprints(root = process.cwd()): SourceFingerprint[] {
  const dir = join(root, FINGERPRINT_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.fingerprint.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SourceFingerprint);
}

/** The path a source's fingerprint is written to. */
export function fingerprintPath(root: string, source: string): string {
  return join(root, FINGERPRINT_DIR, `${source}.fingerprint.json`);
}

/**
 * A fingerprint as a file: one line per text line, so a changed paragraph shows as one changed line
 * in a diff.
 */
export function serialiseFingerprint(fp: SourceFingerprint): string {
  const { lines, runs, ...head } = fp;
  const body = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  const rows = lines.map((l) => `    ${JSON.stringify(l)}`).join(',\n');
  return `${body},\n  "lines": [\n${rows}\n  ],\n  "runs": ${JSON.stringify(runs)}\n}\n`;
}
