/**
 * Where the sample files of other tools (tests/fixtures/peers/README.md) are at hand: the folder
 * named by ATLAS_PEERS, else shared/peers beside the repository. They are other projects' data
 * and are not part of the repository; tests that read them run where they are present.
 */
import { join } from 'node:path';

export function peersDir(root = process.cwd()): string {
  return process.env.ATLAS_PEERS ?? join(root, '../shared/peers');
}
