import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '$lib/time/days';
import {
  formatActors,
  formatCasualties,
  formatSources,
  joinProvenance,
  parseActors,
  parseCasualties,
  parseSources,
  splitProvenance
} from './columns';

describe('actors', () => {
  it('joins plain names with " | " and reads hand-written cells leniently', () => {
    expect(formatActors(['Petrograd Soviet', 'Кронштадтцы'])).toBe(
      'Petrograd Soviet | Кронштадтцы'
    );
    expect(formatActors([])).toBe('');
    expect(parseActors('Petrograd Soviet|Кронштадтцы ')).toEqual([
      'Petrograd Soviet',
      'Кронштадтцы'
    ]);
    expect(parseActors(' |  | ')).toEqual([]);
  });

  it('writes JSON when a name holds "|", is blank or padded, or the first starts with "["', () => {
    expect(formatActors(['SRs | Left', 'Mensheviks'])).toBe('["SRs | Left","Mensheviks"]');
    expect(formatActors([''])).toBe('[""]');
    expect(formatActors([' sailors'])).toBe('[" sailors"]');
    expect(formatActors(['[unnamed]'])).toBe('["[unnamed]"]');
    expect(parseActors('["SRs | Left","Mensheviks"]')).toEqual(['SRs | Left', 'Mensheviks']);
    // Not a JSON list of names: read as names.
    expect(parseActors('[unnamed] | Reds')).toEqual(['[unnamed]', 'Reds']);
  });
});

describe('casualties', () => {
  const killed = { count: 100, kind: 'killed', source: 'tabor-2017', line: 229, approximate: true };
  const arrested = { count: 500, kind: 'arrested', source: 'anarwiki-failures', line: 125 };

  it('writes simple tolls in a short form and reads it back', () => {
    const cell = formatCasualties([killed, arrested]);
    expect(cell).toBe('~100 killed (tabor-2017:229); 500 arrested (anarwiki-failures:125)');
    expect(parseCasualties(cell)).toEqual([killed, arrested]);
    expect(formatCasualties([{ count: null, kind: 'shot', source: 'guerin-1970' }])).toBe(
      '? shot (guerin-1970)'
    );
    expect(parseCasualties(' 12  killed ( guerin-1970 : 8 ) ;')).toEqual([
      { count: 12, kind: 'killed', source: 'guerin-1970', line: 8 }
    ]);
  });

  it('writes JSON when a toll has a note or a text', () => {
    const noted = { ...arrested, note: 'claimed for both capitals' };
    const cell = formatCasualties([killed, noted]);
    expect(JSON.parse(cell)).toEqual([killed, noted]);
    expect(parseCasualties(cell)).toEqual([killed, noted]);
    const vague = { count: null, text: 'hundreds', kind: 'wounded', source: 'tabor-2017' };
    expect(parseCasualties(formatCasualties([vague]))).toEqual([vague]);
  });

  it('says what is wrong with a bad cell', () => {
    expect(parseCasualties('many killed')).toBe(
      '"many killed" is not a toll like "12 killed (source:line)"'
    );
    expect(parseCasualties('12 killed (guerin:0)')).toBe(
      '"12 killed (guerin:0)": line must be a whole number ≥ 1'
    );
    expect(parseCasualties('[{"count":-1,"kind":"killed","source":"x"}]')).toBe(
      'toll 1: count must be a whole number ≥ 0 or null'
    );
    expect(parseCasualties('[{"kind":"killed","source":"x","dead":3}]')).toBe(
      'toll 1 has an unknown field "dead"'
    );
    expect(parseCasualties('[1,')).toMatch(/^is not valid JSON/);
    expect(parseCasualties('[]')).toEqual([]);
  });
});

describe('sources', () => {
  it('writes citations of a line as "source:line" and reads spaces, commas or semicolons', () => {
    const cs = [
      { source: 'guerin-1970', line: 120 },
      { source: 'tabor-2017', line: 33 }
    ];
    expect(formatSources(cs)).toBe('guerin-1970:120 tabor-2017:33');
    expect(parseSources('guerin-1970:120, tabor-2017:33;')).toEqual(cs);
    expect(parseSources('import:a:b.csv:7')).toEqual([{ source: 'import:a:b.csv', line: 7 }]);
  });

  it('writes JSON for a citation with its own date, and resolves that date again', () => {
    const cheka = {
      source: 'guerin-1970',
      line: 80,
      date: '1918-04-12',
      calendar: 'gregorian' as const,
      note: 'gives the night of 12 April',
      start: dayFromYmd(1918, 4, 12),
      end: dayFromYmd(1918, 4, 12)
    };
    const cell = formatSources([{ source: 'anarwiki-failures', line: 124 }, cheka]);
    expect(cell).not.toContain('start');
    expect(parseSources(cell)).toEqual([{ source: 'anarwiki-failures', line: 124 }, cheka]);
    // A cited date without a calendar is in the event's.
    expect(parseSources('[{"source":"tabor-2017","line":422,"date":"1905-05"}]', 'julian')).toEqual(
      [
        {
          source: 'tabor-2017',
          line: 422,
          date: '1905-05',
          calendar: 'julian',
          start: dayFromYmd(1905, 5, 14),
          end: dayFromYmd(1905, 6, 13)
        }
      ]
    );
  });

  it('says what is wrong with a bad cell', () => {
    expect(parseSources('guerin-1970')).toBe(
      '"guerin-1970" is not a citation like "source:line" (line a whole number ≥ 1)'
    );
    expect(parseSources('[{"source":"x","line":1,"calendar":"old"}]')).toBe(
      'citation 1: calendar must be julian or gregorian'
    );
    expect(parseSources('{"source":"x","line":1}')).toBe('is JSON but not a list');
  });
});

describe('provenance', () => {
  it('takes an import citation out as file and row, and puts it back first', () => {
    const sources = [
      { source: 'import:strikes 1917.csv', line: 12 },
      { source: 'guerin-1970', line: 3 }
    ];
    const p = splitProvenance(sources);
    expect(p).toEqual({
      file: 'strikes 1917.csv',
      row: 12,
      sources: [{ source: 'guerin-1970', line: 3 }]
    });
    expect(joinProvenance(p)).toEqual(sources);
    expect(splitProvenance([{ source: 'guerin-1970', line: 3 }]).file).toBe('');
  });
});
