/**
 * A value made of typed arrays and small plain data (an event table's columns) cut into chunks
 * of bytes of at most a given size, and put back together. A browser refuses to store one value
 * above a limit (Chromium: about 133 MB), and an import of a million rows is more than that as
 * one value: stored as chunks of a few MB each, it is kept wherever the quota allows.
 *
 * `splitChunks` replaces each typed array in the value by a reference to its bytes, which are
 * laid end to end (each array's start aligned to 8 bytes) and cut into chunks; `joinChunks`
 * gives each array a buffer of its own again, so that they can be transferred one by one.
 */

/** The size of a stored chunk: a few MB, far below any browser's limit for one value. */
export const CHUNK_BYTES = 4 * 1024 * 1024;

const ARRAY_TYPES = {
  Float64Array,
  Float32Array,
  Int32Array,
  Uint32Array,
  Int16Array,
  Uint16Array,
  Int8Array,
  Uint8Array,
  Uint8ClampedArray
};
type ArrayType = keyof typeof ARRAY_TYPES;
type AnyTypedArray = InstanceType<(typeof ARRAY_TYPES)[ArrayType]>;

/** Where a typed array of the value went: its type, its first byte in the chunks, its length. */
export interface ArrayRef {
  chunkedArray: ArrayType;
  at: number;
  length: number;
}

/** The value with its arrays replaced by references, and the chunks that hold their bytes. */
export interface Chunked {
  shape: unknown;
  /** The bytes of every array, in order; all chunks but the last are exactly `chunkBytes` long. */
  chunks: Uint8Array[];
  /** Their total length. */
  bytes: number;
}

const isRef = (v: unknown): v is ArrayRef =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as ArrayRef).chunkedArray === 'string' &&
  Object.hasOwn(ARRAY_TYPES, (v as ArrayRef).chunkedArray);

const align = (n: number) => Math.ceil(n / 8) * 8;

/** Cuts a value's typed arrays out into chunks of at most `chunkBytes` bytes. */
export function splitChunks(value: unknown, chunkBytes = CHUNK_BYTES): Chunked {
  if (!(chunkBytes >= 8 && chunkBytes % 8 === 0))
    throw new RangeError(`a chunk must be a positive multiple of 8 bytes, not ${chunkBytes}`);
  const arrays: { view: Uint8Array; at: number }[] = [];
  let bytes = 0;
  const walk = (v: unknown): unknown => {
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const type = v.constructor.name as ArrayType;
      if (!Object.hasOwn(ARRAY_TYPES, type)) throw new TypeError(`cannot store a ${type}`);
      const ref: ArrayRef = { chunkedArray: type, at: bytes, length: (v as AnyTypedArray).length };
      arrays.push({ view: new Uint8Array(v.buffer, v.byteOffset, v.byteLength), at: bytes });
      bytes = align(bytes + v.byteLength);
      return ref;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype)
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const shape = walk(value);
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < bytes; start += chunkBytes)
    chunks.push(new Uint8Array(Math.min(chunkBytes, bytes - start)));
  for (const { view, at } of arrays) copyInto(chunks, chunkBytes, at, view);
  return { shape, chunks, bytes };
}

/** Copies `view` into the chunks from byte `at` on, across chunk boundaries. */
function copyInto(chunks: Uint8Array[], chunkBytes: number, at: number, view: Uint8Array) {
  let done = 0;
  while (done < view.length) {
    const chunk = chunks[Math.floor((at + done) / chunkBytes)];
    const from = (at + done) % chunkBytes;
    const n = Math.min(view.length - done, chunk.length - from);
    chunk.set(view.subarray(done, done + n), from);
    done += n;
  }
}

/** Copies bytes [at, at + out.length) of the chunks into `out`. */
function copyOut(chunks: Uint8Array[], chunkBytes: number, at: number, out: Uint8Array) {
  let done = 0;
  while (done < out.length) {
    const chunk = chunks[Math.floor((at + done) / chunkBytes)];
    const from = (at + done) % chunkBytes;
    const n = Math.min(out.length - done, chunk.length - from);
    out.set(chunk.subarray(from, from + n), done);
    done += n;
  }
}

/**
 * The value `splitChunks` cut up, each typed array in a buffer of its own. Throws when the
 * chunks are not those it made (missing, or of other sizes).
 */
export function joinChunks<T>({ shape, chunks, bytes }: Chunked, chunkBytes = CHUNK_BYTES): T {
  const expected = Math.ceil(bytes / chunkBytes);
  if (chunks.length !== expected)
    throw new Error(`${chunks.length} of ${expected} stored pieces were found`);
  chunks.forEach((c, i) => {
    const size = i + 1 < expected ? chunkBytes : bytes - i * chunkBytes;
    if (!(c instanceof Uint8Array) || c.length !== size)
      throw new Error(`stored piece ${i + 1} of ${expected} is damaged`);
  });
  const walk = (v: unknown): unknown => {
    if (isRef(v)) {
      const array = new ARRAY_TYPES[v.chunkedArray](v.length);
      if (v.at + array.byteLength > bytes)
        throw new Error('a stored column lies beyond its pieces');
      copyOut(chunks, chunkBytes, v.at, new Uint8Array(array.buffer));
      return array;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype)
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(shape) as T;
}
