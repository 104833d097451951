/**
 * A workbook's sheet of sites joined to its sheet of events by place name, as Forensic
 * Architecture's timemap keeps them: events name a place ("location"), a second sheet gives
 * each place ("site") its coordinates ("latitude", "longitude"). Events without coordinates of
 * their own get the site's.
 */

/** A sheet as text: its header and rows. */
export interface Grid {
  name: string;
  header: string[];
  rows: string[][];
}

const EVENT_PLACE =
  /^(site|place|location|locality|city|town|место|город|населённый пункт|населенный пункт)$/i;
const SITE_NAME = /^(site|name|place|location|label|title|место|название)$/i;
const LAT = /^(lat|latitude|широта)$/i;
const LON = /^(lon|lng|long|longitude|долгота)$/i;

const find = (header: readonly string[], re: RegExp) => header.findIndex((h) => re.test(h.trim()));

const key = (name: string) => name.trim().toLowerCase();

/** The events sheet's column of place names, if it has one and no coordinates; else -1. */
export function placeColumn(header: readonly string[]): number {
  return find(header, LAT) < 0 && find(header, LON) < 0 ? find(header, EVENT_PLACE) : -1;
}

/** The site sheet's name, latitude and longitude columns, or null if it lacks one. */
export function siteColumns(
  header: readonly string[]
): { name: number; lat: number; lon: number } | null {
  const name = find(header, SITE_NAME);
  const lat = find(header, LAT);
  const lon = find(header, LON);
  return name >= 0 && lat >= 0 && lon >= 0 ? { name, lat, lon } : null;
}

export interface Joined {
  /** The sheet the coordinates came from. */
  sites: string;
  /** Each event row's latitude and longitude ('' where its place has no site). */
  lat: string[];
  lon: string[];
}

/**
 * The coordinates of each event row from the first of `others` that is a sheet of sites, by the
 * events' place column; null if the events sheet has coordinates already, no place column, or no
 * other sheet is a sheet of sites whose names match at least one event.
 */
export function joinSites(
  events: Pick<Grid, 'header' | 'rows'>,
  others: readonly Grid[]
): Joined | null {
  const place = placeColumn(events.header);
  if (place < 0) return null;
  for (const sheet of others) {
    const cols = siteColumns(sheet.header);
    if (!cols) continue;
    const at = new Map<string, [string, string]>();
    for (const r of sheet.rows) {
      const name = key(r[cols.name] ?? '');
      if (name && !at.has(name)) at.set(name, [r[cols.lat] ?? '', r[cols.lon] ?? '']);
    }
    const found = events.rows.map((r) => at.get(key(r[place] ?? '')));
    if (!found.some(Boolean)) continue;
    return {
      sites: sheet.name,
      lat: found.map((f) => f?.[0] ?? ''),
      lon: found.map((f) => f?.[1] ?? '')
    };
  }
  return null;
}
