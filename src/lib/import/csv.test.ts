import { describe, expect, it } from 'vitest';
import { createAbortError } from '$lib/abort';
import { guessDelimiter, parseCsv } from './formats/csv';
import { decodeBytes, utf16Order } from './decode';
import { readTable } from './run-import';

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
      encoding: 'utf-8',
      replaced: 0
    });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x1a, 0x04, 0x40, 0x04]);
    expect(decodeBytes(utf16)).toEqual({ text: 'Кр', encoding: 'utf-16le', replaced: 0 });
    const cp1251 = new Uint8Array([0xca, 0xf0, 0xee, 0xed]); // "Крон"
    expect(decodeBytes(cp1251)).toEqual({ text: 'Крон', encoding: 'windows-1251', replaced: 0 });
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
    expect(decodeBytes(le)).toEqual({ text, encoding: 'utf-16le', replaced: 0 });
    expect(decodeBytes(be)).toEqual({ text, encoding: 'utf-16be', replaced: 0 });
    expect(utf16Order(new TextEncoder().encode(text))).toBeNull();
  });

  const utf16le = (text: string) => {
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      [bytes[2 * i], bytes[2 * i + 1]] = [u & 0xff, u >> 8];
    }
    return bytes;
  };

  it('recognises Cyrillic UTF-16 without a BOM, where few zero bytes fall', () => {
    const text = 'событие,место\nКровавое воскресенье,Петербург\nВосстание,Кронштадт\n';
    const bytes = utf16le(text);
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'utf-16le', replaced: 0 });
    const be = bytes.slice();
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
    expect(decodeBytes(be)).toEqual({ text, encoding: 'utf-16be', replaced: 0 });
  });

  it('keeps reading UTF-8 when one byte is bad: the byte is replaced and counted', () => {
    const good = new TextEncoder().encode('город,дата\nПетроград,1917-02-23\nМосква,1917-10-25\n');
    const at = good.indexOf(0x0a); // after the header's line end
    const bad = new Uint8Array([...good.slice(0, at), 0xff, ...good.slice(at)]);
    const d = decodeBytes(bad);
    expect(d.encoding).toBe('utf-8');
    expect(d.replaced).toBe(1);
    expect(d.text).toContain('Москва');
    expect(d.text).toContain('Петроград');
  });

  it('takes Russian Windows-1251 with its typographic marks for Windows-1251', () => {
    const text = 'название,место\n«Кровавое воскресенье» — №1,Петербург\n';
    const dec = new TextDecoder('windows-1251');
    const byChar = new Map<string, number>();
    for (let b = 0; b < 256; b++) byChar.set(dec.decode(new Uint8Array([b])), b);
    const bytes = new Uint8Array([...text].map((c) => byChar.get(c)!));
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'windows-1251', replaced: 0 });
  });

  it('names the row and column of a cell whose bytes were replaced, and keeps the row', () => {
    const good = new TextEncoder().encode('date,place\n1917-02-23,Петроград\n1917-10-25,Москва\n');
    const at = good.lastIndexOf(0x2c); // the last comma: the bad byte goes into row 3's place
    const bytes = new Uint8Array([...good.slice(0, at + 1), 0xff, ...good.slice(at + 1)]);
    const table = readTable(bytes, 'bad-byte.csv');
    expect(table.encoding).toBe('utf-8');
    expect(table.rows).toEqual([
      ['1917-02-23', 'Петроград'],
      ['1917-10-25', '\uFFFDМосква']
    ]);
    expect(table.problems).toEqual([
      {
        row: 3,
        field: 'place',
        message:
          'holds bytes that are not UTF-8, shown as �; the rest of the file is read as UTF-8',
        dropped: false,
        value: '\uFFFDМосква'
      }
    ]);
  });

  it('does not count a U+FFFD that the file itself holds', () => {
    const d = decodeBytes(new TextEncoder().encode('a,b\n\uFFFD,\u0436\n'));
    expect(d).toMatchObject({ encoding: 'utf-8', replaced: 0 });
  });
});
