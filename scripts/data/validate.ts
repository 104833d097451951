/**
 * Validates the geodata files and joins them into the compact AtlasData the app draws.
 * Pure: it takes file texts, never touches the disk, and reports every problem as
 * `file:line [id] field: message` instead of stopping at the first. Each file is checked by its
 * own module (validate-*.ts, read-event-file.ts); join.ts builds the data from what passed.
 */
import type { AtlasData } from '../../src/lib/model/atlas-data';
import type { GeodataFile } from './geodata-file';
import type { GeonamesCity } from './geonames';
import { checkAreaSpans } from './area-spans';
import { joinAtlas } from './join';
import type { Problem } from './problems';
import { readEventFile } from './read-event-file';
import {
  checkEventRussian,
  checkPlaceRussian,
  checkTerms,
  type RussianReport
} from './russian-texts';
import { validateCities } from './validate-cities';
import { validateEvents } from './validate-events';
import { validatePlaces } from './validate-places';
import { validateSources } from './validate-sources';

/** The files to validate, by path (relative to the repo, used in messages). */
export interface GeodataInput {
  sources: GeodataFile;
  places: GeodataFile;
  events: GeodataFile[];
  /** Lectures (geodata/stories/*.md), validated by stories.ts against the data. */
  stories?: GeodataFile[];
  /** City-scale layers (geodata/city/*.geojson); features with from_date/to_date join the timed areas. */
  cities?: GeodataFile[];
  /**
   * The words on each line of each source text, by file name (from the committed fingerprints):
   * a citation must point to a line that exists and is not blank.
   */
  sourceLines?: Record<string, readonly number[]>;
  /** GeoNames' cities (`loadCities()`), to give the gazetteer's settlements their GeoNames ids. */
  geonames?: readonly GeonamesCity[];
  /** A missing Russian text is a problem too (`loadAll` passes the gate, `REQUIRE_RUSSIAN`). */
  requireRussian?: boolean;
}

export interface ValidationResult {
  problems: Problem[];
  /** Every Russian text still to be written, with file and field (problems too when required). */
  missingRussian: Problem[];
  data: AtlasData;
}

/** Validates every file and builds the AtlasData. The data is usable only if `problems` is empty. */
export function validateGeodata(input: GeodataInput): ValidationResult {
  const problems: Problem[] = [];
  const sources = validateSources(input.sources, input.sourceLines, problems);
  const places = validatePlaces(input.places, problems);
  const cityAreas = validateCities(input.cities ?? [], problems);
  const parsed = input.events.flatMap((f) => readEventFile(f, problems));
  const placeIds = new Set(places.map((p) => p.properties.id));
  const events = validateEvents(parsed, placeIds, sources, problems);
  const russian: RussianReport = { problems, missing: [] };
  for (const { file, line, event } of parsed) {
    checkEventRussian(event, { file, line, id: event.id }, russian);
    checkTerms(event, { file, line, id: event.id }, problems);
  }
  for (const p of places)
    checkPlaceRussian(p.properties, { file: input.places.path, id: p.properties.id }, russian);
  if (input.requireRussian) problems.push(...russian.missing);
  const data = joinAtlas(sources, places, cityAreas, events, input.geonames);
  const at = new Map(
    parsed.map((p) => [p.event.id, { file: p.file, line: p.line, id: p.event.id }])
  );
  checkAreaSpans(data, (id) => at.get(id) ?? { file: '(events)', id }, problems);
  // A message quotes what it found; a huge value is cut short.
  for (const p of problems) if (p.message.length > 300) p.message = `${p.message.slice(0, 300)}…`;
  return { problems, missingRussian: russian.missing, data };
}
