import { describe, expect, it } from 'vitest';
import { readTable } from '../run-import';
import { TIMELINE_COLUMNS } from './timelinejs';

const enc = (v: unknown) => new TextEncoder().encode(JSON.stringify(v, null, 2));

/** A row's template columns as an object, its empty cells left out. */
const byColumn = (row: string[]) =>
  Object.fromEntries(
    row
      .slice(0, TIMELINE_COLUMNS.length)
      .map((c, i) => [TIMELINE_COLUMNS[i], c])
      .filter(([, c]) => c !== '')
  );

describe('TimelineJS 3 JSON', () => {
  // Shaped as NUKnightLab/TimelineJS3 website/examples/houston/timeline3.json (title, events with
  // string dates and HTML) and src/template/eras.json (eras, backgrounds).
  const timeline = {
    title: {
      media: {
        url: '//www.flickr.com/photos/tm_10001/2310475988/',
        caption: 'Whitney Houston performing',
        credit: 'flickr'
      },
      text: {
        headline: 'Whitney Houston<br/> 1963 - 2012',
        text: '<p>Houston’s voice caught the imagination of the world.</p>'
      }
    },
    eras: [
      {
        start_date: { year: '650' },
        end_date: { year: '700' },
        text: { headline: 'Era Test 650-700' }
      },
      { start_date: { year: '600' }, end_date: { year: '650' } }
    ],
    events: [
      {
        media: {
          url: '/static/img/examples/houston/family.jpg',
          caption: "Houston's mother and Gospel singer, Cissy Houston (left).",
          credit:
            "Cissy Houston photo:<a href='http://www.flickr.com/photos/11447043@N00/418180903/'>Tom Marcello</a>"
        },
        start_date: { month: '8', day: '9', year: '1963' },
        text: {
          headline: 'A Musical Heritage',
          text: '<p>Born in New Jersey on August 9th, 1963.</p>'
        }
      },
      {
        start_date: {
          year: 1917,
          month: 3,
          day: 8,
          hour: 9,
          minute: 5,
          display_date: 'International Women’s Day'
        },
        end_date: { year: 1917, month: 3, day: 12, hour: '14', minute: '30', second: '5' },
        background: { opacity: '50', url: 'https://upload.wikimedia.org/x.jpg' },
        text: { headline: 'Strike &amp; demonstration' },
        group: 'Petrograd',
        unique_id: 'feb-1'
      },
      'not an event'
    ]
  };

  it('reads each event into the columns of the TimelineJS spreadsheet template', () => {
    const t = readTable(enc(timeline), 'houston.json');
    expect(t.format).toBe('timelinejs');
    // The template's columns, then its split dates joined, as for the spreadsheet itself.
    expect(t.header).toEqual([
      ...TIMELINE_COLUMNS,
      'Year + Month + Day',
      'End Year + End Month + End Day'
    ]);
    expect(t.rows.map((r) => r.slice(TIMELINE_COLUMNS.length))).toEqual([
      ['1963-08-09', ''],
      ['1917-03-08 09:05', '1917-03-12 14:30:05']
    ]);
    expect(t.rows.map(byColumn)).toEqual([
      {
        Year: '1963',
        Month: '8',
        Day: '9',
        Headline: 'A Musical Heritage',
        Text: 'Born in New Jersey on August 9th, 1963.',
        Media: '/static/img/examples/houston/family.jpg',
        'Media Credit': 'Cissy Houston photo:Tom Marcello',
        'Media Caption': "Houston's mother and Gospel singer, Cissy Houston (left)."
      },
      {
        Year: '1917',
        Month: '3',
        Day: '8',
        Time: '09:05',
        'End Year': '1917',
        'End Month': '3',
        'End Day': '12',
        'End Time': '14:30:05',
        'Display Date': 'International Women’s Day',
        Headline: 'Strike & demonstration',
        Group: 'Petrograd',
        Background: 'https://upload.wikimedia.org/x.jpg'
      }
    ]);
    expect(t.rowNumbers).toEqual([2, 3]);
  });

  it('reports the title slide and the eras as not events, and an entry that is no event', () => {
    expect(readTable(enc(timeline), 'houston.json').problems).toEqual([
      { row: 4, field: 'event', message: 'event 3 is not an object', dropped: true },
      {
        row: 5,
        field: 'title',
        message: 'the title slide ("Whitney Houston 1963 - 2012") is not an event',
        dropped: true
      },
      {
        row: 6,
        field: 'era',
        message: 'era 1 ("Era Test 650-700") is a span of the timeline, not an event',
        dropped: true
      },
      {
        row: 7,
        field: 'era',
        message: 'era 2 is a span of the timeline, not an event',
        dropped: true
      }
    ]);
  });
});

describe('TimelineJS 2 JSON', () => {
  // Shaped as NUKnightLab/TimelineJS3 website/examples/houston/timeline2.json.
  it('reads its dates, assets and tags into the same columns', () => {
    const doc = {
      timeline: {
        headline: 'Whitney Houston<br/> 1963 - 2012',
        type: 'default',
        startDate: '1963',
        text: '<p>Houston’s voice.</p>',
        asset: {
          media: '//www.flickr.com/photos/tm_10001/2310475988/',
          credit: 'flickr',
          caption: 'Hamburg'
        },
        date: [
          {
            startDate: '1963,8,9',
            endDate: '1963,8,10,18,30',
            headline: 'A Musical Heritage',
            text: '<p>Born in New Jersey.</p>',
            tag: 'Life',
            asset: {
              media: '/static/img/examples/houston/family.jpg',
              credit: 'Tom Marcello',
              caption: 'Cissy'
            }
          }
        ],
        era: [{ startDate: '1963', endDate: '1970', headline: 'Childhood' }]
      }
    };
    const t = readTable(enc(doc), 'houston2.json');
    expect(t.format).toBe('timelinejs');
    expect(t.rows.map(byColumn)).toEqual([
      {
        Year: '1963',
        Month: '8',
        Day: '9',
        'End Year': '1963',
        'End Month': '8',
        'End Day': '10',
        'End Time': '18:30',
        Headline: 'A Musical Heritage',
        Text: 'Born in New Jersey.',
        Media: '/static/img/examples/houston/family.jpg',
        'Media Credit': 'Tom Marcello',
        'Media Caption': 'Cissy',
        Group: 'Life'
      }
    ]);
    expect(t.problems.map((p) => p.message)).toEqual([
      'the title slide ("Whitney Houston 1963 - 2012") is not an event',
      'era 1 ("Childhood") is a span of the timeline, not an event'
    ]);
  });
});
