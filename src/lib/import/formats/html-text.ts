/**
 * HTML as plain text, for the headlines and texts of TimelineJS and StoryMapJS, which are HTML.
 * No DOM (it runs in a worker): a linear scan drops tags, comments and the contents of scripts
 * and styles, ends a line at block elements and `<br>`, and decodes the common entities. The
 * result is text for the app to escape, never markup.
 */

/** Elements whose end (or, for br, whose presence) ends a line. */
const BLOCK =
  /^(br|p|div|li|ul|ol|h[1-6]|tr|table|blockquote|section|article|header|footer|pre|hr|dd|dt)$/i;
/** Elements whose contents are not text. */
const HIDDEN = /^(script|style|template|noscript)$/i;

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  shy: '',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  middot: '·',
  bull: '•',
  times: '×',
  sect: '§',
  para: '¶',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  szlig: 'ß'
};

/** Decodes character references: the common named ones and every numeric one. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd';
    }
    return Object.hasOwn(NAMED, ref) ? NAMED[ref] : m;
  });
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The end (index after `>`) of the tag opening at `i`, quotes respected, or -1 if it never
 * closes.
 */
function tagEnd(html: string, i: number): number {
  let quote = 0;
  for (let j = i + 1; j < html.length; j++) {
    const c = html.charCodeAt(j);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return j + 1;
  }
  return -1;
}

/**
 * Plain text of an HTML fragment: lines broken at block elements, spaces within a line
 * collapsed, blank lines dropped. Linear in the length of the input.
 */
export function htmlToText(html: string): string {
  let out = '';
  let i = 0;
  const n = html.length;
  // Line ends in the source are spaces, as in a browser: only elements break lines.
  const text = (s: string) => s.replace(/[\r\n]+/g, ' ');
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += text(html.slice(i));
      break;
    }
    out += text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const closing = html.charCodeAt(lt + 1) === 47;
    const nameAt = lt + (closing ? 2 : 1);
    if (!isLetter(html.charCodeAt(nameAt))) {
      // A `<` that opens no tag ("1 < 2") is text.
      out += '<';
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt);
    if (end < 0) {
      // A tag that never closes: the rest is text (and no later tag can close either).
      out += text(html.slice(lt));
      break;
    }
    const name = /^[a-zA-Z][a-zA-Z0-9-]*/.exec(html.slice(nameAt, Math.min(end, nameAt + 20)))![0];
    if (BLOCK.test(name)) out += '\n';
    if (!closing && HIDDEN.test(name)) {
      const closeTag = new RegExp(`</${name}\\b`, 'gi');
      closeTag.lastIndex = end;
      const close = closeTag.exec(html)?.index ?? -1;
      const after = close < 0 ? -1 : tagEnd(html, close);
      i = after < 0 ? n : after;
      continue;
    }
    i = end;
  }
  return decodeEntities(out)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Plain text of an HTML fragment on one line (for headlines and names). */
export function htmlToLine(html: string): string {
  return htmlToText(html).replace(/\n/g, ' ');
}

/** A headline for a message: ` ("…")`, cut at 80 characters, or '' if there is none. */
export function quoted(headline: string): string {
  if (!headline) return '';
  return ` ("${headline.length > 80 ? `${headline.slice(0, 79)}…` : headline}")`;
}
