/**
 * One reader for the date cells of imported files: ISO dates, timestamps and Unix times (kepler.gl,
 * spreadsheets), day/month/year with dots, slashes or hyphens (ACLED), Excel's `9-May-20`, dates
 * in English or Russian words, Old and New Style markers, hedges ("c.", "около") and EDTF
 * (qualifiers, unspecified digits, seasons, sets). Each cell becomes an inclusive span of New Style
 * day numbers and the date as it will be stored, or a message quoting the cell.
 *
 * Imports run this on up to a million rows, so a plain ISO date, a plain `dd/mm/yyyy` and an ISO
 * date with one EDTF qualifier (`1917-10~`) are each matched by one regular expression before
 * anything else. The EDTF parser (EDTF.js, about a millisecond a cell) sees only cells with
 * unspecified digits, qualifiers inside the date, or sets, and its parses are kept.
 *
 * Decisions: the date of a timestamp is the date written in it, whatever its zone (see `cutTime`);
 * a Unix time is its UTC day; an interval open at one end (`1917/..`) is refused, since taking the
 * known side would say the event ended (or began) there; a set `[1917,1918]` is the span of its
 * members, uncertain; seasons are meteorological (spring is March–May) and written as EDTF codes.
 */
import { parse as parseEdtf, type EdtfNode } from 'edtf';
import { dateFromDay, dayFromDate } from '../time/calendar';
import { daysInMonth, dayFromYmd, ymdFromDay, type Calendar } from '../time/days';
import { MONTHS, MONTHS_RU, MONTHS_RU_GEN, type Precision } from '../time/format';

export interface DateRead {
  /** New Style day numbers, first and last day inclusive. */
  start: number;
  end: number;
  /**
   * The date as it will be stored in AtlasEvent.date: the source's date normalised to YYYY,
   * YYYY-MM, YYYY-MM-DD or A/B of those, with EDTF qualifiers kept (e.g. "1917-10~", "1918?",
   * "1917-XX" stays as written). A season is EDTF's `YYYY-21` … `YYYY-41`, a hedge word becomes
   * `~`, and a set stays `[…]`, so reading `written` again in `calendar` gives the same read.
   */
  written: string;
  /** The calendar of `written`: the one passed in, unless the cell itself says Old/New Style. */
  calendar: Calendar;
  precision: Precision;
  /** EDTF "~" or "%", or words like "c.", "about", "около". */
  approximate: boolean;
  /** EDTF "?" or "%". */
  uncertain: boolean;
  /**
   * Set when something was assumed: a two-digit year's century, the zone of a Unix time, the
   * day/month order. The text is the same for every cell with the same assumption (it does not
   * quote the cell), so a caller can report it once per column with a count.
   */
  warning?: string;
}

export type DayOrder = 'dmy' | 'mdy';

/** The warnings `readDate` gives, one fixed text per kind of assumption. */
export const DATE_WARNINGS = {
  twoDigitYear: "two-digit year read by Excel's rule: 00–29 as 2000–2029, 30–99 as 1930–1999",
  unixTime: 'a Unix time, read as its day in UTC',
  dayOrder: 'day and month could be either way round; read as day/month/year'
} as const;

const PRECISION_RANK: Record<Precision, number> = { day: 0, month: 1, season: 2, year: 3 };
const coarser = (a: Precision, b: Precision): Precision =>
  PRECISION_RANK[a] >= PRECISION_RANK[b] ? a : b;

/** A cell quoted for a message, cut short if long. */
function quote(cell: string): string {
  return `"${cell.length > 60 ? `${cell.slice(0, 60)}…` : cell}"`;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const pad4 = (n: number) => String(n).padStart(4, '0');

/** Month words (lower case, ё as е) → 1–12: English names and abbreviations, Russian in the
 * nominative, genitive and prepositional, and their abbreviations. */
const MONTH_WORDS = new Map<string, number>();
[
  MONTHS.map((m) => m.toLowerCase()),
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  MONTHS_RU,
  MONTHS_RU_GEN,
  [
    'январе',
    'феврале',
    'марте',
    'апреле',
    'мае',
    'июне',
    'июле',
    'августе',
    'сентябре',
    'октябре',
    'ноябре',
    'декабре'
  ],
  ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек']
].forEach((names) => names.forEach((n, i) => MONTH_WORDS.set(n, i + 1)));
(
  [
    ['sept', 9],
    ['февр', 2],
    ['сент', 9],
    ['нояб', 11]
  ] as const
).forEach(([n, m]) => MONTH_WORDS.set(n, m));

/** The month (1–12) a word names, in English or Russian, full or abbreviated; or null. */
export function monthFromName(word: string): number | null {
  const w = word.trim().toLowerCase().replace(/ё/g, 'е').replace(/\.$/, '');
  return MONTH_WORDS.get(w) ?? null;
}

/** Season words → EDTF season codes (21 spring … 24 winter). */
const SEASON_WORDS = new Map<string, number>([
  ['spring', 21],
  ['summer', 22],
  ['autumn', 23],
  ['fall', 23],
  ['winter', 24],
  ...['весна', 'весной', 'весны', 'весну'].map((w) => [w, 21] as [string, number]),
  ...['лето', 'летом', 'лета'].map((w) => [w, 22] as [string, number]),
  ...['осень', 'осенью', 'осени'].map((w) => [w, 23] as [string, number]),
  ...['зима', 'зимой', 'зимы', 'зиму'].map((w) => [w, 24] as [string, number])
]);

/** Words a date in words may hold that say nothing about the date. */
const FILLER_WORDS = new Set([
  'of',
  'the',
  'on',
  'in',
  'в',
  'во',
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']
]);

/**
 * The months of each EDTF season code, as the first and last month counted from January of the
 * season's year (0 is the December before). Seasons are meteorological, as the atlas's own data
 * write them (spring is March–May); a winter is the one whose January and February fall in the
 * year, so "winter 1917" is December 1916 – February 1917. 25–28 are the northern seasons, 29–32
 * the southern, 33–36 quarters, 37–39 thirds and 40–41 halves of the year.
 */
const SEASON_MONTHS: Record<number, readonly [number, number]> = {
  21: [3, 5],
  22: [6, 8],
  23: [9, 11],
  24: [0, 2],
  25: [3, 5],
  26: [6, 8],
  27: [9, 11],
  28: [0, 2],
  29: [9, 11],
  30: [0, 2],
  31: [3, 5],
  32: [6, 8],
  33: [1, 3],
  34: [4, 6],
  35: [7, 9],
  36: [10, 12],
  37: [1, 4],
  38: [5, 8],
  39: [9, 12],
  40: [1, 6],
  41: [7, 12]
};

const CALENDAR_NAME: Record<Calendar, string> = {
  julian: 'Julian (Old Style)',
  gregorian: 'Gregorian (New Style)'
};

// The fast paths: a plain ISO year, month or day; a plain dd.mm.yyyy, dd/mm/yyyy or dd-mm-yyyy.
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DMY = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;
/** Three numbers with one separator: yyyy/m/d, d.m.yyyy, m/d/yy … */
const NUM3 = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})$/;
/** A month and a year: 10.1917, 10/1917. */
const MONTH_YEAR = /^(\d{1,2})[./-](\d{4})$/;
const YEAR_RANGE = /^(\d{4})\s*[-–—]\s*(\d{4})$/;
const DASH_RANGE = /\s+[-–—]\s+|\s*[–—]\s*/;
/** An ISO year, month, season or day with one EDTF qualifier after it: "1917-10~", "1918?". */
const QUALIFIED_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])$/;
/** An EDTF date: digits or X, with qualifiers before or after each part. */
const EDTF_ATOM = /^[?~%]?[\dX]{4}[?~%]?(?:-[?~%]?[\dX]{2}[?~%]?){0,2}$/;
const EDTF_SIGN = /[X?~%]/;
const UNIX_TIME = /^-?\d{9,13}(?:\.\d+)?$/;
/** A time of day at the end of a cell, with seconds, fraction, AM/PM and zone optional. */
const TIME_TAIL =
  /(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([ap])\.?m\.?)?\s*(?:z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?$/i;
const OLD_STYLE = String.raw`o\.?\s?s\.?|old\s+style|julian|(?:по\s+)?ст\.?\s?ст\.?|(?:по\s+)?старому\s+стилю|старого\s+стиля|старый\s+стиль`;
const NEW_STYLE = String.raw`n\.?\s?s\.?|new\s+style|gregorian|(?:по\s+)?н\.?\s?ст\.?|(?:по\s+)?новому\s+стилю|нового\s+стиля|новый\s+стиль`;
/** An Old or New Style marker ending the cell, bare or in brackets: "(O.S.)", "[OS]", "по ст. ст.". */
const STYLE_MARKER = new RegExp(
  String.raw`(?:^|[\s,;])[(\[]?\s*(?:(${OLD_STYLE})|(${NEW_STYLE}))\s*[)\]]?$`,
  'iu'
);
/** Russian "year" after the year: "1917 г.", "1917 года", "1917–1918 гг.". */
const YEAR_WORD = /(\d)\s*(?:гг?\.?|года?|году)$/iu;
/** A hedge opening the cell. Words that narrow within the date ("early", "в конце") are hedges too:
 * the whole date is kept and marked approximate. */
const HEDGE =
  /^(?:(?:c|ca|circa|approx|approximately|about|around|abt|early|mid|late|около|ок|примерно|приблизительно|ориентировочно|начало|середина|конец)(?:\.\s*|-|\s+)|в\s+(?:начале|середине|конце)\s+)/iu;
const EDTF_OPTIONS = { seasonUncertainty: true, seasonIntervals: true };
const UNIX_EPOCH_DAY = dayFromYmd(1970, 1, 1);
const EXPECTED =
  'expected e.g. 1917-10-25, 25.10.1917, 25/10/1917, 25 October 1917, 25 октября 1917, or a range A/B';

/** A read, or a message saying what is wrong. */
type Result = DateRead | string;

function read(
  start: number,
  end: number,
  written: string,
  calendar: Calendar,
  precision: Precision,
  warning?: string
): DateRead {
  const r: DateRead = {
    start,
    end,
    written,
    calendar,
    precision,
    approximate: false,
    uncertain: false
  };
  if (warning) r.warning = warning;
  return r;
}

const joinWarnings = (a?: string, b?: string) => (a && b && a !== b ? `${a}; ${b}` : a || b);

/** Excel's century for a two-digit year. */
const excelYear = (yy: number) => (yy < 30 ? 2000 + yy : 1900 + yy);

/** A whole year. */
function yearRead(text: string, y: number, calendar: Calendar, written: string): Result {
  const start = dayFromDate(calendar, y, 1, 1);
  const end = dayFromDate(calendar, y, 12, 31);
  if (start === null || end === null) return `${quote(text)} is not a year`;
  return read(start, end, written, calendar, 'year');
}

/** A whole month, or a message quoting `text`. */
function monthRead(
  text: string,
  y: number,
  m: number,
  calendar: Calendar,
  warning?: string
): Result {
  if (m < 1 || m > 12) return `${quote(text)} has no month ${m}`;
  const start = dayFromDate(calendar, y, m, 1);
  const end = dayFromDate(calendar, y, m, daysInMonth(y, m, calendar));
  if (start === null || end === null) return `${quote(text)} is not a month`;
  return read(start, end, `${pad4(y)}-${pad2(m)}`, calendar, 'month', warning);
}

/** One day, or a message quoting `text` that says why the day does not exist; `written` if the caller has the ISO form already. */
function dayRead(
  text: string,
  y: number,
  m: number,
  d: number,
  calendar: Calendar,
  warning?: string,
  written?: string
): Result {
  if (m < 1 || m > 12) return `${quote(text)} has no month ${m}`;
  const day = dayFromDate(calendar, y, m, d);
  if (day === null) {
    const n = daysInMonth(y, m, calendar);
    return `${quote(text)} does not exist: ${MONTHS[m - 1]} ${y} has ${n} days in the ${CALENDAR_NAME[calendar]} calendar`;
  }
  written ??= `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
  return read(day, day, written, calendar, 'day', warning);
}

/** A season by its EDTF code (21–41). */
function seasonRead(text: string, y: number, code: number, calendar: Calendar): Result {
  const months = SEASON_MONTHS[code];
  if (!months) return `${quote(text)} has no month or season ${code}`;
  const [first, last] = months;
  // Months 0 and 13 are the December before and the January after.
  const fy = first < 1 ? y - 1 : y;
  const fm = first < 1 ? first + 12 : first;
  const start = dayFromDate(calendar, fy, fm, 1);
  const end = dayFromDate(calendar, y, last, daysInMonth(y, last, calendar));
  if (start === null || end === null) return `${quote(text)} is not a season`;
  return read(start, end, `${pad4(y)}-${code}`, calendar, 'season');
}

/** A cell matched by ISO: YYYY, YYYY-MM (or an EDTF season YYYY-21 … YYYY-41), YYYY-MM-DD. */
function isoRead(text: string, m: RegExpExecArray, calendar: Calendar): Result {
  const y = Number(m[1]);
  if (m[2] === undefined) return yearRead(text, y, calendar, text);
  const mo = Number(m[2]);
  if (m[3] === undefined) {
    if (mo >= 21) return seasonRead(text, y, mo, calendar);
    if (mo > 12 || mo < 1)
      return `${quote(text)} has no month ${mo} (months are 01–12; 21–41 are EDTF seasons)`;
    return monthRead(text, y, mo, calendar);
  }
  return dayRead(text, y, mo, Number(m[3]), calendar, undefined, text);
}

/**
 * Three numbers: `yyyy/mm/dd` (any separator), `dd.mm.yyyy` (dots are always day first), and
 * `a/b/yyyy` or `a-b-yyyy` read by `order`; without an order, by whichever of day/month/year and
 * month/day/year the numbers allow, day first (with a warning) when both do. A two-digit year
 * takes Excel's century.
 */
function numericRead(
  text: string,
  a: string,
  sep: string,
  b: string,
  c: string,
  calendar: Calendar,
  order: DayOrder | undefined
): Result {
  if (a.length === 4) {
    if (c.length > 2) return `${quote(text)} is not a date: ${EXPECTED}`;
    return dayRead(text, Number(a), Number(b), Number(c), calendar);
  }
  if (a.length > 2 || (c.length !== 4 && c.length !== 2))
    return `${quote(text)} is not a date: ${EXPECTED}`;
  let warning: string | undefined;
  let y = Number(c);
  if (c.length === 2) {
    y = excelYear(y);
    warning = DATE_WARNINGS.twoDigitYear;
  }
  const first = Number(a);
  const second = Number(b);
  if (sep === '.') return dayRead(text, y, second, first, calendar, warning);
  const dmyOk = second >= 1 && second <= 12;
  const mdyOk = first >= 1 && first <= 12;
  if (!dmyOk && !mdyOk) return `${quote(text)} reads as neither day/month/year nor month/day/year`;
  let dmy: boolean;
  if (order === 'dmy') {
    if (!dmyOk)
      return `${quote(text)} is not day/month/year (${second} is not a month), the order this column is read in; it reads as month/day/year`;
    dmy = true;
  } else if (order === 'mdy') {
    if (!mdyOk)
      return `${quote(text)} is not month/day/year (${first} is not a month), the order this column is read in; it reads as day/month/year`;
    dmy = false;
  } else {
    dmy = dmyOk;
    if (dmyOk && mdyOk && first !== second) warning = joinWarnings(warning, DATE_WARNINGS.dayOrder);
  }
  return dmy
    ? dayRead(text, y, second, first, calendar, warning)
    : dayRead(text, y, first, second, calendar, warning);
}

/** True if the digits of `n`, padded to the pattern's length, agree with it where it is not X. */
function fits(pattern: string, n: number): boolean {
  const s = String(n).padStart(pattern.length, '0');
  if (s.length !== pattern.length) return false;
  for (let i = 0; i < s.length; i++) if (pattern[i] !== 'X' && pattern[i] !== s[i]) return false;
  return true;
}

/** The first (or last) day an EDTF date with unspecified digits (`191X`, `1917-1X-XX`) can be. */
function edtfBound(
  calendar: Calendar,
  yp: string,
  mp: string | undefined,
  dp: string | undefined,
  last: boolean
): number | null {
  const y0 = Number(yp.replace(/X/g, last ? '9' : '0'));
  const y1 = Number(yp.replace(/X/g, last ? '0' : '9'));
  const step = last ? -1 : 1;
  for (let y = y0; last ? y >= y1 : y <= y1; y += step) {
    if (!fits(yp, y)) continue;
    if (mp === undefined) return dayFromDate(calendar, y, last ? 12 : 1, last ? 31 : 1);
    for (let m = last ? 12 : 1; m >= 1 && m <= 12; m += step) {
      if (!fits(mp, m)) continue;
      const n = daysInMonth(y, m, calendar);
      if (dp === undefined) return dayFromDate(calendar, y, m, last ? n : 1);
      for (let d = last ? n : 1; d >= 1 && d <= n; d += step)
        if (fits(dp, d)) return dayFromDate(calendar, y, m, d);
    }
  }
  return null;
}

const edtfCache = new Map<string, EdtfNode | null>();

/**
 * EDTF.js's parse of a text, or null if it is not EDTF. The parser takes about a millisecond a
 * cell, so parses are kept (up to 10,000 texts): a column of EDTF dates repeats its values.
 */
function edtfParse(text: string): EdtfNode | null {
  let node = edtfCache.get(text);
  if (node === undefined) {
    try {
      node = parseEdtf(text, EDTF_OPTIONS);
    } catch {
      node = null;
    }
    if (edtfCache.size >= 10_000) edtfCache.clear();
    edtfCache.set(text, node);
  }
  return node;
}

/** Truthy EDTF flags: `true` or a non-zero bitmask. */
const flag = (v: number | boolean | undefined) => !!v;

/**
 * An EDTF date or season with qualifiers (`1917-10~`, `?1917-10`, `1918?`, `1917-21%`) or
 * unspecified digits (`1917-XX`, `191X`, `1917-1X-2X`). EDTF.js checks the syntax and says which
 * parts are qualified; the span comes from the digits, in the given calendar (EDTF.js itself
 * counts in the Gregorian calendar only).
 */
function edtfAtomRead(text: string, calendar: Calendar): Result {
  const bare = text.replace(/[?~%]/g, '');
  const [yp, mp, dp] = bare.split('-');
  const q = quote(text);
  if (mp !== undefined && !mp.includes('X')) {
    const mo = Number(mp);
    if (mo > 12 && (dp !== undefined || mo < 21 || mo > 41 || yp.includes('X')))
      return `${q} has no month ${mo} (months are 01–12; 21–41 are EDTF seasons)`;
    if (mo < 1) return `${q} has no month 0`;
  }
  if (mp !== undefined && dp !== undefined && !`${yp}${mp}${dp}`.includes('X')) {
    const checked = dayRead(text, Number(yp), Number(mp), Number(dp), calendar);
    if (typeof checked === 'string') return checked;
  }
  const node = edtfParse(text);
  if (!node)
    return `${q} is not an EDTF date (qualifiers ? ~ % go after a year, month or day; X stands for an unknown digit)`;
  let r: Result;
  if (node.type === 'Season') {
    r = seasonRead(text, Number(yp), Number(mp), calendar);
  } else if (node.type === 'Date') {
    const start = edtfBound(calendar, yp, mp, dp, false);
    const end = edtfBound(calendar, yp, mp, dp, true);
    if (start === null || end === null)
      return `${q} matches no day in the ${CALENDAR_NAME[calendar]} calendar`;
    const precision: Precision =
      yp.includes('X') || mp === undefined || mp.includes('X')
        ? 'year'
        : dp === undefined || dp.includes('X')
          ? 'month'
          : 'day';
    r = read(start, end, text, calendar, precision);
  } else {
    return `${q} is not a date the importer reads (years have four digits)`;
  }
  if (typeof r === 'string') return r;
  r.written = text;
  r.approximate = flag(node.approximate);
  r.uncertain = flag(node.uncertain);
  return r;
}

/** A date in words: "12 March 2021", "March 12, 2021", "Spring 1917", "25 октября 1917", "9-May-20". */
function wordsRead(text: string, calendar: Calendar): Result {
  const q = quote(text);
  const s = text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
    .replace(/(\d)-?(?:го|ое|е)(?=[\s,]|$)/gu, '$1');
  const tokens = s.split(/[\s,.\-/()[\]]+/).filter(Boolean);
  const nums: string[] = [];
  const shape: string[] = [];
  let month = 0;
  let season = 0;
  for (const t of tokens) {
    if (/^\d+$/.test(t)) {
      nums.push(t);
      shape.push(t.length === 4 ? 'Y' : t.length <= 2 ? 'N' : '?');
    } else if (MONTH_WORDS.has(t)) {
      if (month || season) return `${q} names more than one month; a cell holds one date or A/B`;
      month = MONTH_WORDS.get(t)!;
      shape.push('M');
    } else if (SEASON_WORDS.has(t)) {
      if (month || season) return `${q} names more than one month; a cell holds one date or A/B`;
      season = SEASON_WORDS.get(t)!;
      shape.push('S');
    } else if (!FILLER_WORDS.has(t)) {
      return `${q} is not a date: "${t}" is not a month or season (${EXPECTED})`;
    }
  }
  const form = shape.join('');
  const n = nums.map(Number);
  switch (form) {
    case 'SY':
      return seasonRead(text, n[0], season, calendar);
    case 'Y':
      return yearRead(text, n[0], calendar, nums[0]);
    case 'MY':
    case 'YM':
      return monthRead(text, n[0], month, calendar);
    case 'MN':
      // Excel's mmm-yy ("May-20"); "May 20" alone is a day without a year.
      if (/^\p{L}+\.?-\d{2}$/u.test(text))
        return monthRead(text, excelYear(n[0]), month, calendar, DATE_WARNINGS.twoDigitYear);
      return `${q} has no year`;
    case 'NMY':
      return dayRead(text, n[1], month, n[0], calendar);
    case 'NMN':
      return dayRead(text, excelYear(n[1]), month, n[0], calendar, DATE_WARNINGS.twoDigitYear);
    case 'MNY':
      return dayRead(text, n[1], month, n[0], calendar);
    case 'YMN':
      return dayRead(text, n[0], month, n[1], calendar);
    case 'NM':
    case 'M':
    case 'S':
      return `${q} has no year`;
    default:
      return `${q} is not a date: ${EXPECTED}`;
  }
}

/** A string of digits: YYYYMMDD, or a Unix time in seconds (9–11 digits) or milliseconds (12–13). */
function numberRead(text: string, calendar: Calendar): Result {
  if (/^\d{8}$/.test(text)) {
    const r = dayRead(text, +text.slice(0, 4), +text.slice(4, 6), +text.slice(6), 'gregorian');
    return typeof r === 'string' ? `${quote(text)} is eight digits but not a YYYYMMDD date` : r;
  }
  if (UNIX_TIME.test(text)) {
    const v = Number(text);
    const ms = Math.abs(v) >= 1e11 ? v : v * 1000;
    const day = Math.floor(ms / 86_400_000) + UNIX_EPOCH_DAY;
    const { year, month, day: d } = ymdFromDay(day);
    return read(
      day,
      day,
      `${pad4(year)}-${pad2(month)}-${pad2(d)}`,
      'gregorian',
      'day',
      DATE_WARNINGS.unixTime
    );
  }
  if (/^\d{4}\.0+$/.test(text))
    return yearRead(text, Number(text.slice(0, 4)), calendar, text.slice(0, 4));
  if (text[0] === '-') return `${quote(text)} is not a date: ${EXPECTED}`;
  const digits = text.replace(/\..*/, '').length;
  return `${quote(text)} is a number of ${digits} digits, not a date: a year has 4, YYYYMMDD 8, a Unix time 9–13`;
}

/**
 * The time of day ending a cell, checked and cut off (the atlas counts whole days), or a message.
 * The date is read as written, whatever the zone: "2016-01-26T01:13:30+03:00" is 26 January, the
 * date where and when the source recorded it. Converting to UTC (25 January) or to the reader's
 * zone would move events near midnight to a day their source does not give, and make an import
 * depend on the machine that reads it.
 */
function cutTime(text: string): string | { message: string } {
  const t = TIME_TAIL.exec(text);
  if (!t || t.index === 0) return text;
  const h = Number(t[1]);
  const min = Number(t[2]);
  const sec = t[3] === undefined ? 0 : Number(t[3]);
  const ok = (t[4] ? h >= 1 && h <= 12 : h <= 24) && min <= 59 && sec <= 60;
  if (!ok) return { message: `${quote(text)} has no time of day ${t[1]}:${t[2]}` };
  return text.slice(0, t.index).trim();
}

/** One date, not a range: the forms above, tried cheapest first. */
function atomRead(text: string, calendar: Calendar, order: DayOrder | undefined): Result {
  let m = ISO.exec(text);
  if (m) return isoRead(text, m, calendar);
  if ((m = QUALIFIED_ISO.exec(text))) {
    const r = isoRead(text, m, calendar);
    if (typeof r === 'string') return r;
    r.written = text;
    r.approximate = m[4] !== '?';
    r.uncertain = m[4] !== '~';
    return r;
  }
  if (EDTF_ATOM.test(text) && EDTF_SIGN.test(text)) return edtfAtomRead(text, calendar);
  // A qualifier after a date that is not EDTF: "March 1917?", "25.10.1917~".
  let qualifier = '';
  let t = text;
  if (/[^?~%\s][?~%]$/.test(t)) {
    qualifier = t[t.length - 1];
    t = t.slice(0, -1).trim();
  }
  const cut = cutTime(t);
  if (typeof cut !== 'string') return cut.message;
  t = cut;
  let r: Result;
  if ((m = ISO.exec(t))) r = isoRead(t, m, calendar);
  else if ((m = NUM3.exec(t))) r = numericRead(t, m[1], m[2], m[3], m[4], calendar, order);
  else if ((m = MONTH_YEAR.exec(t))) r = monthRead(t, Number(m[2]), Number(m[1]), calendar);
  else if (/^-\d{1,4}(?:-\d\d){0,2}$/.test(t))
    r = `${quote(t)} is a year before the Common Era; the importer reads years 0–9999`;
  else if (/^-?\d+(?:\.\d+)?$/.test(t)) r = numberRead(t, calendar);
  else if (/\p{L}/u.test(t)) r = wordsRead(t, calendar);
  else r = `${quote(t)} is not a date: ${EXPECTED}`;
  if (typeof r === 'string') return t === text ? r : `${quote(text)}: ${r}`;
  if (!qualifier) return r;
  r.written += qualifier;
  r.approximate = qualifier !== '?';
  r.uncertain = qualifier !== '~';
  return r;
}

/** The two sides of each range read, kept aside so a hedge or a span can reach them. */
const SIDES = new WeakMap<DateRead, readonly [DateRead, DateRead]>();

/**
 * A read marked approximate by a hedge word, its written form (each side of a range) carrying
 * EDTF's `~` (or `%` where it had `?`). EDTF (and EDTF.js) has no qualifier for a date with
 * unspecified digits, so a hedge on one is refused rather than lost.
 */
function hedged(r: DateRead, cell: string): Result {
  const sides = SIDES.get(r);
  if (sides) {
    const a = hedged(sides[0], cell);
    if (typeof a === 'string') return a;
    const b = hedged(sides[1], cell);
    if (typeof b === 'string') return b;
    return spanOf(a, b, quote(cell));
  }
  if (r.written.includes('X'))
    return `${quote(cell)}: EDTF has no way to mark a date with X digits approximate; give its span (e.g. 1910~/1919~ for about 191X)`;
  if (r.approximate) return r;
  r.approximate = true;
  r.written = r.written.endsWith('?') ? `${r.written.slice(0, -1)}%` : `${r.written}~`;
  return r;
}

/** Two reads as one span from the first's start to the second's end, or a message after `label`. */
function spanOf(a: DateRead, b: DateRead, label: string): Result {
  if (a.calendar !== b.calendar)
    return `${label} mixes a Unix time with a date in the ${CALENDAR_NAME[a.calendar === 'gregorian' ? b.calendar : a.calendar]} calendar`;
  if (b.end < a.start) return `${label} ends before it starts`;
  const r = read(
    a.start,
    b.end,
    `${a.written}/${b.written}`,
    a.calendar,
    coarser(a.precision, b.precision),
    joinWarnings(a.warning, b.warning)
  );
  r.approximate = a.approximate || b.approximate;
  r.uncertain = a.uncertain || b.uncertain;
  SIDES.set(r, [a, b]);
  return r;
}

/** The message for a side of a range, naming the whole cell when the side is only a part of it. */
function inCell(cell: string, part: string, r: Result): Result {
  return typeof r === 'string' && part !== cell ? `${quote(cell)}: ${r}` : r;
}

const OPEN_END = (cell: string) =>
  `${quote(cell)} is open or unknown at one end; the atlas draws an event from its first to its last day, so give both (or one date)`;

/**
 * An EDTF set `[a,b]` (one of them) or list `{a,b}` (all of them), with members `a..b` for runs:
 * read as the span from the earliest to the latest; a set is uncertain.
 */
function setRead(cell: string, text: string, calendar: Calendar): Result {
  const compact = text.replace(/\s+/g, '');
  const node = edtfParse(compact);
  if (!node || (node.type !== 'Set' && node.type !== 'List'))
    return `${quote(cell)} is not an EDTF set [a,b] or list {a,b}`;
  if (node.earlier || node.later) return OPEN_END(cell);
  let first: DateRead | null = null;
  let last: DateRead | null = null;
  let precision: Precision = 'day';
  const written: string[] = [];
  for (const member of compact.slice(1, -1).split(',')) {
    const ends = member.split('..');
    if (ends.some((e) => !e)) return OPEN_END(cell);
    const reads: DateRead[] = [];
    for (const e of ends) {
      const r = atomRead(e, calendar, undefined);
      if (typeof r === 'string') return inCell(cell, e, r);
      reads.push(r);
      precision = coarser(precision, r.precision);
      if (!first || r.start < first.start) first = r;
      if (!last || r.end > last.end) last = r;
    }
    if (reads.length === 2 && reads[1].end < reads[0].start)
      return `${quote(cell)}: ${quote(member)} ends before it starts`;
    written.push(reads.map((r) => r.written).join('..'));
  }
  if (!first || !last) return `${quote(cell)} is an empty set`;
  const r = read(
    first.start,
    last.end,
    `${text[0]}${written.join(',')}${text[text.length - 1]}`,
    calendar,
    precision
  );
  r.uncertain = node.type === 'Set';
  return r;
}

/** The parts of a range cell: "A/B", "A – B", "1917-1918"; one part for a single date. */
function rangeParts(text: string): string[] | string {
  if (text.includes('/')) {
    if (NUM3.test(text) || MONTH_YEAR.test(text)) return [text];
    const cut = cutTime(text);
    if (typeof cut !== 'string') return cut.message;
    if (NUM3.test(cut) || MONTH_YEAR.test(cut)) return [text];
    const parts = text.split('/');
    if (parts.length === 2) return parts.map((p) => p.trim());
    return `${quote(text)} has ${parts.length - 1} "/": ${EXPECTED}`;
  }
  const years = YEAR_RANGE.exec(text);
  if (years) return [years[1], years[2]];
  const parts = text.split(DASH_RANGE);
  if (parts.length === 2 && parts[0] && parts[1]) return parts;
  return [text];
}

/**
 * The start of a range in words that leaves its month or year to the end: "25–27 October 1917",
 * "25 октября – 2 ноября 1917", "March–May 1917". A start without a year borrows the end's last
 * words, the fewest that make it a date.
 */
function startRead(
  start: string,
  end: string,
  calendar: Calendar,
  order: DayOrder | undefined
): Result {
  const r = atomRead(start, calendar, order);
  if (typeof r !== 'string' || /\d{4}/.test(start) || !/\p{L}/u.test(end)) return r;
  const words = end.split(/\s+/);
  for (let k = words.length - 1; k >= 1; k--) {
    const borrowed = atomRead(`${start} ${words.slice(k).join(' ')}`, calendar, order);
    if (typeof borrowed !== 'string') return borrowed;
  }
  return r;
}

/** A cell after the fast paths: calendar marker, Russian year word, hedge, then set, range or date. */
function slowRead(cell: string, calendar: Calendar, order: DayOrder | undefined): Result {
  if (!cell) return 'is empty';
  let text = cell;
  let cal = calendar;
  const marker = STYLE_MARKER.exec(text);
  if (marker) {
    cal = marker[1] ? 'julian' : 'gregorian';
    text = text.slice(0, marker.index).trim();
  }
  text = text.replace(YEAR_WORD, '$1');
  const hedge = HEDGE.exec(text);
  if (hedge) text = text.slice(hedge[0].length).trim();
  if (!text) return `${quote(cell)} has no date`;

  if (text[0] === '[' || text[0] === '{') {
    if (hedge) return `${quote(cell)}: a hedge word before a set is not read; give the set alone`;
    return setRead(cell, text, cal);
  }
  const parts = rangeParts(text);
  if (typeof parts === 'string') return parts;
  let r: Result;
  if (parts.length === 1) {
    r = inCell(cell, text, atomRead(text, cal, order));
  } else {
    if (parts.some((p) => !p || p === '..')) return OPEN_END(cell);
    const b = inCell(cell, parts[1], atomRead(parts[1], cal, order));
    if (typeof b === 'string') return b;
    const a = inCell(cell, parts[0], startRead(parts[0], parts[1], cal, order));
    if (typeof a === 'string') return a;
    r = spanOf(a, b, quote(cell));
  }
  return typeof r === 'string' || !hedge ? r : hedged(r, cell);
}

/**
 * One cell → a date, or a message saying what is wrong, quoting the cell (cut to 60 chars).
 * `order` is the day/month order of `a/b/yyyy` and `a-b-yyyy` cells, as `dayOrderOf` finds it for
 * the column; without it each cell is read the way its numbers allow, day first when both do.
 * A timestamp gives the date written in it, whatever its time and zone ("2016-01-26T01:13:30+03:00"
 * is 26 January; see `cutTime`), with no warning: nothing about the date is assumed. A Unix time
 * is an instant, not a date in a calendar: it is read as its UTC day, New Style, with a warning.
 */
export function readDate(cell: string, calendar: Calendar, order?: DayOrder): DateRead | string {
  const v = cell.trim();
  let m = ISO.exec(v);
  if (m) return isoRead(v, m, calendar);
  m = DMY.exec(v);
  if (m) return numericRead(v, m[1], m[2], m[3], m[4], calendar, order);
  if (QUALIFIED_ISO.test(v)) return atomRead(v, calendar, order);
  return slowRead(v, calendar, order);
}

/**
 * A start cell and an end cell (either may itself be a range) → one span from the start's first
 * day to the end's last; the written form joins the start's first side and the end's last side.
 * An empty end cell gives the start alone. A set cannot be one end. If the cells name different
 * calendars, an end that is one day is rewritten in the start's calendar; any other end is refused.
 */
export function readDateSpan(
  startCell: string,
  endCell: string,
  calendar: Calendar,
  order?: DayOrder
): DateRead | string {
  const startText = startCell.trim();
  const endText = endCell.trim();
  if (!endText) return readDate(startText, calendar, order);
  if (!startText) return `has an end ${quote(endText)} but no start`;
  const a = readDate(startText, calendar, order);
  if (typeof a === 'string') return a;
  const b = readDate(endText, calendar, order);
  if (typeof b === 'string') return b;
  for (const [cell, r] of [
    [startText, a],
    [endText, b]
  ] as const)
    if (r.written[0] === '[' || r.written[0] === '{')
      return `${quote(cell)} is a set of dates; a start or an end takes one date or a range`;
  const first = SIDES.get(a)?.[0] ?? a;
  let last = SIDES.get(b)?.[1] ?? b;
  const both = `${quote(startText)} to ${quote(endText)}`;
  if (last.calendar !== first.calendar) {
    if (last.precision !== 'day')
      return `${both}: the start is ${CALENDAR_NAME[first.calendar]} and the end ${CALENDAR_NAME[last.calendar]}; give both in one calendar`;
    const { year, month, day } = dateFromDay(first.calendar, last.start);
    const qualifier = /[?~%]$/.exec(last.written)?.[0] ?? '';
    last = {
      ...last,
      calendar: first.calendar,
      written: `${pad4(year)}-${pad2(month)}-${pad2(day)}${qualifier}`
    };
  }
  const r = spanOf(first, last, both);
  if (typeof r === 'string') return r;
  r.warning = joinWarnings(a.warning, b.warning);
  if (!r.warning) delete r.warning;
  return r;
}

const ORDERED = /^\s*(\d{1,2})[/-](\d{1,2})[/-](?:\d{4}|\d{2})(?!\d)/;

/**
 * From a sample of one column's cells: 'dmy' if some first part is > 12, 'mdy' if some second part
 * is > 12, else 'dmy'. Only `a/b/yyyy` and `a-b-yyyy` cells (two-digit years too) count; dotted
 * dates are always day first.
 */
export function dayOrderOf(cells: readonly string[]): DayOrder {
  let secondOver12 = false;
  for (const cell of cells) {
    const m = ORDERED.exec(cell);
    if (!m) continue;
    if (Number(m[1]) > 12) return 'dmy';
    if (Number(m[2]) > 12) secondOver12 = true;
  }
  return secondOver12 ? 'mdy' : 'dmy';
}

/** A number as a spreadsheet may write it ("10", "10.0") → its integer, or null. */
function wholeNumber(text: string): number | null {
  return /^\d+(?:\.0+)?$/.test(text) ? Math.trunc(Number(text)) : null;
}

/**
 * Split columns (TimelineJS Year/Month/Day/Time, ACLED year …) → one cell `readDate` reads; the
 * month may be a number or a name (English or Russian); empty parts are left out. Numbers give
 * ISO (`1917-10-25`, with ` 14:00` if a time is given); a day without a month gives EDTF's
 * `1917-XX-25`, which reads as the year; a month that is no known name is kept in words, so that
 * `readDate` names it in its message.
 */
export function joinDateParts(year: string, month?: string, day?: string, time?: string): string {
  const y = year.trim();
  const mo = (month ?? '').trim();
  const d = (day ?? '').trim();
  const t = (time ?? '').trim();
  const yn = wholeNumber(y);
  const dn = d ? wholeNumber(d) : null;
  const mn = mo ? (wholeNumber(mo) ?? monthFromName(mo)) : null;
  if (yn === null || (mo && mn === null) || (d && dn === null))
    return [d, mo, y].filter(Boolean).join(' ');
  const yyyy = pad4(yn);
  if (mn === null) return dn === null ? yyyy : `${yyyy}-XX-${pad2(dn)}`;
  if (dn === null) return `${yyyy}-${pad2(mn)}`;
  return `${yyyy}-${pad2(mn)}-${pad2(dn)}${t ? ` ${t}` : ''}`;
}
