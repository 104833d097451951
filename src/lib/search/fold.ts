/**
 * Folding names for search, so that the spellings of one name meet: Latin and Cyrillic,
 * Russian and Ukrainian forms, and the usual transliteration variants (Gulyai-Polye, Huliaipole,
 * Guliaipole, Гуляйполе all fold to the same key).
 */

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia'
};

/** Rewrites applied in order after transliteration; each merges variant spellings. */
const RULES: [RegExp, string][] = [
  [/shch/g, 'sh'],
  [/kh/g, 'h'],
  [/h/g, 'g'], // Ukrainian h / Russian g: Huliaipole ~ Guliaipole, Kharkiv ~ Kharkov
  [/ts/g, 'c'],
  [/tz/g, 'c'],
  [/[yj]/g, 'i'],
  [/w/g, 'v'],
  [/ie/g, 'e'],
  [/ii+/g, 'i'],
  [/iu/g, 'u'],
  [/ia/g, 'a'],
  [/ck/g, 'k'],
  [/x/g, 'ks'],
  [/(.)\1+/g, '$1']
];

/** The search key of a text: lower-case ASCII letters and digits with variants merged. */
export function fold(text: string): string {
  let s = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  s = [...s].map((c) => CYRILLIC[c] ?? c).join('');
  s = s.replace(/[^a-z0-9]+/g, '');
  for (const [re, to] of RULES) s = s.replace(re, to);
  return s;
}

/** Folds each word of a text (for matching word starts). */
export function foldWords(text: string): string[] {
  return text
    .split(/[\s,.;:()«»"'/-]+/)
    .map(fold)
    .filter(Boolean);
}
