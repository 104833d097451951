/**
 * How much an import may hold, and the refusal of a file over it. Every reader takes its limits
 * from here: a hostile or broken file is refused with a message rather than read until the page
 * runs out of memory.
 */

/** Files larger than this are refused before reading. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** More columns than this in any row refuses the file (a hostile or broken file, not a table). */
export const MAX_COLUMNS = 10_000;

/** More cells than this (rows × columns) refuses the file: it would not fit in memory. */
export const MAX_CELLS = 20_000_000;

/**
 * A workbook (a ZIP) whose parts unpack to more than this in all is refused: its XML would not
 * fit in memory.
 */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

/** A workbook part larger than this unpacked is refused: it is more text than a string holds. */
export const MAX_PART_BYTES = 512 * 1024 * 1024;

/** A size for messages: bytes below a megabyte, else megabytes (MiB, as the limit is set) rounded up. */
export function size(bytes: number): string {
  return bytes < 2 ** 20 ? `${bytes} bytes` : `${Math.ceil((bytes * 10) / 2 ** 20) / 10} MB`;
}

/**
 * Throws, naming the file, if `bytes` is over `limit`. The worker asks before reading a file into
 * memory, and `readTable` again for bytes from anywhere else.
 */
export function refuseOversized(name: string, bytes: number, limit = MAX_IMPORT_BYTES): void {
  if (bytes > limit) throw new Error(`${name} is ${size(bytes)}; the limit is ${size(limit)}`);
}
