/**
 * The kinds of event the atlas knows, with how each is drawn. Colours are the Okabe–Ito palette
 * (distinguishable with the common colour-vision deficiencies) and every type also has its own shape.
 */

/** Shapes the event layer can draw; the index is what the shader receives. */
export const SHAPES = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'triangle-down',
  'plus',
  'cross',
  'star'
] as const;
export type Shape = (typeof SHAPES)[number];

export interface EventTypeInfo {
  id: string;
  label: string;
  /** What the type covers, for the legend's tooltip. */
  covers: string;
  color: string;
  shape: Shape;
}

export const EVENT_TYPES = [
  {
    id: 'rising',
    label: 'Rising',
    covers: 'insurrections, revolts, mutinies',
    color: '#D55E00',
    shape: 'star'
  },
  {
    id: 'strike',
    label: 'Strike',
    covers: 'strikes and general strikes',
    color: '#E69F00',
    shape: 'square'
  },
  {
    id: 'demonstration',
    label: 'Demonstration',
    covers: 'demonstrations, marches, mass meetings',
    color: '#6B5B00',
    shape: 'circle'
  },
  {
    id: 'repression',
    label: 'Repression',
    covers: 'raids, arrests, executions, dispersals, bans',
    color: '#1A1A1A',
    shape: 'cross'
  },
  {
    id: 'battle',
    label: 'Battle',
    covers: 'battles and military operations',
    color: '#CC79A7',
    shape: 'triangle-down'
  },
  {
    id: 'founding',
    label: 'Founding',
    covers: 'soviets, committees, communes, organisations',
    color: '#009E73',
    shape: 'triangle'
  },
  {
    id: 'congress',
    label: 'Congress',
    covers: 'congresses, conferences, assemblies',
    color: '#56B4E9',
    shape: 'diamond'
  },
  {
    id: 'decree',
    label: 'Decree',
    covers: 'decrees and acts of government',
    color: '#0072B2',
    shape: 'plus'
  },
  { id: 'election', label: 'Election', covers: 'elections', color: '#7F7F7F', shape: 'diamond' },
  {
    id: 'seizure',
    label: 'Seizure of power',
    covers: 'seizures of power',
    color: '#882255',
    shape: 'square'
  },
  {
    id: 'journey',
    label: 'Journey',
    covers: 'journeys, arrivals and returns, trains stopped on their way',
    color: '#9900FF',
    shape: 'triangle'
  }
] as const satisfies readonly EventTypeInfo[];

export type EventType = (typeof EVENT_TYPES)[number]['id'];

export const EVENT_TYPE_IDS: readonly EventType[] = EVENT_TYPES.map((t) => t.id);

const BY_ID = new Map<string, EventTypeInfo>(EVENT_TYPES.map((t) => [t.id, t]));

/** The type's drawing info; unknown ids (never in validated data) fall back to a grey circle. */
export function eventTypeInfo(id: string): EventTypeInfo {
  return BY_ID.get(id) ?? { id, label: id, covers: '', color: '#777777', shape: 'circle' };
}

/** Index of a type in EVENT_TYPES, as the shader and histogram use it. */
export function eventTypeIndex(id: string): number {
  return EVENT_TYPE_IDS.indexOf(id as EventType);
}

/** `#RRGGBB` → [r, g, b] in 0..1. */
export function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}
