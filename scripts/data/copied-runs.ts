/**
 * Finds runs of N or more words that a project text repeats word for word from a source text:
 * summaries must be in our own words. Same word rule as ../shared/tools/copied-sentences.mjs.
 */

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/<[^>]+>/g, ' ')
    .match(/[\p{L}\p{N}']+/gu) ?? [];

export interface CopiedRun {
  file: string;
  source: string;
  words: string;
}

export function copiedRuns(
  sources: Record<string, string>,
  files: Record<string, string>,
  n = 10
): CopiedRun[] {
  const shingles = new Map<string, string>();
  for (const [name, text] of Object.entries(sources)) {
    const w = words(text);
    for (let i = 0; i + n <= w.length; i++) shingles.set(w.slice(i, i + n).join(' '), name);
  }
  const out: CopiedRun[] = [];
  for (const [file, text] of Object.entries(files)) {
    const w = words(text);
    for (let i = 0; i + n <= w.length; i++) {
      const key = w.slice(i, i + n).join(' ');
      const source = shingles.get(key);
      if (source) {
        out.push({ file, source, words: key });
        i += n - 1;
      }
    }
  }
  return out;
}
