/**
 * Lectures ("stories"): a Markdown file per story in geodata/stories/, front matter for the story,
 * one `## Scene title` section per scene holding a ```scene block (settings), the caption shown to
 * the audience, and, after a line `Notes:`, the speaker notes.
 */
import { z } from './zod';
import { EVENT_TYPE_IDS } from './event-types';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, hyphens)');
const isoDay = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD (New Style)')
);

export const storyFrontSchema = z
  .object({
    id: slug,
    title: z.string().min(1),
    summary: z.string().min(1),
    author: z.string().optional(),
    /** Shown on the title card before the first scene. */
    subtitle: z.string().optional(),
    /**
     * The one language of a lecture written in one (a lecturer's, made in the editor): no
     * translation beside it is asked for. The atlas's own lectures have none: they come in both.
     */
    lang: z.enum(['en', 'ru']).optional()
  })
  .strict();

export const sceneSettingsSchema = z
  .object({
    /** The slider date (New Style), or a range A/B: the scene shows B, an animation plays A→B. */
    time: isoDay,
    mode: z.enum(['instant', 'window', 'cumulative']).default('window'),
    window: z.number().int().min(1).max(3650).default(30),
    view: z
      .object({ center: z.tuple([z.number(), z.number()]), zoom: z.number().min(2).max(15) })
      .strict()
      .optional(),
    /** Place or event ids the camera fits. */
    fit: z.array(slug).min(1).optional(),
    /** Event types shown; all when absent. */
    types: z.array(z.enum(EVENT_TYPE_IDS as [string, ...string[]])).optional(),
    /** Events drawn emphasised and listed on the caption card. */
    highlight: z.array(slug).optional(),
    /** Play the slider from `from` to the scene's `time` at `speed` days per second. */
    animate: z
      .object({ from: isoDay, speed: z.number().min(0.1).max(365) })
      .strict()
      .optional(),
    /**
     * The atlas's other view parameters, as its link writes them (`e=…&cal=os&span=…`): the
     * selection, filters, time zoom, calendar and area, read by the rows of `VIEW_PARAMS`.
     */
    atlas: z.string().max(4000).optional()
  })
  .strict()
  .refine((s) => s.view !== undefined || s.fit !== undefined, { message: 'needs a view or a fit' });

export type SceneSettings = z.infer<typeof sceneSettingsSchema>;

/** A scene as the app uses it: days, not dates. */
export interface AtlasScene {
  title: string;
  day: number;
  mode: 'instant' | 'window' | 'cumulative';
  windowDays: number;
  view?: { center: [number, number]; zoom: number };
  /** [west, south, east, north] to fit, from `fit`. */
  bounds?: [number, number, number, number];
  types?: string[];
  highlight: string[];
  animate?: { from: number; speed: number };
  /** The place or event ids `bounds` was fitted to, as the file gave them. */
  fit?: string[];
  /** The atlas's other view parameters (`SceneSettings.atlas`), as a query string. */
  atlas?: string;
  caption: string;
  notes: string;
  /** The title, caption and notes in Russian, from the lecture's `.ru.md`. */
  titleRu?: string;
  captionRu?: string;
  notesRu?: string;
}

export interface AtlasStory {
  id: string;
  title: string;
  summary: string;
  subtitle?: string;
  author?: string;
  /** The one language of a lecture written in one (see the front matter's `lang`). */
  lang?: 'en' | 'ru';
  /** The title, summary and subtitle in Russian, from the lecture's `.ru.md`. */
  titleRu?: string;
  summaryRu?: string;
  subtitleRu?: string;
  scenes: AtlasScene[];
  /** Events the lecture carries (an imported layer), as the atlas's CSV export. */
  events?: string;
}
