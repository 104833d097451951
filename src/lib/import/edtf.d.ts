/**
 * The part of the `edtf` package (EDTF.js, which ships no types) that the importer uses: its
 * parser, which checks EDTF syntax and returns a plain tree, or throws on text that is not EDTF.
 */
declare module 'edtf' {
  /** One node of a parse: a date, a season, an interval, or a set `[…]` / list `{…}` of dates. */
  export interface EdtfNode {
    type: 'Date' | 'Season' | 'Interval' | 'Set' | 'List' | 'Year' | 'Decade' | 'Century';
    level: number;
    /** A date's year, month (0-based) and day; a season's year and code; a set's members. */
    values: unknown[];
    /** Bitmasks over YYYYMMDD (or `true`); 0 or absent when not qualified. */
    uncertain?: number | boolean;
    approximate?: number | boolean;
    unspecified?: number;
    /** A set or list open at its start (`[..1917]`) or end (`[1917..]`). */
    earlier?: boolean;
    later?: boolean;
  }
  export interface EdtfConstraints {
    level?: number;
    types?: string[];
    seasonIntervals?: boolean;
    seasonUncertainty?: boolean;
  }
  export function parse(input: string, constraints?: EdtfConstraints): EdtfNode;
}
