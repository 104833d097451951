/**
 * Events as a TimelineJS 3 timeline (Knight Lab; the JSON format of
 * https://timeline.knightlab.com/docs/json-format.html): a slide per event, grouped by type.
 *
 * TimelineJS has only the Gregorian calendar, so its dates are the New Style days the map draws,
 * with a month and day only where the event's precision has them. The date as the source wrote it
 * is the slide's `display_date`: an Old Style date is shown in Old Style with the New Style date
 * after it ("25 October 1917 OS (7 November 1917 NS)"), from the atlas's own formatting. A slide's
 * text names the place (as it was called then), the actors, the toll and the sources with their
 * paragraphs. TimelineJS reads headline and text as HTML, so every value is escaped.
 */
import type { AtlasEvent, AtlasPlace, AtlasSource } from '$lib/model/atlas-data';
import { eventTypeInfo } from '$lib/model/event-types';
import { nameAt } from '$lib/model/names';
import { translate, TYPE_LABELS_RU } from '$lib/i18n/messages';
import { claimNote, eventText, tollText } from '$lib/i18n/event-text';
import { casualtyKindLabel } from '$lib/i18n/terms';
import { isOldStyleEra } from '$lib/time/calendar';
import { ymdFromDay } from '$lib/time/days';
import { formatSpan, type Lang, type Precision } from '$lib/time/format';
import { IMPORT_SOURCE } from './columns';

export interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
}
export interface TimelineText {
  headline: string;
  text: string;
}
export interface TimelineSlide {
  start_date: TimelineDate;
  end_date?: TimelineDate;
  text: TimelineText;
  group: string;
  display_date: string;
  unique_id: string;
}
export interface TimelineJson {
  title: { text: TimelineText };
  events: TimelineSlide[];
}

export interface TimelineOptions {
  /** The title slide: a headline and a line under it. */
  title: string;
  description?: string;
  places?: readonly AtlasPlace[];
  sources?: readonly AtlasSource[];
  lang?: Lang;
}

/** Text as HTML text. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
  );
}

/** A New Style day as a TimelineJS date, to the precision the event has. */
export function timelineDate(day: number, precision: Precision): TimelineDate {
  const { year, month, day: d } = ymdFromDay(day);
  if (precision === 'year') return { year };
  if (precision === 'month' || precision === 'season') return { year, month };
  return { year, month, day: d };
}

/** The date as written, in its calendar: Old Style with New Style after it, or New Style. */
export function displayDate(e: AtlasEvent, lang: Lang = 'en'): string {
  const ns = formatSpan(e.start, e.end, 'ns', e.precision, lang);
  if (e.calendar !== 'julian' || !isOldStyleEra(e.start)) return ns;
  const os = formatSpan(e.start, e.end, 'os', e.precision, lang);
  return `${os} (${ns} ${lang === 'ru' ? 'н. ст.' : 'NS'})`;
}

const same = (a: TimelineDate, b: TimelineDate) =>
  a.year === b.year && a.month === b.month && a.day === b.day;

/** The events as a TimelineJS timeline. */
export function eventsToTimeline(
  events: Iterable<AtlasEvent>,
  options: TimelineOptions
): TimelineJson {
  const lang = options.lang ?? 'en';
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate(lang, key, vars);
  const places = new Map((options.places ?? []).map((p) => [p.id, p]));
  const sources = new Map((options.sources ?? []).map((s) => [s.id, s]));
  const citeSource = (id: string) => {
    const s = sources.get(id);
    return s ? `${s.author}, <i>${escapeHtml(s.title)}</i> (${s.year})` : escapeHtml(id);
  };
  const slides: TimelineSlide[] = [];
  for (const e of events) {
    const place = places.get(e.place);
    const name = (p: AtlasPlace) => {
      const n = nameAt(p.names, e.start);
      return lang === 'ru' && n.ru ? n.ru : n.name;
    };
    const parent = place?.parent ? places.get(place.parent) : undefined;
    const where = place ? `${name(place)}${parent ? `, ${name(parent)}` : ''}` : e.place;
    const words = eventText(e, lang);
    const lines = [`<p>${escapeHtml(words.summary)}</p>`];
    if (words.note) lines.push(`<p><i>${escapeHtml(words.note)}</i></p>`);
    lines.push(`<p><b>${t('panel.where')}:</b> ${escapeHtml(where)}</p>`);
    if (words.actors.length)
      lines.push(`<p><b>${t('panel.who')}:</b> ${words.actors.map(escapeHtml).join('; ')}</p>`);
    if (e.casualties.length)
      lines.push(
        `<p><b>${t('panel.toll')}:</b> ${e.casualties
          .map(
            (c) =>
              `${c.approximate ? '~' : ''}${c.count ?? escapeHtml(tollText(c, lang).text ?? '?')} ${escapeHtml(casualtyKindLabel(c.kind, lang))}${tollText(c, lang).covers ? ` ${escapeHtml(t('panel.tollCovers', { what: tollText(c, lang).covers! }))}` : ''} (${citeSource(c.source)}${c.line ? `, ${t('panel.paragraph', { n: c.line })}` : ''})`
          )
          .join('; ')}</p>`
      );
    const cited = e.sources.map((s) =>
      s.source.startsWith(IMPORT_SOURCE)
        ? escapeHtml(t('panel.imported', { file: s.source.slice(IMPORT_SOURCE.length), n: s.line }))
        : `${citeSource(s.source)}, ${t('panel.paragraph', { n: s.line })}${claimNote(s, lang) ? `: ${escapeHtml(claimNote(s, lang)!)}` : ''}`
    );
    if (cited.length)
      lines.push(
        `<p><b>${t('panel.sources')}:</b></p><ul>${cited.map((c) => `<li>${c}</li>`).join('')}</ul>`
      );
    const start = timelineDate(e.start, e.precision);
    const end = timelineDate(e.end, e.precision);
    slides.push({
      start_date: start,
      ...(!same(start, end) && { end_date: end }),
      text: { headline: escapeHtml(words.title), text: lines.join('') },
      group:
        lang === 'ru'
          ? (TYPE_LABELS_RU[e.type] ?? eventTypeInfo(e.type).label)
          : eventTypeInfo(e.type).label,
      display_date: displayDate(e, lang),
      unique_id: e.id
    });
  }
  return {
    title: {
      text: {
        headline: escapeHtml(options.title),
        text: options.description ? `<p>${escapeHtml(options.description)}</p>` : ''
      }
    },
    events: slides
  };
}
