import { describe, expect, it } from 'vitest';
import { ACCEPT, formatOf, loadFormat, READS } from './index';
import { excelOf, odsOf } from './test-workbooks';

const enc = (s: string) => new TextEncoder().encode(s);
const json = (v: unknown) => enc(JSON.stringify(v));

describe('formatOf', () => {
  it('lets the bytes decide, whatever the file is called', () => {
    const cases: [Uint8Array, string, string][] = [
      [excelOf({ s: [['a']] }), 'export.csv', 'xlsx'],
      [odsOf('<table:table table:name="s"/>'), 'data', 'ods'],
      [json({ title: { text: { headline: 'x' } }, events: [] }), 'timeline.txt', 'timelinejs'],
      [json({ storymap: { slides: [] } }), 'story.geojson', 'storymapjs'],
      [
        json({
          type: 'FeatureCollection',
          features: [{ type: 'Feature', when: { timespans: [] } }]
        }),
        'x.json',
        'lpf'
      ],
      [json({ type: 'FeatureCollection', features: [] }), 'x.txt', 'geojson'],
      [enc('date,place\n1917,Moscow\n'), 'x.json.csv', 'csv']
    ];
    for (const [bytes, name, id] of cases)
      expect([name, formatOf(bytes, name).id]).toEqual([name, id]);
  });

  it('leaves broken JSON named .json to GeoJSON, which says why it is not JSON', () => {
    expect(formatOf(enc('{"events": ['), 'x.json').id).toBe('geojson');
  });

  it('refuses a file that is not text and that no format reads', async () => {
    expect(() => formatOf(enc('%PDF-1.5'), 'a.pdf')).toThrow(
      /^a\.pdf is a PDF document, not a table/
    );
    // Loading never throws: the read says why.
    await expect(loadFormat(enc('%PDF-1.5'), 'a.pdf')).resolves.toBeUndefined();
  });

  it('says what it reads, in messages', () => {
    expect(READS).toBe(
      'Excel (.xlsx), OpenDocument spreadsheet (.ods), TimelineJS JSON, StoryMapJS JSON, Linked Places (LPF), GeoJSON or CSV'
    );
  });

  it('offers every format in the file picker', () => {
    for (const ext of ['.csv', '.tsv', '.xlsx', '.ods', '.json', '.geojson', '.jsonld'])
      expect(ACCEPT.split(',')).toContain(ext);
  });
});
