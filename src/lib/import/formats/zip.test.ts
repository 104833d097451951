import { describe, expect, it } from 'vitest';
import { excelOf, odsOf, zipOf } from './test-workbooks';
import { isZip, openDocumentType, storedEntry, zipEntries } from './zip';

describe('zipEntries', () => {
  it('lists the entries of a ZIP from its directory, without unpacking them', () => {
    const zip = zipOf({ 'a/b.txt': 'hello hello hello hello', 'c.xml': '<x/>' });
    expect(isZip(zip)).toBe(true);
    expect(zipEntries(zip)?.map((e) => [e.name, e.method, e.size])).toEqual([
      ['a/b.txt', 8, 23],
      ['c.xml', 8, 4]
    ]);
    expect(zipEntries(excelOf({ s: [['a']] }))?.map((e) => e.name)).toContain('xl/workbook.xml');
  });

  it('reads a stored entry, as an OpenDocument keeps its mimetype', () => {
    const ods = odsOf('<table:table table:name="s"/>');
    const entries = zipEntries(ods)!;
    expect(entries[0].name).toBe('mimetype');
    expect(new TextDecoder().decode(storedEntry(ods, entries[0])!)).toBe(
      'application/vnd.oasis.opendocument.spreadsheet'
    );
    expect(openDocumentType(ods, entries)).toBe('application/vnd.oasis.opendocument.spreadsheet');
    // A deflated entry is not read.
    expect(storedEntry(ods, entries[1])).toBeNull();
  });

  it('gives up on what is not a whole ZIP', () => {
    const zip = zipOf({ 'a.txt': 'a' });
    expect(zipEntries(zip.subarray(0, zip.length - 10))).toBeNull();
    expect(zipEntries(new TextEncoder().encode('date,place\n'))).toBeNull();
    // The directory's entry no longer where the end record says it is.
    const broken = zip.slice();
    const at = broken.findIndex(
      (b, i) => b === 0x50 && broken[i + 1] === 0x4b && broken[i + 2] === 1
    );
    broken[at] = 0;
    expect(zipEntries(broken)).toBeNull();
  });
});
