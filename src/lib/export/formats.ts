/** The export formats the interface offers, and a file of events in each. */
import type { AtlasData, AtlasEvent } from '$lib/model/atlas-data';
import type { Lang } from '$lib/time/format';
import { eventsToCsv } from './csv';
import { eventsToGeojson } from './geojson';
import { eventsToLpf } from './lpf';
import { eventsToTimeline } from './timeline';

export const EXPORT_FORMATS = [
  { id: 'csv', label: 'CSV' },
  { id: 'geojson', label: 'GeoJSON' },
  { id: 'lpf', label: 'Linked Places' },
  { id: 'timeline', label: 'TimelineJS' }
] as const;
export type ExportFormatId = (typeof EXPORT_FORMATS)[number]['id'];

export interface ExportContext {
  /** The file's name without its extension. */
  name: string;
  /** The atlas's address (absolute, ending in `/`): Linked Places `@id`s are views of it. */
  base: string;
  /** The timeline's title slide. */
  title: string;
  description?: string;
  /** The atlas's data, for place names, sources and areas. */
  data: Pick<AtlasData, 'places' | 'sources' | 'areas' | 'version'> | null;
  lang: Lang;
}

export interface ExportFile {
  name: string;
  text: string;
  type: string;
}

/** The events as a file in the format. */
export function exportEvents(
  format: ExportFormatId,
  events: readonly AtlasEvent[],
  ctx: ExportContext
): ExportFile {
  const { name, data } = ctx;
  switch (format) {
    case 'csv':
      return { name: `${name}.csv`, text: eventsToCsv(events), type: 'text/csv;charset=utf-8' };
    case 'geojson':
      return {
        name: `${name}.geojson`,
        text: JSON.stringify(eventsToGeojson(events)),
        type: 'application/geo+json'
      };
    case 'lpf':
      return {
        name: `${name}.lpf.json`,
        text: JSON.stringify(
          eventsToLpf(events, {
            base: ctx.base,
            places: data?.places ?? [],
            areas: data?.areas,
            version: data?.version
          })
        ),
        type: 'application/ld+json'
      };
    case 'timeline':
      return {
        name: `${name}.timeline.json`,
        text: JSON.stringify(
          eventsToTimeline(events, {
            title: ctx.title,
            description: ctx.description,
            places: data?.places,
            sources: data?.sources,
            lang: ctx.lang
          })
        ),
        type: 'application/json'
      };
  }
}
