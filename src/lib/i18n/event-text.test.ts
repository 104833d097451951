import { describe, expect, it } from 'vitest';
import { eventText } from './event-text';

const event = {
  title: 'Bloody Sunday',
  summary: 'Troops fire on a procession.',
  actors: ['Imperial Guard', 'workers'],
  note: 'Standard date.'
};
const ru = {
  ...event,
  titleRu: 'Кровавое воскресенье',
  summaryRu: 'Войска стреляют по шествию.',
  actorsRu: ['гвардия', 'рабочие'],
  noteRu: 'Общепринятая дата.'
};

describe('eventText', () => {
  it('gives the English texts in English, whatever Russian the event has', () => {
    expect(eventText(ru, 'en')).toEqual(event);
  });
  it('gives the Russian texts in Russian', () => {
    expect(eventText(ru, 'ru')).toEqual({
      title: 'Кровавое воскресенье',
      summary: 'Войска стреляют по шествию.',
      actors: ['гвардия', 'рабочие'],
      note: 'Общепринятая дата.'
    });
  });
  it('falls back to English for an event without Russian (an import)', () => {
    expect(eventText(event, 'ru')).toEqual(event);
  });
  it('keeps the English actors when the Russian list does not match them one to one', () => {
    expect(eventText({ ...ru, actorsRu: ['гвардия'] }, 'ru').actors).toEqual(event.actors);
  });
});
