import { describe, expect, it } from 'vitest';
import { markdownHtml } from './markdown';

describe('markdownHtml', () => {
  it('renders emphasis, lists and links', () => {
    expect(markdownHtml('A **strike**, then:\n\n- one\n- [two](https://example.org)')).toBe(
      '<p>A <strong>strike</strong>, then:</p>\n<ul>\n<li>one</li>\n<li><a href="https://example.org">two</a></li>\n</ul>\n'
    );
  });

  it('shows raw HTML as text and makes no javascript: link', () => {
    const html = markdownHtml(
      '<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>'
    );
    expect(html).not.toMatch(/<script|<img|href="javascript/);
    expect(html).toContain('&lt;script&gt;');
  });
});
