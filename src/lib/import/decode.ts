/**
 * Bytes of an imported file → text. Honors a BOM (UTF-8, UTF-16 LE/BE) and recognises UTF-16
 * without one by its zero bytes; otherwise tries UTF-8 and falls back to Windows-1251 (common
 * for Russian spreadsheets) when UTF-8 does not fit.
 */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';
}

/** How many leading bytes `utf16Order` looks at. */
const SNIFF_BYTES = 1024;

/**
 * The byte order of UTF-16 text without a BOM, told by its zero bytes: text with Latin letters,
 * digits or punctuation has a zero as the high byte of each of those characters, so zeros fall
 * on odd offsets (little-endian) or even ones (big-endian) and almost never on the other.
 * null when the first KB does not look like UTF-16.
 */
export function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs / 4 && even <= pairs / 50) return 'utf-16le';
  if (even >= pairs / 4 && odd <= pairs / 50) return 'utf-16be';
  return null;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = utf16Order(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}
