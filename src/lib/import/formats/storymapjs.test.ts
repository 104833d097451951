import { describe, expect, it } from 'vitest';
import { previewTable, readTable } from '../run-import';

const enc = (v: unknown) => new TextEncoder().encode(JSON.stringify(v, null, 2));

// Shaped as NUKnightLab/StoryMapJS storymap/static/demo/demo.json.
const slides = [
  {
    type: 'overview',
    date: '1790-2010',
    text: {
      headline: 'US Westward Expansion <small>Mean center of United States population</small>',
      text: '<p>The mean center of U.S. population.</p>'
    },
    media: {
      url: 'https://upload.wikimedia.org/x.png',
      credit: 'wikipedia',
      caption: 'Mean center'
    }
  },
  {
    date: '1790',
    text: {
      headline: '1790',
      text: "<p>A look at the US during this first Census.</p> <span class='vco-note'>Map (left) is an image.</span>"
    },
    location: { name: 'Kent County, Maryland', lat: 39.275, lon: -76.18667, zoom: 10, line: true },
    media: {
      url: 'https://upload.wikimedia.org/United_States_1789-08-1790.png',
      credit: 'photobucket'
    }
  },
  {
    date: '1800',
    text: { headline: 'Somewhere', text: '' },
    location: { name: 'Howard County, Maryland' }
  },
  { text: { headline: 'Nowhere' } }
];

describe('StoryMapJS JSON', () => {
  it('reads one row per slide, its HTML as text, with the location as coordinates', () => {
    const t = readTable(enc({ storymap: { language: 'en', slides } }), 'demo.json');
    expect(t).toMatchObject({
      format: 'storymapjs',
      header: ['Headline', 'Text', 'Place', 'lat', 'lon', 'Date', 'Media'],
      rows: [
        [
          '1790',
          'A look at the US during this first Census.\nMap (left) is an image.',
          'Kent County, Maryland',
          '39.275',
          '-76.18667',
          '1790',
          'https://upload.wikimedia.org/United_States_1789-08-1790.png'
        ],
        ['Somewhere', '', 'Howard County, Maryland', '', '', '1800', ''],
        ['Nowhere', '', '', '', '', '', '']
      ],
      rowNumbers: [3, 4, 5],
      columns: { lat: 3, lon: 4 }
    });
    expect(t.problems).toEqual([
      {
        row: 2,
        field: 'slide',
        message:
          'slide 1 ("US Westward Expansion Mean center of United States population") is the overview (title) slide, not an event',
        dropped: true
      },
      { row: 5, field: 'location', message: 'slide 4 has no location', dropped: false }
    ]);
    expect(previewTable(enc({ storymap: { slides } }), 'demo.json').mapping.columns).toMatchObject({
      lat: 3,
      lon: 4,
      title: 0,
      place: 2,
      date: 5
    });
  });

  it('reads the bare {"slides": […]} form', () => {
    expect(readTable(enc({ slides: slides.slice(1, 2) }), 's.json').rows).toHaveLength(1);
  });

  it('refuses a gigapixel story map, whose points are on an image', () => {
    // As NUKnightLab/StoryMapJS storymap/static/demo/seurat.json.
    const doc = {
      storymap: {
        map_type: 'zoomify',
        slides: [{ type: 'overview' }, { location: { lat: 75.7, lon: -132.2 } }]
      }
    };
    expect(() => readTable(enc(doc), 'seurat.json')).toThrow(
      'seurat.json is a StoryMapJS gigapixel story: its points are places on an image, not on the earth'
    );
  });
});
