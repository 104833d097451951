/**
 * The formats an import reads. A file's bytes decide: the binary formats (workbooks) are asked
 * first; a file none of them claims that is not text (a PDF, an image, a Word document, NUL
 * bytes) is refused by what it is; then the text formats are asked in order. CSV claims every
 * text file and so comes last. A new format is a module beside these and one entry here.
 */
import { binaryKind } from './binary-kind';
import { csv } from './csv';
import { geojson } from './geojson';
import { lpf } from './lpf';
import { ods, xlsx } from './spreadsheet';
import { storymapjs } from './storymapjs';
import { timelinejs } from './timelinejs';

export const FORMATS = [xlsx, ods, timelinejs, storymapjs, lpf, geojson, csv] as const;

export type Format = (typeof FORMATS)[number];
export type FormatId = Format['id'];

/** What the import reads, for messages: "Excel (.xlsx), …, GeoJSON or CSV". */
export const READS = `${FORMATS.slice(0, -1)
  .map((f) => f.label)
  .join(', ')} or ${FORMATS[FORMATS.length - 1].label}`;

/**
 * The format that reads a file with these bytes and this name. Throws, naming the file and what
 * it is, for a file that is not text and that no format reads.
 */
export function formatOf(bytes: Uint8Array, name: string): Format {
  const binary = FORMATS.find((f) => f.kind === 'binary' && f.sniff(bytes, name));
  if (binary) return binary;
  const kind = binaryKind(bytes);
  if (kind)
    throw new Error(
      kind.advice
        ? `${name} is ${kind.what}: ${kind.advice}`
        : `${name} is ${kind.what}, not a table: the import reads ${READS}`
    );
  return FORMATS.find((f) => f.kind === 'text' && f.sniff(bytes, name)) ?? csv;
}

/**
 * Loads what reading this file needs (SheetJS for a workbook), so that `readTable` can then read
 * it. Never throws for the file: a file that is refused is refused by the read.
 */
export async function loadFormat(bytes: Uint8Array, name: string): Promise<void> {
  let format: Format;
  try {
    format = formatOf(bytes, name);
  } catch {
    return;
  }
  if ('load' in format && format.load) await format.load();
}

/** The file picker's `accept`: every format's extensions and MIME types. */
export const ACCEPT = [...new Set(FORMATS.flatMap((f) => f.accept))].join(',');
