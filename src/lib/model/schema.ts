/**
 * What the geodata files may hold: one schema per file, the types of the app's input inferred
 * from them. Cross-file rules (place ids exist, lines exist, names don't overlap) live in
 * `scripts/data/validate-*.ts`.
 */
import { z } from './zod';
import { EVENT_TYPE_IDS } from './event-types';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, hyphens)');
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
const text = z.string().trim().min(1, 'must not be empty');
/** YAML reads 1917-10-25 as a Date and 1921 as a number: accept those and give back the written form. */
const dateText = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z.string()
);

export const calendarSchema = z.enum(['julian', 'gregorian']);
export const precisionSchema = z.enum(['day', 'month', 'season', 'year']);

export const citationSchema = z.object({
  /** The source's id in sources.json. */
  id: slug,
  /** 1-based line of the source text. */
  line: z.number().int().positive(),
  /** The source's own version of the event's date where it differs, as the source wrote it. */
  date: dateText.optional(),
  calendar: calendarSchema.optional(),
  note: z.string().optional(),
  /** `note` in Russian. */
  note_ru: z.string().optional()
});

export const casualtySchema = z.object({
  count: z.number().int().nonnegative().nullable().optional(),
  text: z.string().optional(),
  kind: text,
  source: slug,
  line: z.number().int().positive().optional(),
  approximate: z.boolean().optional(),
  note: z.string().optional(),
  /**
   * What the toll covers where that is more than the event (a whole operation of which the event
   * is one part): a toll shown on an event either belongs to it or says this.
   */
  covers: z.string().optional(),
  /** `text`, `note` and `covers` in Russian. */
  text_ru: z.string().optional(),
  note_ru: z.string().optional(),
  covers_ru: z.string().optional()
});

/** An event; the compact data (atlas.json) keeps its fields in this order. */
export const eventSchema = z
  .object({
    id: slug,
    title: text,
    summary: text,
    type: z.enum(EVENT_TYPE_IDS as [string, ...string[]], {
      message: `must be one of ${EVENT_TYPE_IDS.join(', ')}`
    }),
    subtype: z.string().optional(),
    /** New Style (proleptic Gregorian), first day; check:data says the value `date` gives. */
    start: dateText.pipe(isoDay),
    /** New Style, last day (inclusive). */
    end: dateText.pipe(isoDay),
    /** The date as the source wrote it, in its calendar: a day, month or year, or a range A/B. */
    date: dateText,
    calendar: calendarSchema,
    precision: precisionSchema,
    /** The source hedges ("about", "early", "by the spring"). */
    approximate: z.boolean().optional().default(false),
    place: slug,
    /** The text does not name the place; it is inferred. */
    place_inferred: z.boolean().optional().default(false),
    actors: z.array(text).optional().default([]),
    casualties: z.array(casualtySchema).optional().default([]),
    sources: z.array(citationSchema).min(1, 'needs at least one source'),
    /**
     * The event itself is stated in none of the cited paragraphs (they give its context): it rests
     * on the standard histories, which `note` names. The panel says so.
     */
    general_knowledge: z.boolean().optional(),
    note: z.string().optional(),
    /** The texts in Russian: `actors_ru` names the same actors in the same order. */
    title_ru: text.optional(),
    summary_ru: text.optional(),
    actors_ru: z.array(text).optional(),
    note_ru: z.string().optional()
  })
  .strict();

export type GeoCitation = z.infer<typeof citationSchema>;
export type GeoCasualty = z.infer<typeof casualtySchema>;
export type GeoEvent = z.infer<typeof eventSchema>;

export const placeNameSchema = z
  .object({
    name: text,
    ru: z.string().optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    /** The change of name is known only roughly (e.g. to the year). */
    approximate: z.boolean().optional()
  })
  .strict();

export const placePropertiesSchema = z
  .object({
    id: slug,
    kind: z.enum([
      'city',
      'town',
      'village',
      'fortress',
      'site',
      'district',
      'island',
      'station',
      'region',
      'area',
      'route',
      'ship',
      'ice'
    ]),
    names: z.array(placeNameSchema).min(1, 'needs at least one name'),
    modern: z.string().optional(),
    modern_ru: z.string().optional(),
    aliases: z.array(z.string()).optional().default([]),
    certainty: z.enum(['exact', 'approximate', 'region']),
    uncertainty_km: z.number().nonnegative().optional(),
    parent: slug.nullable().optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    note: z.string().optional(),
    note_ru: z.string().optional()
  })
  .passthrough();

export type PlaceName = z.infer<typeof placeNameSchema>;
/** A place's properties as far as the schema knows them (others, e.g. `anchor`, pass through untyped). */
export type PlaceProperties = z.infer<z.ZodObject<typeof placePropertiesSchema.shape>>;

const position = z.tuple([z.number(), z.number()]).rest(z.number());
const ring = z.array(position).min(4, 'a ring needs at least 4 positions');

export const placeGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: position }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) })
]);

export const placeFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string().optional(),
  geometry: placeGeometrySchema,
  properties: placePropertiesSchema
});

export const sourceSchema = z
  .object({
    id: slug,
    file: text,
    lines: z.number().int().positive(),
    author: text,
    title: text,
    year: z.number().int(),
    publisher: z.string().optional(),
    note: z.string().optional()
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
