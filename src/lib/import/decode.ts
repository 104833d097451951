/**
 * Bytes of an imported file → text. Honors a BOM (UTF-8, UTF-16 LE/BE) and recognises UTF-16
 * without one, by its zero bytes (Latin text) or by its high bytes taking very few values
 * (Cyrillic text: 0x04 for the letters, 0x00 for digits, spaces and punctuation). Otherwise the
 * whole file is read as UTF-8, and a few bytes that are not UTF-8 are replaced (U+FFFD) and
 * counted, so that the table can report the rows that hold them; only a file whose non-ASCII
 * bytes are mostly not UTF-8, and read as Windows-1251 are mostly Cyrillic letters, is taken for
 * Windows-1251 (common for Russian spreadsheets).
 */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';
  /** Characters replaced by U+FFFD because their bytes were not valid in the encoding. */
  replaced: number;
}

/** How many leading bytes the UTF-16 sniffing looks at. */
const SNIFF_BYTES = 4096;

/**
 * The byte order of UTF-16 text without a BOM: in each pair, one byte (the high one) takes very
 * few values — 0x00 for Latin letters, digits and punctuation, 0x04 for Cyrillic — while the other
 * varies. null when the first bytes do not look like UTF-16.
 */
export function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  const pairs = n / 2;
  // Share of the pairs whose high byte (at offset 0 or 1) is one of the two commonest values.
  const topTwo = (offset: number) => {
    const counts = new Uint32Array(256);
    for (let i = offset; i < n; i += 2) counts[bytes[i]]++;
    const sorted = [...counts].sort((a, b) => b - a);
    return { share: (sorted[0] + sorted[1]) / pairs, zeros: counts[0] / pairs };
  };
  const even = topTwo(0);
  const odd = topTwo(1);
  // Latin text: zeros on one side, almost none on the other.
  if (odd.zeros >= 0.25 && even.zeros <= 0.02) return 'utf-16le';
  if (even.zeros >= 0.25 && odd.zeros <= 0.02) return 'utf-16be';
  // Cyrillic (or mixed) text: one side nearly all of two values, with zeros among them; the
  // other side spread. ASCII or UTF-8 text has no zero bytes at all.
  if (odd.zeros > 0 && odd.share >= 0.95 && even.share < 0.6) return 'utf-16le';
  if (even.zeros > 0 && even.share >= 0.95 && odd.share < 0.6) return 'utf-16be';
  return null;
}

const REPLACEMENT = /\uFFFD/g;
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** The bytes as UTF-8, counting what had to be replaced (a U+FFFD the file itself holds is not). */
function utf8(bytes: Uint8Array): Decoded {
  const text = new TextDecoder('utf-8').decode(bytes);
  let replaced = count(text, REPLACEMENT);
  if (replaced) {
    // EF BF BD is U+FFFD written in the file: not a replacement.
    for (let i = 0; i + 2 < bytes.length; i++)
      if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) replaced--;
  }
  return { text, encoding: 'utf-8', replaced: Math.max(0, replaced) };
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  const utf16 = (encoding: 'utf-16le' | 'utf-16be', from: number): Decoded => {
    const text = new TextDecoder(encoding).decode(bytes.subarray(from));
    return { text, encoding, replaced: count(text, REPLACEMENT) };
  };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16('utf-16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16('utf-16be', 2);
  const order = utf16Order(bytes);
  if (order) return utf16(order, 0);
  const asUtf8 = utf8(bytes);
  if (asUtf8.replaced === 0) return asUtf8;
  // Some bytes are not UTF-8. A UTF-8 file with a few bad bytes keeps its reading; a
  // Windows-1251 file has almost no valid UTF-8 sequences, and reads as Cyrillic letters.
  const validNonAscii = count(asUtf8.text, /[\u0080-\uFFFC\uFFFE\uFFFF]/g);
  if (validNonAscii >= asUtf8.replaced || asUtf8.replaced <= 2) return asUtf8;
  const cp1251 = new TextDecoder('windows-1251').decode(bytes);
  const nonAscii = count(cp1251, /[\u0080-\uffff]/g);
  const cyrillic = count(cp1251, /[\u0400-\u04ff]/g);
  return cyrillic >= 0.8 * nonAscii
    ? { text: cp1251, encoding: 'windows-1251', replaced: 0 }
    : asUtf8;
}
