import { describe, expect, it } from 'vitest';
import type { AtlasEvent, AtlasSource } from '$lib/model/atlas-data';
import { bibtex, chicago, chicagoSource, sourcesBehind } from './citation';

const c = {
  url: 'https://atlas.example/?t=1921-03-07&mode=window',
  description: 'events of 7 March 1921, last 30 days',
  dataVersion: 'fbfa71ce39',
  accessed: new Date(Date.UTC(2026, 10, 22))
};

describe('citations', () => {
  it('writes Chicago with the data version and the permalink', () => {
    expect(chicago(c)).toBe(
      'Revolution Atlas 1905–1921. “Events of 7 March 1921, last 30 days.” Interactive map, data version fbfa71ce39. Accessed November 22, 2026. https://atlas.example/?t=1921-03-07&mode=window.'
    );
  });

  it('writes BibTeX that escapes special characters', () => {
    const b = bibtex({ ...c, description: 'strikes & raids, 100% of them' });
    expect(b).toContain('@misc{revolutionatlas-fbfa71ce39-20261122,');
    expect(b).toContain(
      'title        = {{Revolution Atlas 1905–1921}: strikes \\& raids, 100\\% of them},'
    );
    expect(b).toContain('howpublished = {\\url{https://atlas.example/?t=1921-03-07&mode=window}},');
    expect(b).toContain(
      'note         = {Interactive map, data version fbfa71ce39; accessed 2026-11-22},'
    );
    expect(b.trim().endsWith('}')).toBe(true);
  });

  it('lists the sources behind the events with their paragraphs', () => {
    const sources: AtlasSource[] = [
      {
        id: 'tabor-2017',
        author: 'Ron Tabor',
        title: 'Explorations in the Russian Revolution',
        year: 2017
      },
      {
        id: 'guerin-1970',
        author: 'Daniel Guérin',
        title: 'Anarchism',
        year: 1970,
        publisher: 'Monthly Review Press'
      }
    ];
    const e = (id: string, cites: [string, number][]) =>
      ({ id, sources: cites.map(([source, line]) => ({ source, line })) }) as unknown as AtlasEvent;
    const uses = sourcesBehind(
      [
        e('a', [
          ['tabor-2017', 30],
          ['guerin-1970', 5]
        ]),
        e('b', [['tabor-2017', 12]]),
        e('c', [['import:x.csv', 2]])
      ],
      sources
    );
    expect(uses.map((u) => [u.source.id, u.lines, u.events])).toEqual([
      ['tabor-2017', [12, 30], 2],
      ['guerin-1970', [5], 1]
    ]);
    expect(chicagoSource(sources[1])).toBe('Daniel Guérin. Anarchism. Monthly Review Press, 1970.');
  });
});
