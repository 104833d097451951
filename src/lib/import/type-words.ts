/**
 * The atlas's event type named by a cell of someone else's file: a type id or label, a common
 * word in English or Russian, or the event and sub-event types of ACLED exports (the most common
 * source of dated political violence data).
 */
import { EVENT_TYPES, EVENT_TYPE_IDS } from '$lib/model/event-types';

const WORDS: Record<string, string> = {
  uprising: 'rising',
  revolt: 'rising',
  insurrection: 'rising',
  mutiny: 'rising',
  rebellion: 'rising',
  riot: 'rising',
  riots: 'rising',
  'mob violence': 'rising',
  восстание: 'rising',
  мятеж: 'rising',
  бунт: 'rising',
  strike: 'strike',
  strikes: 'strike',
  'general strike': 'strike',
  забастовка: 'strike',
  стачка: 'strike',
  protest: 'demonstration',
  protests: 'demonstration',
  'peaceful protest': 'demonstration',
  'protest with intervention': 'demonstration',
  'violent demonstration': 'demonstration',
  march: 'demonstration',
  rally: 'demonstration',
  demonstration: 'demonstration',
  демонстрация: 'demonstration',
  митинг: 'demonstration',
  arrest: 'repression',
  arrests: 'repression',
  execution: 'repression',
  massacre: 'repression',
  raid: 'repression',
  shooting: 'repression',
  'violence against civilians': 'repression',
  'excessive force against protesters': 'repression',
  attack: 'repression',
  'abduction/forced disappearance': 'repression',
  'sexual violence': 'repression',
  репрессии: 'repression',
  арест: 'repression',
  расстрел: 'repression',
  battle: 'battle',
  battles: 'battle',
  siege: 'battle',
  fighting: 'battle',
  'armed clash': 'battle',
  'government regains territory': 'battle',
  'non-state actor overtakes territory': 'battle',
  'explosions/remote violence': 'battle',
  'shelling/artillery/missile attack': 'battle',
  'air/drone strike': 'battle',
  'remote explosive/landmine/ied': 'battle',
  grenade: 'battle',
  'disrupted weapons use': 'battle',
  бой: 'battle',
  битва: 'battle',
  сражение: 'battle',
  conference: 'congress',
  congress: 'congress',
  съезд: 'congress',
  конференция: 'congress',
  decree: 'decree',
  law: 'decree',
  декрет: 'decree',
  election: 'election',
  elections: 'election',
  выборы: 'election',
  founded: 'founding',
  founding: 'founding',
  'headquarters or base established': 'founding',
  основание: 'founding',
  coup: 'seizure',
  'coup d’état': 'seizure',
  "coup d'état": 'seizure',
  'seizure of power': 'seizure',
  'non-violent transfer of territory': 'seizure',
  переворот: 'seizure'
};

/** The event type a cell names, or null (empty, or a word the atlas does not know). */
export function typeFromCell(cell: string): string | null {
  const v = cell.trim().toLowerCase();
  if (!v) return null;
  if ((EVENT_TYPE_IDS as readonly string[]).includes(v)) return v;
  const byLabel = EVENT_TYPES.find((t) => t.label.toLowerCase() === v);
  if (byLabel) return byLabel.id;
  return Object.hasOwn(WORDS, v) ? WORDS[v] : null;
}

/** Words of a title that say an event's type ("Battle of Sandepu", "Kronstadt mutiny"). */
const TITLE_WORDS = Object.keys(WORDS)
  .filter((w) => /^[\p{L} ]+$/u.test(w) && w !== 'march')
  .sort((a, b) => b.length - a.length);
const TITLE_PATTERN = new RegExp(`(?<![\\p{L}])(${TITLE_WORDS.join('|')})(?![\\p{L}])`, 'iu');

/** The type a title's words name, and the word, or null: for rows with no type of their own. */
export function typeFromTitle(title: string): { type: string; word: string } | null {
  const m = TITLE_PATTERN.exec(title);
  return m ? { type: WORDS[m[1].toLowerCase()], word: m[1] } : null;
}
