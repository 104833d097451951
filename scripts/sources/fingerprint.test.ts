import { describe, expect, it } from 'vitest';
import { copiedRuns, fingerprint, runSet, words } from './fingerprint';
import { serialiseFingerprint } from './read-fingerprints';

const TEXT = [
  'The Sailors of the <i>fleet</i> met on the ice, and they chose a committee of fifteen.',
  '',
  "A strike began at the works; it didn't end until the spring thaw came to the city of Petrograd.",
  '   '
].join('\n');

describe('words', () => {
  it('lower-cases, drops tags and keeps letters, digits and apostrophes, in any script', () => {
    expect(words("Don't <b>stop</b> 1917, Кронштадт!")).toEqual([
      "don't",
      'stop',
      '1917',
      'кронштадт'
    ]);
  });
});

describe('fingerprint', () => {
  const fp = fingerprint('s', 's.txt', `${TEXT}\n`);

  it('has one entry per line: a hash and the word count, none for a blank line', () => {
    expect(fp.lines.map(([, n]) => n)).toEqual([16, 0, 19, 0]);
    expect(fp.lines[1][0]).toBeNull();
    expect(fp.lines[0][0]).toMatch(/^[0-9a-f]{12}$/);
    expect(fp.lines[0][0]).not.toBe(fp.lines[2][0]);
    // The hash is of the words, so spacing and case do not change it.
    expect(fingerprint('s', 's.txt', TEXT.toUpperCase().replace(/ /g, '  ')).lines).toEqual(
      fp.lines
    );
  });

  it('holds one hash per distinct run of ten words, and no word of the text', () => {
    expect(runSet(fp).size).toBe(16 + 19 - 10 + 1);
    const file = serialiseFingerprint(fp);
    for (const w of words(TEXT).filter((w) => w.length > 3)) expect(file).not.toContain(w);
    expect(JSON.parse(file)).toEqual(fp);
  });

  it('changes when a line of the text changes', () => {
    const other = fingerprint('s', 's.txt', TEXT.replace('fifteen', 'sixteen'));
    expect(other.lines[0][0]).not.toBe(fp.lines[0][0]);
    expect(other.lines[2]).toEqual(fp.lines[2]);
    expect(other.runs).not.toBe(fp.runs);
  });
});

describe('copiedRuns', () => {
  const fp = fingerprint('s', 's.txt', TEXT);

  it('finds a run of ten words repeated from a source, across its lines and in other case', () => {
    const found = copiedRuns([fp], {
      'a.yaml': 'summary: they chose A COMMITTEE of fifteen. A strike began at the works; here.'
    });
    expect(found).toEqual([
      {
        file: 'a.yaml',
        source: 's',
        words: 'they chose a committee of fifteen a strike began at'
      }
    ]);
  });

  it('reports a copied sentence once, and nothing for nine words or for a paraphrase', () => {
    expect(copiedRuns([fp], { 'b.md': TEXT.split('\n')[2] })).toHaveLength(1);
    expect(
      copiedRuns([fp], { 'c.md': 'met on the ice and they chose a committee', d: 'x' })
    ).toEqual([]);
    expect(
      copiedRuns([fp], { 'e.md': 'The fleet’s sailors gathered on the ice and elected fifteen.' })
    ).toEqual([]);
  });
});
