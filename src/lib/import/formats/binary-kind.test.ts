import { describe, expect, it } from 'vitest';
import { readTable } from '../run-import';
import { binaryKind } from './binary-kind';
import { READS } from './index';
import { zipOf } from './test-workbooks';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p))
  );
const utf16le = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0), 0]);
/** An OLE2 compound file's signature, a stretch of its sectors, and a stream name in them. */
const ole2 = (stream: string) =>
  bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], Array(600).fill(0), utf16le(stream));

describe('binaryKind', () => {
  it('names files by their magic numbers', () => {
    const cases: [Uint8Array, string][] = [
      [bytes('%PDF-1.7\n%', [0xe2, 0xe3, 0xcf, 0xd3]), 'a PDF document'],
      [bytes([0x89], 'PNG\r\n', [0x1a], '\n', [0, 0, 0, 13], 'IHDR'), 'a PNG image'],
      [bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF'), 'a JPEG image'],
      [bytes('GIF89a', [1, 0, 1, 0]), 'a GIF image'],
      [bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'a WebP image'],
      [bytes([0x1f, 0x8b, 8, 0]), 'a gzip archive'],
      [bytes([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), 'a 7z archive'],
      [bytes('Rar!', [0x1a, 7, 1, 0]), 'a RAR archive'],
      [bytes('SQLite format 3', [0, 0x10, 0]), 'an SQLite database']
    ];
    for (const [b, what] of cases) expect(binaryKind(b)).toEqual({ what });
  });

  it('tells old Office files apart, and says what to do with an old Excel file', () => {
    expect(binaryKind(ole2('Workbook'))).toEqual({
      what: 'an old Excel .xls file',
      advice: 'save it as .xlsx or CSV'
    });
    expect(binaryKind(ole2('WordDocument'))).toEqual({ what: 'an old Word .doc file' });
    expect(binaryKind(ole2('PowerPoint Document'))).toEqual({
      what: 'an old PowerPoint .ppt file'
    });
    expect(binaryKind(ole2('EncryptedPackage'))).toEqual({
      what: 'a password-protected Office file',
      advice: 'save it without a password'
    });
  });

  it('tells ZIP files by what they hold', () => {
    const cases: [Record<string, string>, string][] = [
      [
        { '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' },
        'a Word document (.docx)'
      ],
      [
        { '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p/>' },
        'a PowerPoint presentation (.pptx)'
      ],
      [{ 'doc.kml': '<kml/>' }, 'a KMZ (Google Earth) file'],
      [{ 'data.csv': 'date,place\n' }, 'a ZIP archive']
    ];
    for (const [entries, what] of cases) expect(binaryKind(zipOf(entries))).toEqual({ what });
    const odt = zipOf(
      { mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' },
      true
    );
    expect(binaryKind(odt)).toEqual({ what: 'an OpenDocument text (.odt)' });
  });

  it('calls a file with NUL bytes in its first KB binary, unless it is UTF-16', () => {
    expect(binaryKind(bytes('date,place\n1917', [0], ',Moscow'))).toEqual({
      what: 'a binary file'
    });
    const late = bytes('date,place\n', 'x'.repeat(1100), [0]);
    expect(binaryKind(late)).toBeNull();
    expect(binaryKind(bytes(utf16le('date,place\n1917-03-08,Moscow\n')))).toBeNull();
    expect(binaryKind(bytes([0xfe, 0xff], [0, 0x64, 0, 0x61]))).toBeNull();
    expect(binaryKind(new TextEncoder().encode('дата;город\n'))).toBeNull();
  });
});

describe('refusing files that are not tables', () => {
  it('names the file, what it is and what the import reads', () => {
    expect(() => readTable(bytes('%PDF-1.4\n'), 'report.pdf')).toThrow(
      `report.pdf is a PDF document, not a table: the import reads ${READS}`
    );
    expect(() => readTable(ole2('Workbook'), 'old.xls')).toThrow(
      'old.xls is an old Excel .xls file: save it as .xlsx or CSV'
    );
    expect(() => readTable(zipOf({ 'word/document.xml': '<w/>' }), 'notes.docx')).toThrow(
      /^notes\.docx is a Word document \(\.docx\), not a table: /
    );
    // The name does not decide: a PDF called .csv is still a PDF.
    expect(() => readTable(bytes('%PDF-1.4\n'), 'data.csv')).toThrow(
      /^data\.csv is a PDF document/
    );
  });

  it('reads UTF-16 without a BOM as text', () => {
    const t = readTable(bytes(utf16le('date,place\n1917-03-08,Moscow\n')), 'u16.csv');
    expect(t).toMatchObject({ encoding: 'utf-16le', rows: [['1917-03-08', 'Moscow']] });
  });
});
