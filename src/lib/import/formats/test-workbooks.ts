/**
 * Workbooks and ZIP files for the import's tests, built in memory with SheetJS (its writer and
 * its ZIP container, CFB): Excel workbooks as SheetJS writes them, and OpenDocument spreadsheets
 * written part by part as LibreOffice writes them.
 */
import * as XLSX from '@e965/xlsx';

/** A ZIP of these entries (text or bytes), deflated unless `stored`. */
export function zipOf(entries: Record<string, string | Uint8Array>, stored = false): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(entries))
    XLSX.CFB.utils.cfb_add(
      cfb,
      name,
      typeof data === 'string' ? new TextEncoder().encode(data) : data
    );
  return new Uint8Array(
    XLSX.CFB.write(cfb, { fileType: 'zip', type: 'array', compression: !stored }) as ArrayBuffer
  );
}

/** A cell for `excelOf`: a value, or a value with a number format (as Excel keeps dates). */
export type ExcelCell = string | number | boolean | null | { v: number; z: string };

/** An .xlsx (or .ods) workbook of these sheets, each rows of cells, in order. */
export function excelOf(
  sheets: Record<string, ExcelCell[][]>,
  options: { bookType?: 'xlsx' | 'ods'; date1904?: boolean } = {}
): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = XLSX.utils.aoa_to_sheet(
      rows.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? c.v : c)))
    );
    rows.forEach((r, i) =>
      r.forEach((c, j) => {
        if (c !== null && typeof c === 'object') ws[XLSX.utils.encode_cell({ r: i, c: j })].z = c.z;
      })
    );
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  if (options.date1904) wb.Workbook = { WBProps: { date1904: true } };
  return new Uint8Array(
    XLSX.write(wb, { type: 'array', bookType: options.bookType ?? 'xlsx' }) as ArrayBuffer
  );
}

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"';

/**
 * An .ods file as LibreOffice Calc writes one: a stored `mimetype` first, then `content.xml`
 * holding `tables` (`<table:table>` elements) with a day.month.year date style `ce1`, and
 * `styles.xml` and the manifest.
 */
export function odsOf(tables: string): Uint8Array {
  const content =
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS} office:version="1.3">` +
    '<office:automatic-styles><number:date-style style:name="N37"><number:day number:style="long"/>' +
    '<number:text>.</number:text><number:month number:style="long"/><number:text>.</number:text>' +
    '<number:year number:style="long"/></number:date-style>' +
    '<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N37"/>' +
    `</office:automatic-styles><office:body><office:spreadsheet>${tables}</office:spreadsheet>` +
    '</office:body></office:document-content>';
  const mimetype = zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet' }, true);
  const rest = zipOf({
    'content.xml': content,
    'styles.xml': `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NS} office:version="1.3"/>`,
    'META-INF/manifest.xml':
      '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
      '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
  });
  return joinZips(mimetype, rest);
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) =>
  (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 2 ** 24;
const put32 = (b: Uint8Array, i: number, v: number) => {
  b[i] = v & 0xff;
  b[i + 1] = (v >>> 8) & 0xff;
  b[i + 2] = (v >>> 16) & 0xff;
  b[i + 3] = (v >>> 24) & 0xff;
};

/** Where a ZIP's end record is, and its directory. */
function directory(z: Uint8Array) {
  const end = z.length - 22;
  return { end, count: u16(z, end + 10), size: u32(z, end + 12), offset: u32(z, end + 16) };
}

/** One ZIP holding the entries of `a`, in order, then those of `b` (as a writer that puts `mimetype` first does). */
function joinZips(a: Uint8Array, b: Uint8Array): Uint8Array {
  const da = directory(a);
  const db = directory(b);
  const localA = a.subarray(0, da.offset);
  const localB = b.subarray(0, db.offset);
  const dirA = a.slice(da.offset, da.offset + da.size);
  const dirB = b.slice(db.offset, db.offset + db.size);
  // Entries of b move after a's local headers: their offsets grow by that much.
  for (let at = 0; at < dirB.length;) {
    put32(dirB, at + 42, u32(dirB, at + 42) + localA.length);
    at += 46 + u16(dirB, at + 28) + u16(dirB, at + 30) + u16(dirB, at + 32);
  }
  const dirOffset = localA.length + localB.length;
  const end = a.slice(da.end, da.end + 22);
  end[8] = end[10] = (da.count + db.count) & 0xff;
  end[9] = end[11] = (da.count + db.count) >> 8;
  put32(end, 12, dirA.length + dirB.length);
  put32(end, 16, dirOffset);
  const out = new Uint8Array(dirOffset + dirA.length + dirB.length + 22);
  out.set(localA, 0);
  out.set(localB, localA.length);
  out.set(dirA, dirOffset);
  out.set(dirB, dirOffset + dirA.length);
  out.set(end, dirOffset + dirA.length + dirB.length);
  return out;
}

/** A copy of a ZIP whose directory says its first entries unpack to `sizes` bytes. */
export function withUnpackedSizes(zip: Uint8Array, sizes: number[]): Uint8Array {
  const out = zip.slice();
  let at = directory(out).offset;
  for (const size of sizes) {
    put32(out, at + 24, size);
    at += 46 + u16(out, at + 28) + u16(out, at + 30) + u16(out, at + 32);
  }
  return out;
}
