/**
 * What the text formats share: a file's bytes decoded once (`decodeBytes`), and its text parsed
 * as JSON once, however many formats sniff and read it. Both are kept for as long as the bytes
 * are.
 */
import { decodeBytes, type Decoded } from '../decode';

const decoded = new WeakMap<Uint8Array, Decoded>();

/** The file's text and how it was decoded. */
export function textOf(bytes: Uint8Array): Decoded {
  let d = decoded.get(bytes);
  if (!d) {
    d = decodeBytes(bytes);
    decoded.set(bytes, d);
  }
  return d;
}

/** The file's text parsed as JSON, or why it is not JSON. */
export type Json =
  | { ok: true; doc: unknown }
  /** Not JSON (`message`: the parser's), or nested too deeply to parse (`message` undefined). */
  | { ok: false; message?: string };

const parsed = new WeakMap<Uint8Array, Json>();

/** The first non-blank character of the text is `{`: the file may be a JSON object. */
export function startsWithBrace(bytes: Uint8Array): boolean {
  return /^\s*\{/.test(textOf(bytes).text.slice(0, 200));
}

/** The file's text as JSON, parsed once. Never throws. */
export function jsonOf(bytes: Uint8Array): Json {
  let j = parsed.get(bytes);
  if (!j) {
    try {
      j = { ok: true, doc: JSON.parse(textOf(bytes).text) };
    } catch (e) {
      // Anything but a SyntaxError is the parser running out of stack or memory.
      j = { ok: false, message: e instanceof SyntaxError ? e.message : undefined };
    }
    parsed.set(bytes, j);
  }
  return j;
}

/**
 * The file's JSON document; throws, naming the file, if it is not JSON or is nested too deeply to
 * read.
 */
export function jsonDoc(bytes: Uint8Array, name: string): unknown {
  const j = jsonOf(bytes);
  if (j.ok) return j.doc;
  if (j.message !== undefined) throw new Error(`${name} is not valid JSON: ${j.message}`);
  throw new Error(`${name} is nested too deeply to read`);
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON value as a cell: text as is, numbers and booleans as JSON writes them, else JSON. */
export const cell = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
