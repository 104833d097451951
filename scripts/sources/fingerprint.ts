/**
 * Fingerprints of the source texts: what the checks need to know about a text, without the text.
 *
 * The four texts the atlas is built from are others' writing and stay out of the repository. The
 * checks need two facts about them: which lines (paragraphs) exist and are not blank, so that every
 * citation points somewhere real; and which runs of ten words they contain, so that no file of the
 * project repeats one. A fingerprint holds exactly that: per line, a hash of its words and how many
 * there are; and the set of hashes of every run of ten consecutive words. A hash answers only "is
 * this exact run in the text?" for a run one already has: nothing in it can be read back as words.
 */
import { createHash } from 'node:crypto';

/** How many consecutive words make a run that counts as copied. */
export const RUN_LENGTH = 10;

/** The format written in each fingerprint, so that a change of rule cannot pass unnoticed. */
export const FINGERPRINT_FORMAT = 'atlas-source-fingerprint/1';

/** Bytes kept of each run's SHA-256: 48 bits, so a false match among ~10⁵ runs is ~10⁻⁹ a lookup. */
const RUN_BYTES = 6;

export interface SourceFingerprint {
  format: typeof FINGERPRINT_FORMAT;
  /** The source's id in geodata/sources.json. */
  source: string;
  /** The text file's name, as sources.json gives it. */
  file: string;
  /** The normalisation and hash, in words, for a reader of the file. */
  rule: string;
  /** Per line (1-based line n is entry n − 1): the line's hash (null when blank) and its word count. */
  lines: [string | null, number][];
  runLength: number;
  /** The sorted, distinct 48-bit hashes of every run of `runLength` words, packed big-endian, base64. */
  runs: string;
}

/**
 * The words of a text as every check counts them: lower case, HTML tags dropped, runs of letters,
 * digits and apostrophes (the same rule as the team's copied-sentence tool).
 */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/<[^>]+>/g, ' ')
      .match(/[\p{L}\p{N}']+/gu) ?? []
  );
}

/** The first 48 bits of the SHA-256 of words joined by single spaces. */
function hash48(ws: readonly string[]): Buffer {
  return createHash('sha256').update(ws.join(' ')).digest().subarray(0, RUN_BYTES);
}

/** The hash of every run of `n` consecutive words, as 12-digit hex strings, in text order. */
export function runHashes(ws: readonly string[], n = RUN_LENGTH): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= ws.length; i++) out.push(hash48(ws.slice(i, i + n)).toString('hex'));
  return out;
}

/** The lines of a text file: split on line feeds, a final newline closing the last line. */
export function textLines(text: string): string[] {
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

/** Makes the fingerprint of one source text. */
export function fingerprint(source: string, file: string, text: string): SourceFingerprint {
  const lines = textLines(text).map((line): [string | null, number] => {
    const ws = words(line);
    return [ws.length ? hash48(ws).toString('hex') : null, ws.length];
  });
  const runs = [...new Set(runHashes(words(text)))].sort();
  return {
    format: FINGERPRINT_FORMAT,
    source,
    file,
    rule:
      'words: lower-cased runs of letters, digits and apostrophes, HTML tags removed; ' +
      'hash: first 48 bits of SHA-256 of the words joined by single spaces',
    lines,
    runLength: RUN_LENGTH,
    runs: Buffer.from(runs.join(''), 'hex').toString('base64')
  };
}

/** The set of run hashes (hex) a fingerprint holds. */
export function runSet(fp: SourceFingerprint): Set<string> {
  const hex = Buffer.from(fp.runs, 'base64').toString('hex');
  const set = new Set<string>();
  for (let i = 0; i < hex.length; i += RUN_BYTES * 2) set.add(hex.slice(i, i + RUN_BYTES * 2));
  return set;
}

export interface CopiedRun {
  /** The project file that repeats the run. */
  file: string;
  /** The id of the source it repeats. */
  source: string;
  /** The project file's own ten words (never the source's text: the fingerprint has none). */
  words: string;
}

/**
 * Every run of ten words in a project file that a source also has, word for word. Runs found are
 * skipped past, so a copied sentence is reported once, not once per word.
 */
export function copiedRuns(
  fingerprints: readonly SourceFingerprint[],
  files: Record<string, string>
): CopiedRun[] {
  const sets = fingerprints.map((fp) => ({ source: fp.source, runs: runSet(fp) }));
  const out: CopiedRun[] = [];
  for (const [file, text] of Object.entries(files)) {
    const ws = words(text);
    const hashes = runHashes(ws);
    for (let i = 0; i < hashes.length; i++) {
      const hit = sets.find((s) => s.runs.has(hashes[i]));
      if (hit) {
        out.push({ file, source: hit.source, words: ws.slice(i, i + RUN_LENGTH).join(' ') });
        i += RUN_LENGTH - 1;
      }
    }
  }
  return out;
}
