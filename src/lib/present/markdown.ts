/**
 * Markdown as HTML for captions and speaker notes (markdown-it). Raw HTML in the text is shown as
 * text, not markup, and links to `javascript:` and the like are not made, so the HTML is safe to
 * put in the page.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

export function markdownHtml(text: string): string {
  return md.render(text);
}
