/**
 * The events' labels and stacks: which of the shown events in view get a label, and which lie on
 * one spot of the screen and are drawn as one mark with their count. Pure functions over screen
 * points; `EventLabels.svelte` feeds them at most `LABEL_CAP` events in view, on a settled tick or
 * camera, and hands the result to a MapLibre symbol layer, whose collision rules place the labels.
 */

/** Events within this many pixels of a stack's first event are drawn as one mark (a mark is 13 px). */
export const STACK_RADIUS = 8;
/** At most this many events in view are labelled or counted per update. */
export const LABEL_CAP = 300;
/** At most this many shown events are looked at per update (the newest first). */
export const SCAN_CAP = 20000;
/** A label's length, in characters, before it is cut at a word. */
export const SHORT_TITLE = 28;

/** An event in view, at its point on the screen. */
export interface ScreenEvent {
  id: string;
  lon: number;
  lat: number;
  x: number;
  y: number;
  title: string;
  /** A lecture's highlight or the selected event: always labelled. */
  emphasis: boolean;
}

/** Events on one spot: the first leads (its title is the label), `events` holds them all. */
export interface Stack<T extends ScreenEvent = ScreenEvent> {
  lead: T;
  events: T[];
}

/**
 * A title cut at a word to at most `max` characters, with an ellipsis when cut; a title of one
 * long word is cut inside it.
 */
export function shortTitle(title: string, max = SHORT_TITLE): string {
  const t = title.trim().replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  const head = (space >= max / 2 ? cut.slice(0, space) : cut.slice(0, max - 1)).replace(
    /[\s,;:.–—-]+$/,
    ''
  );
  return `${head}…`;
}

/**
 * Groups events whose screen points lie within `radius` px of a group's first event, in the
 * order given (which is the order of priority: a group's first event is its lead). Emphasised
 * events are taken first, so that they lead their stacks. A grid of `radius`-sized cells keeps it
 * linear in the events.
 */
export function stacksOnScreen<T extends ScreenEvent>(
  events: readonly T[],
  radius = STACK_RADIUS
): Stack<T>[] {
  const ordered = [...events.filter((e) => e.emphasis), ...events.filter((e) => !e.emphasis)];
  const stacks: Stack<T>[] = [];
  const cells = new Map<string, Stack<T>[]>();
  const cellOf = (v: number) => Math.floor(v / radius);
  const r2 = radius * radius;
  for (const e of ordered) {
    const cx = cellOf(e.x);
    const cy = cellOf(e.y);
    let found: Stack<T> | undefined;
    for (let dx = -1; dx <= 1 && !found; dx++)
      for (let dy = -1; dy <= 1 && !found; dy++)
        found = cells
          .get(`${cx + dx},${cy + dy}`)
          ?.find((s) => (s.lead.x - e.x) ** 2 + (s.lead.y - e.y) ** 2 <= r2);
    if (found) {
      found.events.push(e);
      continue;
    }
    const stack = { lead: e, events: [e] };
    stacks.push(stack);
    const key = `${cx},${cy}`;
    cells.set(key, [...(cells.get(key) ?? []), stack]);
  }
  return stacks;
}

/**
 * The labels' source: one point per stack, at its lead's place, with the lead's short title, the
 * stack's size, whether it is emphasised, and a sort key (the order given: earlier is placed
 * first).
 */
export function stackFeatures(stacks: readonly Stack[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: stacks.map((s, i) => ({
      type: 'Feature',
      id: i,
      geometry: { type: 'Point', coordinates: [s.lead.lon, s.lead.lat] },
      properties: {
        id: s.lead.id,
        label: shortTitle(s.lead.title),
        count: s.events.length,
        emphasis: s.events.some((e) => e.emphasis),
        rank: i
      }
    }))
  };
}
