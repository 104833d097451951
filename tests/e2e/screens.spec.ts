import type { Page } from '@playwright/test';
import { test, expect, mapIdle } from './fixtures';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 }
];

/**
 * Pairs of visible text that overlap on the page: each text node's line boxes, cut to what its
 * scrolling or clipping ancestors show, compared with every other's (more than 2 px each way).
 * Text under an opaque element that lies over it (an open sheet over the slider) is not visible
 * there, so it does not count.
 */
async function textOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    interface Line {
      text: string;
      el: Element;
      r: { left: number; top: number; right: number; bottom: number };
    }
    const opaque = (el: Element) => {
      const c = (getComputedStyle(el).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
      return c.length >= 3 && (c[3] ?? 1) >= 0.9;
    };
    /** Is one of the two hidden under an opaque element between them at (x, y)? */
    const hidden = (a: Element, b: Element, x: number, y: number) => {
      const stack = document.elementsFromPoint(x, y);
      const ia = stack.findIndex((e) => e === a || a.contains(e));
      const ib = stack.findIndex((e) => e === b || b.contains(e));
      if (ia < 0 || ib < 0) return false;
      const low = ia < ib ? b : a;
      return stack
        .slice(Math.min(ia, ib) + 1, Math.max(ia, ib))
        .some((e) => !e.contains(low) && opaque(e));
    };
    const lines: Line[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement;
      if (!text || !el || el.closest('script, style, option, select, .sr-only')) continue;
      if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
      let opacity = 1;
      for (let a: Element | null = el; a; a = a.parentElement)
        opacity *= Number(getComputedStyle(a).opacity);
      if (opacity < 0.05) continue;
      let clip = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
      for (let a: Element | null = el; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX !== 'visible' || s.overflowY !== 'visible' || s.clip !== 'auto') {
          const b = a.getBoundingClientRect();
          clip = {
            left: Math.max(clip.left, b.left),
            top: Math.max(clip.top, b.top),
            right: Math.min(clip.right, b.right),
            bottom: Math.min(clip.bottom, b.bottom)
          };
        }
      }
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        const cut = {
          left: Math.max(clip.left, r.left),
          top: Math.max(clip.top, r.top),
          right: Math.min(clip.right, r.right),
          bottom: Math.min(clip.bottom, r.bottom)
        };
        if (cut.right - cut.left > 2 && cut.bottom - cut.top > 2) lines.push({ text, el, r: cut });
      }
    }
    const out: string[] = [];
    for (let i = 0; i < lines.length; i++)
      for (let j = i + 1; j < lines.length; j++) {
        const [a, b] = [lines[i].r, lines[j].r];
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w <= 2 || h <= 2 || lines[i].el === lines[j].el) continue;
        const x = Math.max(a.left, b.left) + w / 2;
        const y = Math.max(a.top, b.top) + h / 2;
        if (!hidden(lines[i].el, lines[j].el, x, y))
          out.push(`"${lines[i].text.slice(0, 40)}" over "${lines[j].text.slice(0, 40)}"`);
      }
    return [...new Set(out)];
  });
}

for (const size of SIZES) {
  test(`no text over text at ${size.width}×${size.height}: the atlas, an import, a lecture`, async ({
    page
  }) => {
    await page.setViewportSize(size);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // Near the calendar switch, Old Style dates: the switch's mark is on the slider.
    await page.goto('/?t=1918-01-20&cal=os');
    await mapIdle(page);
    expect(await textOverlaps(page), 'atlas').toEqual([]);

    if (size.width <= 760) await page.getByTestId('sheet-handle').click();
    await page.getByTestId('import-input').setInputFiles({
      name: 'towns.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('date,place,title\n1917-03-08,Petrograd,Bread march\n')
    });
    await expect(page.getByTestId('import-mapping')).toBeVisible();
    expect(await textOverlaps(page), 'importing').toEqual([]);

    await page.goto('/present/1917?scene=8');
    await mapIdle(page, { still: true });
    expect(await textOverlaps(page), 'lecture').toEqual([]);
  });
}

test.describe('on a phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('the map fills the screen, the sheet opens by touch and by keys, the slider takes a thumb', async ({
    page
  }) => {
    await page.goto('/?t=1921-03-07');
    await mapIdle(page);
    const share = await page.evaluate(() => {
      const r = window.__atlas!.map.getContainer().getBoundingClientRect();
      return (r.width * r.height) / (innerWidth * innerHeight);
    });
    expect(share).toBeGreaterThan(0.55);

    // Thumb-sized targets on the slider.
    for (const el of [
      page.getByTestId('time-slider'),
      page.getByTestId('play'),
      page.getByTestId('next-event'),
      page.getByTestId('prev-event'),
      page.getByTestId('sheet-handle')
    ]) {
      const b = (await el.boundingBox())!;
      expect(b.height, await el.evaluate((e) => e.outerHTML.slice(0, 60))).toBeGreaterThanOrEqual(
        44
      );
    }

    // A tap on an event's mark opens its panel in the sheet, above the fold.
    const sheet = page.getByTestId('sheet');
    const handle = page.getByTestId('sheet-handle');
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    // An event alone at its spot (a stack's mark opens a chooser instead, map-reading.spec.ts),
    // where a finger reaches the map itself, not the header or a control over it.
    const mark = await page.evaluate(() => {
      const { map, atlas } = window.__atlas!;
      const box = map.getContainer().getBoundingClientRect();
      const at = atlas.shown.all().map((ev) => ({ ev, p: map.project([ev.lon, ev.lat]) }));
      const alone = at.find(
        ({ ev, p }) =>
          p.x > 20 &&
          p.x < box.width - 20 &&
          p.y > 20 &&
          p.y < box.height - 20 &&
          document
            .elementFromPoint(box.left + p.x, box.top + p.y)
            ?.classList.contains('maplibregl-canvas') === true &&
          at.every((o) => o.ev === ev || Math.hypot(o.p.x - p.x, o.p.y - p.y) > 24)
      );
      return alone && { x: box.left + alone.p.x, y: box.top + alone.p.y };
    });
    expect(mark, 'an event alone at its spot on the screen').toBeTruthy();
    await page.touchscreen.tap(mark!.x, mark!.y);
    await expect(page.getByTestId('event-panel')).toBeVisible();
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    const panel = (await page.getByTestId('event-panel').boundingBox())!;
    expect(panel.y).toBeLessThan(844);
    expect(panel.y).toBeGreaterThan(0);

    // Closed by a tap, opened and raised by keys.
    await handle.tap();
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    const closed = (await sheet.boundingBox())!.height;
    await handle.focus();
    await page.keyboard.press('Enter');
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    const half = (await sheet.boundingBox())!.height;
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await sheet.boundingBox())!.height).toBeGreaterThan(half + 100);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(handle).toHaveAttribute('aria-expanded', 'false');

    // Dragged up by a finger, it stays open.
    const h = (await handle.boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const x = h.x + h.width / 2;
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [{ x, y: h.y + 20 }]
    });
    for (let i = 1; i <= 8; i++)
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x, y: h.y + 20 - i * 60 }]
      });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    expect((await sheet.boundingBox())!.height).toBeGreaterThan(closed + 300);
  });
});
