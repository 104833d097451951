/**
 * What a file that is not a table is, told by its first bytes, so that it is refused by name (a
 * PDF, an image, a Word document) rather than read as a CSV of garbage. Spreadsheets the import
 * reads are claimed by their formats before this is asked.
 */
import { utf16Order } from '../decode';
import { isZip, openDocumentType, zipEntries } from './zip';

/** A kind of file the import does not read. */
export interface BinaryKind {
  /** What the file is, as a phrase: "a PDF document". */
  what: string;
  /** What to do instead, where there is something better to say than the formats read. */
  advice?: string;
}

const ascii = (bytes: Uint8Array, at: number, s: string) => {
  for (let i = 0; i < s.length; i++) if (bytes[at + i] !== s.charCodeAt(i)) return false;
  return true;
};
const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((b, i) => bytes[i] === b);

/** Magic numbers at the start of a file, and what they mean. */
const MAGIC: [test: (b: Uint8Array) => boolean, what: string][] = [
  [(b) => ascii(b, 0, '%PDF-'), 'a PDF document'],
  [(b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'a PNG image'],
  [(b) => startsWith(b, [0xff, 0xd8, 0xff]), 'a JPEG image'],
  [(b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a'), 'a GIF image'],
  [(b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP'), 'a WebP image'],
  [(b) => startsWith(b, [0x1f, 0x8b]), 'a gzip archive'],
  [(b) => startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), 'a 7z archive'],
  [(b) => ascii(b, 0, 'Rar!\x1a\x07'), 'a RAR archive'],
  [(b) => ascii(b, 0, 'SQLite format 3\0'), 'an SQLite database']
];

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The bytes of `s` in UTF-16LE, as OLE2 names its streams. */
const utf16le = (s: string) => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[2 * i] = s.charCodeAt(i);
  return out;
};
function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - needle.length;) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
    i = bytes.indexOf(first, i + 1);
  }
  return false;
}

/** An old Office file (OLE2 compound document): which program wrote it, by its streams' names. */
function oldOffice(bytes: Uint8Array): BinaryKind {
  // A password-protected .xlsx or .docx is an OLE2 file holding the encrypted package.
  if (contains(bytes, utf16le('EncryptedPackage')))
    return { what: 'a password-protected Office file', advice: 'save it without a password' };
  if (contains(bytes, utf16le('WordDocument'))) return { what: 'an old Word .doc file' };
  if (contains(bytes, utf16le('PowerPoint Document')))
    return { what: 'an old PowerPoint .ppt file' };
  return { what: 'an old Excel .xls file', advice: 'save it as .xlsx or CSV' };
}

const OPEN_DOCUMENT: Record<string, string> = {
  text: 'an OpenDocument text (.odt)',
  presentation: 'an OpenDocument presentation (.odp)',
  graphics: 'an OpenDocument drawing (.odg)'
};

/** A ZIP that is not a workbook the import reads: what it is, by the files it holds. */
function zipKind(bytes: Uint8Array): BinaryKind {
  const entries = zipEntries(bytes);
  const names = entries?.map((e) => e.name) ?? [];
  if (names.some((n) => n.startsWith('word/'))) return { what: 'a Word document (.docx)' };
  if (names.some((n) => n.startsWith('ppt/'))) return { what: 'a PowerPoint presentation (.pptx)' };
  if (names.some((n) => /\.kml$/i.test(n))) return { what: 'a KMZ (Google Earth) file' };
  const od = entries && openDocumentType(bytes, entries);
  const odKind = od?.match(/^application\/vnd\.oasis\.opendocument\.(\w+)/)?.[1];
  if (odKind && Object.hasOwn(OPEN_DOCUMENT, odKind)) return { what: OPEN_DOCUMENT[odKind] };
  return { what: 'a ZIP archive' };
}

/** How many leading bytes are looked at for NUL bytes. */
const HEAD = 1024;

/**
 * What the file is if it is not text (by its magic number, or NUL bytes in its first KB that are
 * not UTF-16), or null if it may be text.
 */
export function binaryKind(bytes: Uint8Array): BinaryKind | null {
  for (const [test, what] of MAGIC) if (test(bytes)) return { what };
  if (startsWith(bytes, OLE2)) return oldOffice(bytes);
  if (isZip(bytes)) return zipKind(bytes);
  const head = bytes.subarray(0, HEAD);
  const utf16Bom = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (head.includes(0) && !utf16Bom && !utf16Order(bytes)) return { what: 'a binary file' };
  return null;
}
