/**
 * The formats an import reads. The first whose `sniff` claims a file reads it; CSV claims every
 * file and so comes last. A new format is a module beside these and one entry here.
 */
import { csv } from './csv';
import { geojson } from './geojson';

export const FORMATS = [geojson, csv] as const;

export type FormatId = (typeof FORMATS)[number]['id'];

/** The format that reads a file with this name and (decoded) text. */
export function formatOf(text: string, name: string): (typeof FORMATS)[number] {
  return FORMATS.find((f) => f.sniff(text, name)) ?? csv;
}

/** The file picker's `accept`: every format's extensions and MIME types. */
export const ACCEPT = FORMATS.flatMap((f) => f.accept).join(',');
