/**
 * `npm run sources:fingerprint`: writes geodata/sources/<id>.fingerprint.json for every source in
 * geodata/sources.json, from the texts in `ATLAS_SEEDS` (default ../shared/seeds).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprint } from './sources/fingerprint';
import {
  FINGERPRINT_DIR,
  fingerprintPath,
  seedsDir,
  serialiseFingerprint
} from './sources/read-fingerprints';

const root = process.cwd();
const dir = seedsDir(root);
const sources = JSON.parse(readFileSync(join(root, 'geodata', 'sources.json'), 'utf8')) as {
  id: string;
  file: string;
}[];
const missing = sources.filter((s) => !existsSync(join(dir, s.file)));
if (missing.length) {
  console.error(
    `sources:fingerprint: ${missing.map((s) => s.file).join(', ')} not found in ${dir} ` +
      '(set ATLAS_SEEDS to the folder holding the source texts)'
  );
  process.exit(1);
}
mkdirSync(join(root, FINGERPRINT_DIR), { recursive: true });
for (const s of sources) {
  const fp = fingerprint(s.id, s.file, readFileSync(join(dir, s.file), 'utf8'));
  writeFileSync(fingerprintPath(root, s.id), serialiseFingerprint(fp));
  console.log(`sources:fingerprint: ${s.id}: ${fp.lines.length} lines → ${FINGERPRINT_DIR}/`);
}
