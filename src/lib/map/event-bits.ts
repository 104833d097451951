/**
 * The bits the event shader reads from each event's attributes: the code that sets them
 * (event-points.ts, event-layer.ts) and the GLSL that tests them (event-shaders.ts) both take
 * them from here.
 */

/** Style flag (second `a_style` component): the date is known only to the month or coarser; drawn hollow. */
export const FLAG_IMPRECISE = 1;
/** Style flag: the source does not name the place; drawn with a dashed ring. */
export const FLAG_INFERRED = 2;

/** Mark bit (`a_mark`): a lecture scene's highlight, drawn emphasised. */
export const MARK_HIGHLIGHT = 1;
/** Mark bit: filtered out, not drawn. */
export const MARK_HIDDEN = 2;
