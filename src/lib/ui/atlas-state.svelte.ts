/**
 * The atlas's shared state: one instance per page, handed down by context. Everything the
 * components show is derived from these fields; the URL mirrors them (see url-state.ts).
 */
import { getContext, setContext } from 'svelte';
import type { AtlasData, AtlasEvent, AtlasPlace } from '$lib/model/atlas-data';
import { EVENT_TYPE_IDS, eventTypeInfo } from '$lib/model/event-types';
import { translate, TYPE_LABELS_RU, type MessageKey } from '$lib/i18n/messages';
import { dayFromYmd } from '$lib/time/days';
import type { DateStyle } from '$lib/time/format';
import { isShown, type TimeMode } from '$lib/time/modes';
import {
  addMonths,
  clampDay,
  mergedStartDays,
  nextEventDay,
  previousEventDay
} from '$lib/time/steps';
import { DEFAULT_VIEW, NO_FILTERS, type Filters, type Lang, type ViewState } from './url-state';

export { DEFAULT_VIEW };
import type { LayerMeta } from '$lib/import/store';

/** A request to move the camera (stories, embeds); `seq` makes each request distinct. */
export interface CameraRequest {
  bounds?: [number, number, number, number];
  center?: [number, number];
  zoom?: number;
  animate: boolean;
  seq: number;
}

/** A user's imported file: its description and its events (sorted by start). */
export interface ImportedLayer {
  meta: LayerMeta;
  events: AtlasEvent[];
}

/** Most items the list renders at once; the count says how many more there are. */
export const LIST_LIMIT = 200;

export class AtlasState {
  data = $state.raw<AtlasData | null>(null);
  day = $state(DEFAULT_VIEW.day);
  mode = $state<TimeMode>(DEFAULT_VIEW.mode);
  windowDays = $state(DEFAULT_VIEW.windowDays);
  speed = $state(DEFAULT_VIEW.speed);
  playing = $state(false);
  loop = $state(true);
  center = $state.raw<[number, number]>(DEFAULT_VIEW.center);
  zoom = $state(DEFAULT_VIEW.zoom);
  selectedId = $state<string | null>(null);
  hoverId = $state<string | null>(null);
  hiddenTypes = $state.raw<string[]>([]);
  dateStyle = $state<DateStyle>(DEFAULT_VIEW.dateStyle);
  filters = $state.raw<Filters>(NO_FILTERS);
  /** The slider's zoomed span, or null for the whole period. */
  span = $state.raw<{ start: number; end: number } | null>(null);
  lang = $state<Lang>('en');
  selectedAreaId = $state<string | null>(null);
  /** The user's imported layers, in import order. */
  imports = $state.raw<ImportedLayer[]>([]);
  /** Events drawn emphasised (a lecture scene's highlights). */
  highlightIds = $state.raw<string[]>([]);
  /** Playback stops here (a scene's animation), or plays on to the end when null. */
  stopAt = $state<number | null>(null);
  /** The latest camera move asked of the map. */
  camera = $state.raw<CameraRequest | null>(null);
  /** Problems found in the URL, shown once to the user. */
  notices = $state.raw<string[]>([]);

  /** The whole day the slider is on (playback moves `day` in fractions). */
  wholeDay = $derived(Math.floor(this.day));
  domain = $derived(
    this.data?.domain ?? { start: dayFromYmd(1905, 1, 1), end: dayFromYmd(1921, 12, 31) }
  );
  events = $derived<readonly AtlasEvent[]>(this.data?.events ?? []);
  placesById = $derived(
    new Map<string, AtlasPlace>((this.data?.places ?? []).map((p) => [p.id, p]))
  );
  eventIndex = $derived(new Map<string, number>(this.events.map((e, i) => [e.id, i])));
  typeMask = $derived(
    EVENT_TYPE_IDS.reduce(
      (mask, id, i) => (this.hiddenTypes.includes(id) ? mask : mask | (1 << i)),
      0
    )
  );
  /** Events of the visible imported layers, sorted by start: drawn by their own map layer. */
  importedEvents = $derived.by<readonly AtlasEvent[]>(() => {
    const visible = this.imports.filter((l) => l.meta.visible);
    if (visible.length === 1) return visible[0].events;
    return visible.flatMap((l) => l.events).sort((a, b) => a.start - b.start || a.end - b.end);
  });
  /** Distinct start days, for next/previous event (both lists are sorted by start). */
  eventDays = $derived(mergedStartDays(this.events, this.importedEvents));
  selected = $derived(
    this.selectedId === null
      ? null
      : (this.events[this.eventIndex.get(this.selectedId) ?? -1] ??
          this.importedEvents[this.importedIndexOf(this.selectedId)] ??
          null)
  );
  /** Does an event pass the actor, place and source filters? (Types are filtered separately.) */
  passes = $derived.by(() => {
    const { actors, places, sources } = this.filters;
    const lower = new Set(actors.map((a) => a.toLowerCase()));
    const byId = this.placesById;
    return (e: AtlasEvent): boolean =>
      (lower.size === 0 || e.actors.some((a) => lower.has(a.toLowerCase()))) &&
      (places.length === 0 ||
        places.includes(e.place) ||
        places.includes(byId.get(e.place)?.parent ?? '')) &&
      (sources.length === 0 || e.sources.some((s) => sources.includes(s.source)));
  });
  filtering = $derived(
    this.filters.actors.length + this.filters.places.length + this.filters.sources.length > 0
  );
  /** Events shown on the current whole day, newest first: the list and the screen-reader view. */
  shownEvents = $derived.by(() => {
    const t = this.wholeDay;
    const hidden = new Set(this.hiddenTypes);
    const out: AtlasEvent[] = [];
    for (const list of [this.events, this.importedEvents]) {
      for (const e of list) {
        if (e.start > t) break; // each list is sorted by start
        if (
          !hidden.has(e.type) &&
          isShown(e.start, e.end, t, this.mode, this.windowDays) &&
          this.passes(e)
        )
          out.push(e);
      }
    }
    return out.sort((a, b) => b.start - a.start);
  });

  /**
   * Position of an imported event in `importedEvents`, or -1. A scan, not a Map: an import of
   * 100k rows must not build a 100k-entry index on the page before it is ever asked (≈1 ms).
   */
  importedIndexOf(id: string | null): number {
    return id === null ? -1 : this.importedEvents.findIndex((e) => e.id === id);
  }

  /** A user-interface string in the current language. */
  t(key: MessageKey, vars?: Record<string, string | number>): string {
    return translate(this.lang, key, vars);
  }

  /** An event type's label in the current language. */
  typeLabel(id: string): string {
    return this.lang === 'ru' ? (TYPE_LABELS_RU[id] ?? id) : eventTypeInfo(id).label;
  }

  setDay(day: number): void {
    this.day = clampDay(day, this.domain.start, this.domain.end);
  }

  stepDays(n: number): void {
    this.setDay(this.wholeDay + n);
  }

  stepMonths(n: number): void {
    this.setDay(addMonths(this.wholeDay, n));
  }

  /** Jumps to the next (or previous) day on which an event starts; returns false at the end. */
  jumpToEvent(direction: 1 | -1): boolean {
    const target =
      direction > 0
        ? nextEventDay(this.eventDays, this.wholeDay)
        : previousEventDay(this.eventDays, this.wholeDay);
    if (target === null) return false;
    this.setDay(target);
    return true;
  }

  /** Adds a filter value (actor, place or source), or removes it if present. */
  toggleFilter(kind: keyof Filters, value: string): void {
    const list = this.filters[kind];
    this.filters = {
      ...this.filters,
      [kind]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
    };
  }

  toggleType(id: string): void {
    this.hiddenTypes = this.hiddenTypes.includes(id)
      ? this.hiddenTypes.filter((t) => t !== id)
      : [...this.hiddenTypes, id];
  }

  /** Selects an event and moves the slider into its span if it is not shown now. */
  select(id: string | null): void {
    this.selectedId = id;
    const e = this.selected;
    if (e && !isShown(e.start, e.end, this.wholeDay, this.mode, this.windowDays))
      this.setDay(e.start);
  }

  /** Advances playback by `seconds` of wall time; stops at `stopAt`, or loops or stops at the end. */
  advance(seconds: number): void {
    const next = this.day + this.speed * seconds;
    if (this.stopAt !== null && next >= this.stopAt) {
      this.day = this.stopAt;
      this.stopAt = null;
      this.playing = false;
    } else if (next <= this.domain.end) this.day = next;
    else if (this.loop) this.day = this.domain.start;
    else {
      this.day = this.domain.end;
      this.playing = false;
    }
  }

  /** Plays from `from` to `to` at `speed` days per second, then stops. */
  playTo(from: number, to: number, speed: number): void {
    if (to <= from) {
      this.setDay(to);
      this.playing = false;
      this.stopAt = null;
      return;
    }
    this.setDay(from);
    this.speed = speed;
    this.stopAt = to;
    this.playing = true;
  }

  /** Asks the map to move the camera. */
  moveCamera(request: Omit<CameraRequest, 'seq'>): void {
    this.camera = { ...request, seq: (this.camera?.seq ?? 0) + 1 };
  }

  view(): ViewState {
    return {
      day: this.day,
      mode: this.mode,
      windowDays: this.windowDays,
      speed: this.speed,
      center: this.center,
      zoom: this.zoom,
      selected: this.selectedId,
      hiddenTypes: this.hiddenTypes,
      dateStyle: this.dateStyle,
      filters: this.filters,
      span: this.span,
      lang: this.lang,
      area: this.selectedAreaId
    };
  }

  applyView(v: ViewState): void {
    this.day = v.day;
    this.mode = v.mode;
    this.windowDays = v.windowDays;
    this.speed = v.speed;
    this.center = v.center;
    this.zoom = v.zoom;
    this.selectedId = v.selected;
    this.hiddenTypes = v.hiddenTypes;
    this.dateStyle = v.dateStyle;
    this.filters = v.filters;
    this.span = v.span;
    this.lang = v.lang;
    this.selectedAreaId = v.area;
  }
}

const KEY = Symbol('atlas');

export function setAtlas(state: AtlasState): AtlasState {
  return setContext(KEY, state);
}

export function getAtlas(): AtlasState {
  return getContext<AtlasState>(KEY);
}
