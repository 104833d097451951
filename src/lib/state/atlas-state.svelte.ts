/**
 * The atlas's shared state: one instance per page, handed down by context. Everything the
 * components show is derived from these fields. The fields of the view (one per row of
 * `VIEW_PARAMS`) are what the URL holds: `url` is derived from them, and url-sync writes it.
 */
import { getContext, setContext } from 'svelte';
import type { AtlasData, AtlasEvent, AtlasPlace } from '$lib/model/atlas-data';
import { EVENT_TYPE_IDS, eventTypeIndex, eventTypeInfo } from '$lib/model/event-types';
import { widenedDomain } from '$lib/import/reach';
import { EventTable } from '$lib/model/event-table';
import { TimeIndex } from '$lib/time/time-index';
import { ShownEvents } from './shown-events';
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
import {
  DEFAULT_VIEW,
  serializeUrlState,
  VIEW_KEYS,
  type Filters,
  type Lang,
  type ViewKey,
  type ViewState
} from './view-params';
import { sceneState } from '$lib/present/scene';
import type { AtlasScene } from '$lib/model/story-schema';
import type { LayerMeta } from '$lib/import/store';
import { checkLinkedIds } from './link-check';

/** A request to move the camera (stories, embeds); `seq` makes each request distinct. */
export interface CameraRequest {
  bounds?: [number, number, number, number];
  center?: [number, number];
  zoom?: number;
  /** A fit of `bounds` goes no closer than this. */
  maxZoom?: number;
  animate: boolean;
  seq: number;
}

/** A user's imported file: its description and its events (sorted by start). */
export interface ImportedLayer {
  meta: LayerMeta;
  table: EventTable;
  /** Why the browser would not store it (drawn now, gone after a reload); absent when stored. */
  notKept?: string;
}

export class AtlasState {
  data = $state.raw<AtlasData | null>(null);

  // The view: one field per row of VIEW_PARAMS (the type check below keeps them in step).
  day = $state(DEFAULT_VIEW.day);
  mode = $state<TimeMode>(DEFAULT_VIEW.mode);
  windowDays = $state(DEFAULT_VIEW.windowDays);
  speed = $state(DEFAULT_VIEW.speed);
  center = $state.raw<[number, number]>(DEFAULT_VIEW.center);
  zoom = $state(DEFAULT_VIEW.zoom);
  selectedId = $state<string | null>(DEFAULT_VIEW.selectedId);
  hiddenTypes = $state.raw<string[]>(DEFAULT_VIEW.hiddenTypes);
  dateStyle = $state<DateStyle>(DEFAULT_VIEW.dateStyle);
  filters = $state.raw<Filters>(DEFAULT_VIEW.filters);
  span = $state.raw<{ start: number; end: number } | null>(DEFAULT_VIEW.span);
  lang = $state<Lang>(DEFAULT_VIEW.lang);
  selectedAreaId = $state<string | null>(DEFAULT_VIEW.selectedAreaId);

  playing = $state(false);
  loop = $state(true);
  hoverId = $state<string | null>(null);
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
  /** The imported layers are back from storage: a link to one of their events can be checked. */
  importsRestored = $state(false);

  /** The view as the URL holds it. */
  view = $derived.by<ViewState>(() => {
    const v = {} as Record<ViewKey, unknown>;
    for (const k of VIEW_KEYS) v[k] = this[k];
    return v as ViewState;
  });
  /** The view's query string (without `?`): what the address bar shows. */
  url = $derived(serializeUrlState(this.view, DEFAULT_VIEW));

  /** The whole day the slider is on (playback moves `day` in fractions). */
  wholeDay = $derived(Math.floor(this.day));
  /** The atlas's own period. */
  period = $derived(
    this.data?.domain ?? { start: dayFromYmd(1905, 1, 1), end: dayFromYmd(1921, 12, 31) }
  );
  /** The slider's span: the period, widened to the visible imports' events. */
  domain = $derived(
    widenedDomain(
      this.period,
      this.imports.filter((l) => l.meta.visible).map((l) => l.meta.reach?.span)
    )
  );
  events = $derived<readonly AtlasEvent[]>(this.data?.events ?? []);
  placesById = $derived(
    new Map<string, AtlasPlace>((this.data?.places ?? []).map((p) => [p.id, p]))
  );
  /** The atlas's own events as a table, like an import's. */
  ownTable = $derived(EventTable.of(this.events));
  typeMask = $derived(
    EVENT_TYPE_IDS.reduce(
      (mask, id, i) => (this.hiddenTypes.includes(id) ? mask : mask | (1 << i)),
      0
    )
  );
  /** The atlas's own events, then each visible imported layer's: what the map draws. */
  tables = $derived<readonly EventTable[]>([
    this.ownTable,
    ...this.imports.filter((l) => l.meta.visible).map((l) => l.table)
  ]);
  /** Distinct start days, for next/previous event (both lists are sorted by start). */
  eventDays = $derived(mergedStartDays(...this.tables));
  selected = $derived.by(() => {
    for (const table of this.tables) {
      const i = table.indexOf(this.selectedId);
      if (i >= 0) return table.get(i);
    }
    return null;
  });
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
  /**
   * Per table, an index of the events that pass the types and filters shown (rebuilt when those
   * change, never per tick; with none, the table's own, built once). Filters by actor, place or
   * source read every event of an import once.
   */
  timeIndexes = $derived.by(() => {
    const hidden = new Set(this.hiddenTypes.map(eventTypeIndex));
    const passes = this.filtering ? this.passes : null;
    return this.tables.map((table) => {
      const style = table.points.style;
      const include =
        hidden.size || passes
          ? (i: number) => !hidden.has(style[2 * i]) && (!passes || passes(table.get(i)))
          : undefined;
      return { table, index: include ? new TimeIndex(table, include) : table.timeIndex };
    });
  });
  /** Events shown on the current whole day, newest first: the list and the screen-reader view. */
  shown = $derived(
    new ShownEvents(
      this.timeIndexes.map(({ table, index }) => ({
        table,
        indices: index.shownAt(this.wholeDay, this.mode, this.windowDays)
      }))
    )
  );

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

  /** Puts a whole view in place (from the URL, or an embed's link). */
  /**
   * Drops from the view the ids the link names that neither the data nor the imports hold, and
   * returns what was dropped, one message each. Filter values are checked against the atlas's
   * own events; with imports shown, any value may name something of theirs and is kept.
   */
  dropUnknownIds(): string[] {
    const data = this.data;
    if (!data) return [];
    const imported = this.imports.some((l) => l.meta.visible);
    const actors = new Set(data.events.flatMap((e) => e.actors.map((a) => a.toLowerCase())));
    const sources = new Set(data.sources.map((s) => s.id));
    const { fix, problems } = checkLinkedIds(this, {
      event: (id) => this.tables.some((t) => t.indexOf(id) >= 0),
      area: (id) => !!this.placesById.get(id)?.isArea,
      place: (id) => imported || this.placesById.has(id),
      source: (id) => imported || sources.has(id),
      actor: (name) => imported || actors.has(name.toLowerCase())
    });
    Object.assign(this, fix);
    return problems;
  }

  applyView(v: ViewState): void {
    const self = this as Record<ViewKey, unknown>;
    for (const k of VIEW_KEYS) self[k] = v[k];
  }

  /**
   * Shows a lecture scene: its mode, types, highlights and camera, and its date, played towards
   * from `from` (an animation, or a short glide) when motion is allowed, else set at once.
   * `flyCamera: false` jumps the camera even when motion is allowed (opening a lecture at a scene,
   * where a flight would cross a map not yet loaded).
   */
  applyScene(
    scene: AtlasScene,
    { from = null, motion = false, flyCamera = motion }: SceneOptions = {}
  ): void {
    const st = sceneState(scene, from, motion, (id) => {
      const i = this.ownTable.indexOf(id);
      if (i < 0) return undefined;
      const e = this.ownTable.get(i);
      return [e.lon, e.lat];
    });
    this.mode = st.mode;
    this.windowDays = st.windowDays;
    this.hiddenTypes = st.hiddenTypes;
    this.highlightIds = st.highlight;
    Object.assign(this, st.view);
    this.moveCamera({ ...st.camera, animate: flyCamera && st.camera.animate });
    if (st.speed) this.playTo(st.startDay, st.day, st.speed);
    else {
      this.playing = false;
      this.stopAt = null;
      this.setDay(st.day);
    }
  }
}

/** How a scene is shown: from which date, with motion or not, flying the camera or not. */
export interface SceneOptions {
  from?: number | null;
  motion?: boolean;
  flyCamera?: boolean;
}

// Every row of the view table has its field on the state, of the same type.
void (0 as unknown as Pick<AtlasState, ViewKey> satisfies ViewState);

const KEY = Symbol('atlas');

export function setAtlas(state: AtlasState): AtlasState {
  return setContext(KEY, state);
}

export function getAtlas(): AtlasState {
  return getContext<AtlasState>(KEY);
}
