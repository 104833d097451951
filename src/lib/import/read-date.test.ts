import { describe, expect, it } from 'vitest';
import { dayFromJulian } from '$lib/time/calendar';
import { dayFromYmd, type Calendar } from '$lib/time/days';
import {
  DATE_WARNINGS,
  dayOrderOf,
  joinDateParts,
  monthFromName,
  readDate,
  readDateSpan,
  type DateRead,
  type DayOrder
} from './read-date';

const ns = dayFromYmd;
const os = dayFromJulian;

/** The read of a cell that must read; fails the test with the message if it does not. */
function ok(cell: string, calendar: Calendar = 'gregorian', order?: DayOrder): DateRead {
  const r = readDate(cell, calendar, order);
  if (typeof r === 'string') throw new Error(`${JSON.stringify(cell)} did not read: ${r}`);
  return r;
}

/** The message for a cell that must not read. */
function bad(cell: string, calendar: Calendar = 'gregorian', order?: DayOrder): string {
  const r = readDate(cell, calendar, order);
  if (typeof r !== 'string') throw new Error(`${JSON.stringify(cell)} read as ${r.written}`);
  return r;
}

describe('readDate: ISO', () => {
  it('reads a year, a month and a day in the calendar given', () => {
    expect(ok('1917')).toEqual({
      start: ns(1917, 1, 1),
      end: ns(1917, 12, 31),
      written: '1917',
      calendar: 'gregorian',
      precision: 'year',
      approximate: false,
      uncertain: false
    });
    expect(ok('1917-10', 'julian')).toMatchObject({
      start: os(1917, 10, 1),
      end: os(1917, 10, 31),
      written: '1917-10',
      calendar: 'julian',
      precision: 'month'
    });
    const day = ok('1917-10-25', 'julian');
    expect([day.start, day.end, day.precision]).toEqual([ns(1917, 11, 7), ns(1917, 11, 7), 'day']);
    expect(day.warning).toBeUndefined();
  });

  it('reads a range A/B, at the coarser precision of its two sides', () => {
    expect(ok('1917-10-25/1917-11-02', 'julian')).toMatchObject({
      start: os(1917, 10, 25),
      end: os(1917, 11, 2),
      written: '1917-10-25/1917-11-02',
      precision: 'day'
    });
    expect(ok('1920-08/1921')).toMatchObject({
      start: ns(1920, 8, 1),
      end: ns(1921, 12, 31),
      precision: 'year'
    });
  });

  it('reads a year range written with a hyphen or a dash, and the Russian "гг."', () => {
    for (const cell of ['1917-1918', '1917–1918', '1917 — 1918', '1917–1918 гг.'])
      expect(ok(cell)).toMatchObject({
        start: ns(1917, 1, 1),
        end: ns(1918, 12, 31),
        written: '1917/1918'
      });
  });

  it('knows the Julian leap day of 1900, which the Gregorian calendar lacks', () => {
    expect(ok('1900-02-29', 'julian').start).toBe(os(1900, 2, 29));
    expect(bad('1900-02-29')).toBe(
      '"1900-02-29" does not exist: February 1900 has 28 days in the Gregorian (New Style) calendar'
    );
  });
});

describe('readDate: timestamps and Unix times (kepler.gl, spreadsheets)', () => {
  it('reads the date written in a timestamp, whatever its time and zone, without a warning', () => {
    const cells = [
      '2016-01-26T01:13:30.000Z',
      '2016-01-26 01:13',
      '2016-01-26T01:13:30+03:00',
      '2016-01-26 01:13:30 +00:00',
      '2016/01/26 01:13:30',
      '1/26/2016 1:13:30 PM',
      'Tue, 26 Jan 2016 01:13:30 GMT'
    ];
    for (const cell of cells) {
      const r = ok(cell);
      expect([cell, r.start, r.written, r.precision, r.warning]).toEqual([
        cell,
        ns(2016, 1, 26),
        '2016-01-26',
        'day',
        undefined
      ]);
    }
  });

  it('refuses a time of day that does not exist', () => {
    expect(bad('1917-10-25T25:00')).toBe('"1917-10-25T25:00" has no time of day 25:00');
    expect(bad('10/25/1917 13:00 PM')).toBe('"10/25/1917 13:00 PM" has no time of day 13:00');
  });

  it('reads Unix seconds and milliseconds as their UTC day, New Style, with a warning', () => {
    // 2016-01-26T01:13:30Z and 1917-10-25T12:00:00Z.
    for (const cell of ['1453770810', '1453770810000', '1453770810.5'])
      expect(ok(cell, 'julian')).toMatchObject({
        start: ns(2016, 1, 26),
        written: '2016-01-26',
        calendar: 'gregorian',
        warning: DATE_WARNINGS.unixTime
      });
    for (const cell of ['-1646827200', '-1646827200000'])
      expect(ok(cell)).toMatchObject({ start: ns(1917, 10, 25), written: '1917-10-25' });
    // Nine digits: 1973-03-03T09:46:40Z.
    expect(ok('100000000').start).toBe(ns(1973, 3, 3));
  });

  it('reads a four-digit number as a year and eight digits as YYYYMMDD (GDELT), never as a Unix time', () => {
    expect(ok('1921').precision).toBe('year');
    expect(ok('1921.0')).toMatchObject({ written: '1921', precision: 'year' });
    expect(ok('19171025')).toMatchObject({ start: ns(1917, 10, 25), written: '1917-10-25' });
    expect(bad('19171325')).toBe('"19171325" is eight digits but not a YYYYMMDD date');
    // Wikidata Query Service writes years before the Common Era with a minus.
    expect(bad('-0479-07-01T00:00:00Z')).toBe(
      '"-0479-07-01T00:00:00Z": "-0479-07-01" is a year before the Common Era; the importer reads years 0–9999'
    );
    expect(ok('0740-01-01T00:00:00Z').written).toBe('0740-01-01');
    expect(bad('12345')).toBe(
      '"12345" is a number of 5 digits, not a date: a year has 4, YYYYMMDD 8, a Unix time 9–13'
    );
  });
});

describe('readDate: day, month and year in numbers', () => {
  it('reads dd/mm/yyyy and mm/dd/yyyy by the order given (ACLED exports)', () => {
    expect(ok('18/04/2001', 'gregorian', 'dmy').start).toBe(ns(2001, 4, 18));
    expect(ok('04/18/2001', 'gregorian', 'mdy').start).toBe(ns(2001, 4, 18));
    expect(ok('03/04/2001', 'gregorian', 'dmy').start).toBe(ns(2001, 4, 3));
    expect(ok('03/04/2001', 'gregorian', 'mdy').start).toBe(ns(2001, 3, 4));
    expect(ok('03/04/2001', 'gregorian', 'mdy').warning).toBeUndefined();
  });

  it('without an order, reads what the numbers allow, and warns when both orders would do', () => {
    expect(ok('18/04/2001')).toMatchObject({ start: ns(2001, 4, 18), written: '2001-04-18' });
    expect(ok('18/04/2001').warning).toBeUndefined();
    expect(ok('04/18/2001').start).toBe(ns(2001, 4, 18));
    expect(ok('03/04/2001')).toMatchObject({
      start: ns(2001, 4, 3),
      warning: DATE_WARNINGS.dayOrder
    });
    expect(ok('04/04/2001').warning).toBeUndefined();
  });

  it('says which order a cell breaks, instead of the old "more than one /"', () => {
    expect(bad('18/04/2001', 'gregorian', 'mdy')).toBe(
      '"18/04/2001" is not month/day/year (18 is not a month), the order this column is read in; it reads as day/month/year'
    );
    expect(bad('04/18/2001', 'gregorian', 'dmy')).toBe(
      '"04/18/2001" is not day/month/year (18 is not a month), the order this column is read in; it reads as month/day/year'
    );
    expect(bad('18/14/2001')).toBe(
      '"18/14/2001" reads as neither day/month/year nor month/day/year'
    );
  });

  it('reads dd.mm.yyyy (always day first), yyyy/mm/dd, dd-mm-yyyy and mm.yyyy', () => {
    expect(ok('25.10.1917', 'julian', 'mdy').start).toBe(os(1917, 10, 25));
    expect(ok('5.1.1918', 'julian').start).toBe(os(1918, 1, 5));
    expect(ok('1917/10/25').written).toBe('1917-10-25');
    expect(ok('1917-1-5').written).toBe('1917-01-05');
    expect(ok('25-10-1917').start).toBe(ns(1917, 10, 25));
    expect(ok('10.1917')).toMatchObject({ written: '1917-10', precision: 'month' });
    expect(ok('10/1917')).toMatchObject({ written: '1917-10', precision: 'month' });
  });

  it('reads a range of dotted dates with a dash', () => {
    expect(ok('25.10.1917 – 02.11.1917', 'julian')).toMatchObject({
      start: os(1917, 10, 25),
      end: os(1917, 11, 2),
      written: '1917-10-25/1917-11-02'
    });
  });

  it('refuses a day that does not exist, saying why', () => {
    expect(bad('31/02/1917')).toBe(
      '"31/02/1917" does not exist: February 1917 has 28 days in the Gregorian (New Style) calendar'
    );
    expect(bad('31.04.1917', 'julian')).toBe(
      '"31.04.1917" does not exist: April 1917 has 30 days in the Julian (Old Style) calendar'
    );
    expect(bad('1917-13')).toBe(
      '"1917-13" has no month 13 (months are 01–12; 21–41 are EDTF seasons)'
    );
    expect(bad('1917-00-10')).toBe('"1917-00-10" has no month 0');
  });
});

describe('readDate: Excel', () => {
  it("reads d-Mon-yy with Excel's century rule, and warns", () => {
    expect(ok('9-May-20')).toMatchObject({
      start: ns(2020, 5, 9),
      written: '2020-05-09',
      warning: DATE_WARNINGS.twoDigitYear
    });
    expect(ok('9-May-29').start).toBe(ns(2029, 5, 9));
    expect(ok('9-May-30').start).toBe(ns(1930, 5, 9));
    expect(ok('3/8/17', 'gregorian', 'mdy')).toMatchObject({
      start: ns(2017, 3, 8),
      warning: DATE_WARNINGS.twoDigitYear
    });
    expect(ok('May-20')).toMatchObject({ written: '2020-05', precision: 'month' });
  });

  it('reads d-Mon-yyyy and dd Mon yyyy without a warning', () => {
    for (const cell of ['9-May-1917', '09-May-1917', '09 May 1917', '9 May. 1917']) {
      const r = ok(cell);
      expect([cell, r.start, r.warning]).toEqual([cell, ns(1917, 5, 9), undefined]);
    }
  });

  it('names both assumptions when a cell needs both', () => {
    expect(ok('03/04/17').warning).toBe(`${DATE_WARNINGS.twoDigitYear}; ${DATE_WARNINGS.dayOrder}`);
  });
});

describe('readDate: words', () => {
  it('reads English dates (ACLED, TimelineJS display dates)', () => {
    expect(ok('12 March 2021').start).toBe(ns(2021, 3, 12));
    expect(ok('March 12, 2021').start).toBe(ns(2021, 3, 12));
    expect(ok('12th of March 2021').start).toBe(ns(2021, 3, 12));
    expect(ok('Sept. 3, 1917').start).toBe(ns(1917, 9, 3));
    expect(ok('1917 October 25').start).toBe(ns(1917, 10, 25));
    expect(ok('March 1917')).toMatchObject({
      start: ns(1917, 3, 1),
      end: ns(1917, 3, 31),
      written: '1917-03',
      precision: 'month'
    });
  });

  it('reads Russian dates: genitive after a day, nominative or prepositional alone, "г." and "года"', () => {
    for (const cell of [
      '25 октября 1917',
      '25 октября 1917 г.',
      '25-го октября 1917 года',
      '25 окт. 1917'
    ])
      expect(ok(cell, 'julian')).toMatchObject({
        start: ns(1917, 11, 7),
        written: '1917-10-25',
        calendar: 'julian'
      });
    for (const cell of ['октябрь 1917', 'Октябрь 1917 г.', 'в октябре 1917 года'])
      expect(ok(cell, 'julian')).toMatchObject({ written: '1917-10', precision: 'month' });
  });

  it('reads seasons as meteorological seasons, written as EDTF season codes', () => {
    expect(ok('Spring 1917')).toMatchObject({
      start: ns(1917, 3, 1),
      end: ns(1917, 5, 31),
      written: '1917-21',
      precision: 'season'
    });
    expect(ok('весной 1917 г.', 'julian')).toMatchObject({
      start: os(1917, 3, 1),
      end: os(1917, 5, 31),
      written: '1917-21'
    });
    expect(ok('Autumn 1918').written).toBe('1918-23');
    expect(ok('Fall 1918').written).toBe('1918-23');
    // The winter whose January falls in the year.
    expect(ok('Winter 1917')).toMatchObject({ start: ns(1916, 12, 1), end: ns(1917, 2, 28) });
  });

  it('reads ranges whose start leaves its month or year to the end', () => {
    expect(ok('25–27 October 1917', 'julian')).toMatchObject({
      start: os(1917, 10, 25),
      end: os(1917, 10, 27),
      written: '1917-10-25/1917-10-27'
    });
    expect(ok('25 октября – 2 ноября 1917 г.', 'julian')).toMatchObject({
      start: os(1917, 10, 25),
      end: os(1917, 11, 2),
      written: '1917-10-25/1917-11-02'
    });
    expect(ok('March–May 1917')).toMatchObject({
      start: ns(1917, 3, 1),
      end: ns(1917, 5, 31),
      written: '1917-03/1917-05',
      precision: 'month'
    });
    expect(bad('25–27 1917')).toBe(
      '"25–27 1917": "27 1917" is not a date: expected e.g. 1917-10-25, 25.10.1917, 25/10/1917, 25 October 1917, 25 октября 1917, or a range A/B'
    );
  });

  it('says what is missing or unknown', () => {
    expect(bad('March 12')).toBe('"March 12" has no year');
    expect(bad('Brumaire 1917')).toBe(
      '"Brumaire 1917" is not a date: "brumaire" is not a month or season (expected e.g. 1917-10-25, 25.10.1917, 25/10/1917, 25 October 1917, 25 октября 1917, or a range A/B)'
    );
    expect(bad('25 October (7 November) 1917')).toBe(
      '"25 October (7 November) 1917" names more than one month; a cell holds one date or A/B'
    );
  });
});

describe('readDate: Old and New Style markers', () => {
  it('take the calendar from the cell over the one given', () => {
    const cells = [
      '1917-02-23 (O.S.)',
      '23 Feb 1917 OS',
      '1917-02-23 [O.S.]',
      '23.02.1917 o.s.',
      '23 февраля 1917 ст. ст.',
      '23 февраля 1917 г. по ст. ст.',
      '23 февраля 1917 (по старому стилю)'
    ];
    for (const cell of cells)
      expect([cell, ok(cell, 'gregorian')]).toMatchObject([
        cell,
        { start: ns(1917, 3, 8), written: '1917-02-23', calendar: 'julian' }
      ]);
    for (const cell of ['1917-03-08 N.S.', '8 March 1917 (NS)', '8 марта 1917 н. ст.'])
      expect([cell, ok(cell, 'julian')]).toMatchObject([
        cell,
        { start: ns(1917, 3, 8), written: '1917-03-08', calendar: 'gregorian' }
      ]);
  });

  it('leave a marker alone as no date', () => {
    expect(bad('(O.S.)')).toBe('"(O.S.)" has no date');
  });
});

describe('readDate: EDTF', () => {
  it('keeps qualifiers as written and sets the flags', () => {
    expect(ok('1917-10~', 'julian')).toMatchObject({
      start: os(1917, 10, 1),
      end: os(1917, 10, 31),
      written: '1917-10~',
      precision: 'month',
      approximate: true,
      uncertain: false
    });
    expect(ok('1918?')).toMatchObject({ written: '1918?', approximate: false, uncertain: true });
    expect(ok('1917-10-25%')).toMatchObject({ approximate: true, uncertain: true });
    expect(ok('?1917-10')).toMatchObject({ written: '?1917-10', uncertain: true });
  });

  it('reads unspecified digits as the span they allow, in the calendar given', () => {
    expect(ok('1917-XX')).toMatchObject({
      start: ns(1917, 1, 1),
      end: ns(1917, 12, 31),
      written: '1917-XX',
      precision: 'year'
    });
    expect(ok('191X')).toMatchObject({ start: ns(1910, 1, 1), end: ns(1919, 12, 31) });
    expect(ok('1917-1X-2X', 'julian')).toMatchObject({
      start: os(1917, 10, 20),
      end: os(1917, 12, 29)
    });
    expect(ok('1917-02-XX', 'julian').end).toBe(os(1917, 2, 28));
    expect(ok('1900-02-XX', 'julian').end).toBe(os(1900, 2, 29));
  });

  it('reads seasons, intervals, sets and lists', () => {
    expect(ok('1917-21')).toMatchObject({
      start: ns(1917, 3, 1),
      end: ns(1917, 5, 31),
      precision: 'season'
    });
    expect(ok('1917-21~')).toMatchObject({ written: '1917-21~', approximate: true });
    expect(ok('1917-03/1917-05', 'julian')).toMatchObject({
      start: os(1917, 3, 1),
      end: os(1917, 5, 31),
      precision: 'month'
    });
    expect(ok('[1917, 1918]')).toMatchObject({
      start: ns(1917, 1, 1),
      end: ns(1918, 12, 31),
      written: '[1917,1918]',
      uncertain: true
    });
    expect(ok('{1917-10,1918..1919}')).toMatchObject({
      start: ns(1917, 10, 1),
      end: ns(1919, 12, 31),
      uncertain: false,
      precision: 'year'
    });
  });

  it('refuses intervals and sets open at one end', () => {
    for (const cell of ['1917/..', '../1917', '1917/', '[..1917,1918]'])
      expect(bad(cell)).toBe(
        `"${cell}" is open or unknown at one end; the atlas draws an event from its first to its last day, so give both (or one date)`
      );
  });

  it('refuses what EDTF does not allow', () => {
    expect(bad('1917-1Y~')).toMatch(/^"1917-1Y~": "1917-1Y" is not a date/);
    expect(bad('19X7~')).toBe(
      '"19X7~" is not an EDTF date (qualifiers ? ~ % go after a year, month or day; X stands for an unknown digit)'
    );
    expect(bad('1917-04-31~')).toBe(
      '"1917-04-31~" does not exist: April 1917 has 30 days in the Gregorian (New Style) calendar'
    );
  });
});

describe('readDate: hedges', () => {
  it('mark the date approximate and write EDTF "~"', () => {
    for (const cell of ['c. 1917', 'ca. 1917', 'c.1917', 'circa 1917', 'около 1917', 'ок. 1917 г.'])
      expect([cell, ok(cell)]).toMatchObject([
        cell,
        { start: ns(1917, 1, 1), end: ns(1917, 12, 31), written: '1917~', approximate: true }
      ]);
    expect(ok('about March 1917')).toMatchObject({ written: '1917-03~', approximate: true });
    expect(ok('примерно весной 1917')).toMatchObject({ written: '1917-21~', approximate: true });
    expect(ok('c. 1917/1918').written).toBe('1917~/1918~');
    expect(ok('about 1918?')).toMatchObject({ written: '1918%', uncertain: true });
  });

  it('are refused on a date with unspecified digits, which EDTF cannot qualify', () => {
    expect(bad('about 191X')).toBe(
      '"about 191X": EDTF has no way to mark a date with X digits approximate; give its span (e.g. 1910~/1919~ for about 191X)'
    );
  });

  it('take a trailing "?" on a date in words as uncertain', () => {
    expect(ok('March 1917?')).toMatchObject({ written: '1917-03?', uncertain: true });
  });
});

describe('readDate: messages', () => {
  it('quote the cell, cut to 60 characters', () => {
    const long = `${'x'.repeat(70)} 1917`;
    const m = bad(long);
    expect(m.startsWith(`"${'x'.repeat(60)}…"`)).toBe(true);
    expect(bad('  ')).toBe('is empty');
    expect(bad('yesterday')).toMatch(/^"yesterday" is not a date/);
  });

  it('name the whole cell and the side that is wrong in a range', () => {
    expect(bad('1917-10-25/1917-13-01')).toBe(
      '"1917-10-25/1917-13-01": "1917-13-01" has no month 13'
    );
    expect(bad('1917-11-02/1917-10-25')).toBe('"1917-11-02/1917-10-25" ends before it starts');
    expect(bad('1/2/3/4')).toMatch(/^"1\/2\/3\/4" has 3 "\/": expected/);
  });
});

describe('readDate: cells of the peer sample files (tests/fixtures/peers)', () => {
  const cases: [file: string, cell: string, written: string, precision: string][] = [
    ['kepler/route-data.csv gps_timestamp', '2016-07-22T20:14:33.000Z', '2016-07-22', 'day'],
    ['kepler/sample-trip-data.csv utc_timestamp', '2016-09-17 00:09:55', '2016-09-17', 'day'],
    [
      'kepler/sample-trip-data.csv begintrip_ts_local',
      '2016-10-01 16:46:37+00:00',
      '2016-10-01',
      'day'
    ],
    ['kepler/sample-trip-data.csv epoch', '1472688000000', '2016-09-01', 'day'],
    ['acled/acled_old_dummy.csv timestamp', '1657041386', '2022-07-05', 'day'],
    ['acled/acled_old_dummy.csv event_date', '2022-06-30', '2022-06-30', 'day'],
    ['californica/ladnn-sample.csv Date.normalized', '1937/1947', '1937/1947', 'year'],
    ['californica/ladnn-sample.csv Date.creation', 'ca. 1942', '1942~', 'year'],
    ['californica/ladnn-sample.csv Date.creation', 'Oct 1944', '1944-10', 'month'],
    ['californica/ladnn-sample.csv Date.creation', 'December 8, 1941', '1941-12-08', 'day'],
    ['war-atlas/battles-1905-1921.csv date_display', 'September 22, 1914', '1914-09-22', 'day'],
    ['wikidata/wikidata_battles.csv date', '1842-02-07T00:00:00Z', '1842-02-07', 'day'],
    ['whg/lp7_100.tsv start', '0600', '0600', 'year']
  ];
  it.each(cases)('%s: %s', (_file, cell, written, precision) => {
    expect(ok(cell)).toMatchObject({ written, precision });
  });

  it("joins the TimelineJS template's split columns (timelinejs/women_in_computing.csv)", () => {
    expect(
      readDateSpan(
        joinDateParts('1815', '12', '10', ''),
        joinDateParts('1852', '11', '27', ''),
        'gregorian'
      )
    ).toMatchObject({
      start: ns(1815, 12, 10),
      end: ns(1852, 11, 27),
      written: '1815-12-10/1852-11-27'
    });
    expect(
      readDateSpan(
        joinDateParts('1943', '7', '', ''),
        joinDateParts('1946', '', '', ''),
        'gregorian'
      )
    ).toMatchObject({
      start: ns(1943, 7, 1),
      end: ns(1946, 12, 31),
      written: '1943-07/1946',
      precision: 'year'
    });
  });
});

describe('readDateSpan', () => {
  it('joins a start and an end cell, each possibly a range', () => {
    expect(readDateSpan('1917-10-25', '1917-11-02', 'julian')).toMatchObject({
      start: os(1917, 10, 25),
      end: os(1917, 11, 2),
      written: '1917-10-25/1917-11-02',
      precision: 'day'
    });
    expect(readDateSpan('1917-10/1917-11~', 'c. 1918/1919', 'julian')).toEqual({
      start: os(1917, 10, 1),
      end: os(1919, 12, 31),
      written: '1917-10/1919~',
      calendar: 'julian',
      precision: 'year',
      approximate: true,
      uncertain: false
    });
    expect(readDateSpan('25 октября 1917', '', 'julian')).toMatchObject({
      written: '1917-10-25'
    });
  });

  it('rewrites a one-day end in the start calendar when the cells differ', () => {
    expect(readDateSpan('1917-10-25', '2 Nov 1917 (O.S.)', 'gregorian')).toMatchObject({
      start: ns(1917, 10, 25),
      end: ns(1917, 11, 15),
      written: '1917-10-25/1917-11-15',
      calendar: 'gregorian'
    });
    expect(readDateSpan('1917-10-25', 'November 1917 (O.S.)', 'gregorian')).toBe(
      '"1917-10-25" to "November 1917 (O.S.)": the start is Gregorian (New Style) and the end Julian (Old Style); give both in one calendar'
    );
  });

  it('says what is wrong with the pair', () => {
    expect(readDateSpan('1917-11-02', '1917-10-25', 'julian')).toBe(
      '"1917-11-02" to "1917-10-25" ends before it starts'
    );
    expect(readDateSpan('', '1917', 'julian')).toBe('has an end "1917" but no start');
    expect(readDateSpan('1917', '1918-13', 'julian')).toBe(
      '"1918-13" has no month 13 (months are 01–12; 21–41 are EDTF seasons)'
    );
    expect(readDateSpan('[1917,1918]', '1920', 'julian')).toBe(
      '"[1917,1918]" is a set of dates; a start or an end takes one date or a range'
    );
  });

  it('keeps the warnings of both cells', () => {
    const r = readDateSpan('9-May-20', '05/06/2020', 'gregorian');
    expect(typeof r !== 'string' && r.warning).toBe(
      `${DATE_WARNINGS.twoDigitYear}; ${DATE_WARNINGS.dayOrder}`
    );
  });
});

describe('dayOrderOf', () => {
  it('finds the order from any part over 12, day first otherwise', () => {
    expect(dayOrderOf(['01/02/2001', '18/04/2001'])).toBe('dmy');
    expect(dayOrderOf(['01/02/2001', '04/18/2001', ''])).toBe('mdy');
    expect(dayOrderOf(['3/8/17', '12-25-2020'])).toBe('mdy');
    expect(dayOrderOf(['01/02/2001', '25.10.1917', '1917-10-25'])).toBe('dmy');
    expect(dayOrderOf([])).toBe('dmy');
  });
});

describe('joinDateParts', () => {
  it('joins TimelineJS Year/Month/Day/Time columns into a cell readDate reads', () => {
    expect(joinDateParts('1917', '10', '25', '14:00:00')).toBe('1917-10-25 14:00:00');
    expect(ok(joinDateParts('1917', '10', '25', '2:00 PM')).start).toBe(ns(1917, 10, 25));
    expect(joinDateParts('1917', '10', '', '')).toBe('1917-10');
    expect(joinDateParts('1917')).toBe('1917');
    expect(joinDateParts('1917.0', '3.0', '8.0')).toBe('1917-03-08');
  });

  it('takes month names in English or Russian', () => {
    expect(joinDateParts('1917', 'October', '25')).toBe('1917-10-25');
    expect(joinDateParts('1917', 'окт.', '25')).toBe('1917-10-25');
    expect(joinDateParts('1917', 'Октябрь')).toBe('1917-10');
    expect(monthFromName('Февраля')).toBe(2);
    expect(monthFromName('Thermidor')).toBeNull();
  });

  it('gives a day without a month as EDTF, and leaves an unknown month for readDate to name', () => {
    expect(joinDateParts('1917', '', '25')).toBe('1917-XX-25');
    expect(ok('1917-XX-25')).toMatchObject({ start: ns(1917, 1, 25), end: ns(1917, 12, 25) });
    expect(joinDateParts('1917', 'Octobre', '25')).toBe('25 Octobre 1917');
    expect(bad(joinDateParts('1917', 'Octobre', '25'))).toMatch(/"octobre" is not a month/);
  });
});
