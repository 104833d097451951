import { describe, expect, it } from 'vitest';
import { createAbortError } from '$lib/abort';
import { guessDelimiter, parseCsv } from './formats/csv';
import { decodeBytes, utf16Order } from './decode';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, newlines in quotes and CRLF', () => {
    const { header, rows } = parseCsv(
      'date,title\r\n1917-03-08,"Strike, ""bread"" riots"\r\n1917-03-09,"two\nlines"\r\n'
    );
    expect(header).toEqual(['date', 'title']);
    expect(rows).toEqual([
      ['1917-03-08', 'Strike, "bread" riots'],
      ['1917-03-09', 'two\nlines']
    ]);
  });

  it('guesses semicolons and tabs, skips blank lines and a BOM', () => {
    expect(guessDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(guessDelimiter('a\tb\n')).toBe('\t');
    const { header, rows } = parseCsv('\ufeffдата;город\n\n1905-01-09;Петербург');
    expect(header).toEqual(['дата', 'город']);
    expect(rows).toEqual([['1905-01-09', 'Петербург']]);
  });

  it('reports progress and can be stopped by throwing', () => {
    const text = 'a\n' + Array.from({ length: 30 }, (_, i) => String(i)).join('\n');
    const seen: number[] = [];
    parseCsv(text, (f) => seen.push(f), 10);
    expect(seen.length).toBe(3);
    expect(() =>
      parseCsv(
        text,
        () => {
          throw createAbortError();
        },
        10
      )
    ).toThrow('cancelled');
  });
});

describe('decodeBytes', () => {
  it('decodes UTF-8, UTF-16 with BOM, and falls back to Windows-1251', () => {
    expect(decodeBytes(new TextEncoder().encode('Кронштадт'))).toEqual({
      text: 'Кронштадт',
      encoding: 'utf-8'
    });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x1a, 0x04, 0x40, 0x04]);
    expect(decodeBytes(utf16)).toEqual({ text: 'Кр', encoding: 'utf-16le' });
    const cp1251 = new Uint8Array([0xca, 0xf0, 0xee, 0xed]); // "Крон"
    expect(decodeBytes(cp1251)).toEqual({ text: 'Крон', encoding: 'windows-1251' });
  });

  it('recognises UTF-16 without a BOM by where its zero bytes fall', () => {
    const text = 'дата;город\n09.01.1905;Петербург\n';
    const le = new Uint8Array(text.length * 2);
    const be = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      [le[2 * i], le[2 * i + 1]] = [u & 0xff, u >> 8];
      [be[2 * i], be[2 * i + 1]] = [u >> 8, u & 0xff];
    }
    expect(decodeBytes(le)).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeBytes(be)).toEqual({ text, encoding: 'utf-16be' });
    expect(utf16Order(new TextEncoder().encode(text))).toBeNull();
  });
});
