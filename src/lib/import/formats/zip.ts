/**
 * What a ZIP file holds, read from its central directory without unpacking anything: enough to
 * tell an Excel workbook from a Word document or an OpenDocument spreadsheet from a text, and to
 * see how large it would be unpacked.
 */

export interface ZipEntry {
  name: string;
  /** How the entry is stored: 0 = stored as is, 8 = deflated. */
  method: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  offset: number;
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) =>
  (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 2 ** 24;

/** The file starts as a ZIP does (a local file header, or the end record of an empty ZIP). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

const latin1 = new TextDecoder('windows-1252');
const utf8 = new TextDecoder('utf-8');

/**
 * The entries of a ZIP file, from its central directory; null when the directory cannot be found
 * or read (a truncated file, a ZIP64 archive).
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  if (!isZip(bytes)) return null;
  // The end of central directory record: 22 bytes, then a comment of up to 65,535 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  if (count === 0xffff || at === 0xffffffff) return null;
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    entries.push({
      // Bit 11: the name is UTF-8; otherwise code page 437, read here as Latin-1 (names that
      // matter here are ASCII).
      name: (flags & 0x800 ? utf8 : latin1).decode(nameBytes),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      offset: u32(bytes, at + 42)
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** The bytes of an entry stored without compression (as an OpenDocument's `mimetype` is), or null. */
export function storedEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const at = entry.offset;
  if (entry.method !== 0 || at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) return null;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const data = bytes.subarray(start, start + entry.size);
  return data.length === entry.size ? data : null;
}

/** The MIME type an OpenDocument file declares in its `mimetype` entry, or null. */
export function openDocumentType(bytes: Uint8Array, entries: readonly ZipEntry[]): string | null {
  const m = entries.find((e) => e.name === 'mimetype');
  const data = m && storedEntry(bytes, m);
  return data ? latin1.decode(data).trim() : null;
}
