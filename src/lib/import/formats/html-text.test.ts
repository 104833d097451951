import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToLine, htmlToText } from './html-text';

describe('htmlToText', () => {
  it('drops tags, breaks lines at blocks and <br>, and collapses spaces', () => {
    // From NUKnightLab/TimelineJS3 website/examples/houston/timeline3.json.
    expect(htmlToLine('Whitney Houston<br/> 1963 - 2012')).toBe('Whitney Houston 1963 - 2012');
    expect(
      htmlToText(
        "<p>Born in New Jersey,\n  Houston grew up surrounded by <i>music</i>.</p><p>Her mother is <a href='x'>Cissy</a>.</p>"
      )
    ).toBe('Born in New Jersey, Houston grew up surrounded by music.\nHer mother is Cissy.');
    // From NUKnightLab/StoryMapJS storymap/static/demo/demo.json.
    expect(
      htmlToLine('US Westward Expansion <small>Mean center of United States population</small>')
    ).toBe('US Westward Expansion Mean center of United States population');
  });

  it('decodes entities after the tags are gone, so escaped markup stays text', () => {
    expect(
      htmlToText(
        'A&nbsp;&amp;&nbsp;B &mdash; &laquo;Iskra&raquo; &#1048;&#x441;&#x43A;&#x440;&#x430;'
      )
    ).toBe('A & B — «Iskra» Искра');
    expect(htmlToText('&lt;b&gt;bold&lt;/b&gt;')).toBe('<b>bold</b>');
    expect(decodeEntities('&unknown; &#0; &#xD800;')).toBe('&unknown; \ufffd \ufffd');
  });

  it('drops scripts, styles and comments with their contents', () => {
    expect(
      htmlToText(
        'a<script type="x">alert("<p>")</script>b<style>p{}</style>c<!-- <p>hidden</p> -->d<SCRIPT>x</SCRIPT>e'
      )
    ).toBe('abcde');
    expect(htmlToText('before<script>never closed')).toBe('before');
  });

  it('keeps a < that opens no tag, and a tag that never closes as text', () => {
    expect(htmlToText('1 < 2 and 3 <4')).toBe('1 < 2 and 3 <4');
    expect(htmlToText('x <a href="y>z">link</a> w')).toBe('x link w');
    expect(htmlToText('open <a title="never')).toBe('open <a title="never');
  });

  it('reads hostile input in one pass', () => {
    const n = 200_000;
    expect(htmlToText('<a'.repeat(n))).toHaveLength(2 * n);
    expect(htmlToText('<p>'.repeat(n) + 'x')).toBe('x');
    expect(htmlToText('<script>'.repeat(n))).toBe('');
  });
});
