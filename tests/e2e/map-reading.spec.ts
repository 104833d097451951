/**
 * Reading the map: the first visit, tooltips, labels, stacks of events at one spot, marks at
 * their true places, halos and areas at city scale, and a basemap that reaches every edge.
 */
import type { Page } from '@playwright/test';
import { test, expect, mapIdle } from './fixtures';
import { SOURCE_EVENT_LABELS } from '../../src/lib/map/style';
import { STACK_RADIUS } from '../../src/lib/map/event-labels';

/** Waits until the events' labels show the shown events of the current view and date. */
async function labelsSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    ([source, layers]) => {
      const { map, atlas } = window.__atlas!;
      if (!map.isSourceLoaded(source) || !map.loaded()) return false;
      const shown = new Set(atlas.shown.all().map((e) => e.id));
      const fed = map.querySourceFeatures(source).map((f) => String(f.properties?.id));
      const drawn = map.queryRenderedFeatures({ layers: [...layers] });
      return fed.length > 0 && fed.every((id) => shown.has(id)) && drawn.length > 0;
    },
    [SOURCE_EVENT_LABELS, ['event-labels', 'event-labels-emph']] as const,
    { timeout: 60_000 }
  );
}

/** The shown events at their places on the screen (CSS px in the map's box), with their titles. */
function shownOnScreen(page: Page) {
  return page.evaluate(() => {
    const { map, atlas } = window.__atlas!;
    return atlas.shown.all().map((e) => {
      const p = map.project([e.lon, e.lat]);
      return { id: e.id, title: e.title, place: e.place, x: p.x, y: p.y };
    });
  });
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 }
]) {
  test(`a first visit at ${size.width}×${size.height} opens on the default date's events, uncovered, with a hint until it is dismissed`, async ({
    page
  }) => {
    await page.setViewportSize(size);
    await page.goto('/');
    await mapIdle(page);
    await expect(page.getByTestId('current-date')).toHaveText('23 February (8 March) 1917');
    const hint = page.getByTestId('first-visit-hint');
    await expect(hint).toBeVisible();
    await expect(hint).toContainText('slider');
    await expect(hint).toContainText('list');

    // Every shown event's mark is inside the map and nothing lies over it: the topmost element
    // at its point is one of the map's canvases.
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const events = await shownOnScreen(page);
    expect(events.length).toBeGreaterThanOrEqual(5);
    const covered = await page.evaluate(
      ({ events, box }) =>
        events
          .map((e) => {
            const top = document.elementFromPoint(box.x + e.x, box.y + e.y);
            return top instanceof HTMLCanvasElement &&
              (top.classList.contains('maplibregl-canvas') ||
                top.classList.contains('event-overlay'))
              ? null
              : `${e.id} under ${top?.className || top?.tagName}`;
          })
          .filter((x) => x !== null),
      { events, box }
    );
    expect(covered).toEqual([]);
    for (const e of events) {
      expect(e.x, e.id).toBeGreaterThan(8);
      expect(e.y, e.id).toBeGreaterThan(8);
      expect(e.x, e.id).toBeLessThan(box.width - 8);
      expect(e.y, e.id).toBeLessThan(box.height - 8);
    }

    // In Russian too; dismissed, it stays dismissed on the next visit.
    await page.getByTestId('lang').click();
    await expect(hint).toContainText('Шкала');
    await hint.getByRole('button', { name: 'Понятно' }).click();
    await expect(hint).toHaveCount(0);
    await page.goto('/');
    await mapIdle(page);
    await expect(page.getByTestId('event-list')).toBeVisible();
    await expect(page.getByTestId('first-visit-hint')).toHaveCount(0);
  });
}

test('an event hovered on the map or reached in the list shows a tooltip: title, date, place, in the reader’s language', async ({
  page
}) => {
  // Only Kronstadt's events, so that the list's rows are all in view too.
  await page.goto('/?t=1921-03-07&mode=instant&z=8&c=29.9,59.95&place=kronstadt');
  await mapIdle(page);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const [ev] = (await shownOnScreen(page)).filter((e) => e.place.startsWith('kronstadt'));
  await page.mouse.move(box.x + ev.x, box.y + ev.y);
  const tip = page.getByTestId('event-tooltip');
  await expect(tip).toBeVisible();
  const hovered = await page.evaluate(() => window.__atlas!.atlas.hoverId);
  const expected = await page.evaluate((id) => {
    const { atlas } = window.__atlas!;
    const e = atlas.shown.all().find((e) => e.id === id)!;
    return { title: e.title, titleRu: e.titleRu ?? e.title };
  }, hovered);
  await expect(tip).toContainText(expected.title);
  await expect(tip).toContainText('March 1921');
  await expect(tip).toContainText('Kronstadt');

  // In Russian (the pointer left the map to switch language, and comes back).
  await page.getByTestId('lang').click();
  await expect(tip).toHaveCount(0);
  await page.mouse.move(box.x + ev.x, box.y + ev.y);
  await expect(tip).toContainText(expected.titleRu);
  await expect(tip).toContainText('марта 1921');
  await expect(tip).toContainText('Кронштадт');

  // Keyboard: the row reached in the list shows its tooltip on the map.
  await page.mouse.move(2, 2);
  await expect(tip).toHaveCount(0);
  await page.getByTestId('event-list').focus();
  await page.keyboard.press('ArrowDown');
  const active = await page.evaluate(() => window.__atlas!.atlas.hoverId);
  expect(active).not.toBeNull();
  await expect(tip).toBeVisible();
});

test('labels: short titles placed by MapLibre, fed only with shown events once the slider settles; highlighted and selected events always labelled', async ({
  page
}) => {
  await page.goto('/?t=1917-11-07&cal=os&mode=window&w=30&z=11.2&c=30.33,59.94');
  await mapIdle(page);
  await labelsSettled(page);
  const labelled = () =>
    page.evaluate(() => {
      const { map } = window.__atlas!;
      return map
        .queryRenderedFeatures({ layers: ['event-labels', 'event-labels-emph'] })
        .map((f) => ({ id: String(f.properties.id), label: String(f.properties.label) }));
    });
  const first = await labelled();
  expect(first.length).toBeGreaterThan(1);
  for (const l of first) expect(l.label.length).toBeLessThanOrEqual(28);

  // Thirty ticks: the labels' source is set again once the slider settles, not per tick.
  await page.evaluate(() => {
    window.__reloads = [];
    window.__atlas!.map.on('sourcedataloading', (e) => {
      // A new set of data, not each of its tiles loading.
      if (!e.tile) window.__reloads!.push(e.sourceId ?? '?');
    });
  });
  await page.getByTestId('time-slider').focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
  // The labels are set again once the ticks stop (the old labels may still all be shown, so
  // what is drawn is no signal of its own): wait for that setting, then for it to be drawn.
  await page.waitForFunction((source) => window.__reloads!.includes(source), SOURCE_EVENT_LABELS, {
    timeout: 60_000
  });
  await labelsSettled(page);
  const reloads = await page.evaluate(() => window.__reloads!);
  const labelReloads = reloads.filter((id) => id === SOURCE_EVENT_LABELS).length;
  expect(labelReloads).toBeLessThan(10);

  // The selected event carries its label, in bold, whatever else competes for the room.
  const chosen = await page.evaluate(() => window.__atlas!.atlas.shown.all().at(-1)!.id);
  await page.evaluate((id) => window.__atlas!.atlas.select(id), chosen);
  await page.waitForFunction(
    (id) =>
      window
        .__atlas!.map.queryRenderedFeatures({ layers: ['event-labels-emph'] })
        .some((f) => f.properties.id === id),
    chosen,
    { timeout: 30_000 }
  );
});

test('a lecture scene’s highlighted events carry their labels', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/present/kronstadt-1921?scene=3');
  await mapIdle(page, { still: true });
  const highlights = await page.evaluate(() => {
    const { atlas, map } = window.__atlas!;
    const { width, height } = map.getContainer().getBoundingClientRect();
    return atlas.shown
      .all()
      .filter((e) => atlas.highlightIds.includes(e.id))
      .map((e) => ({ id: e.id, ...map.project([e.lon, e.lat]) }))
      .filter((p) => p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height);
  });
  expect(highlights.length).toBeGreaterThan(0);
  // Each highlighted event in view is labelled, or leads or shares a stack whose label is drawn
  // emphasised (a stack's first event is a highlighted one, see event-labels.ts).
  await page.waitForFunction(
    ({ highlights, radius }) => {
      const { map } = window.__atlas!;
      const drawn = map
        .queryRenderedFeatures({ layers: ['event-labels-emph'] })
        .map((f) => map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]));
      return highlights.every((h) => drawn.some((d) => Math.hypot(d.x - h.x, d.y - h.y) <= radius));
    },
    { highlights, radius: STACK_RADIUS },
    { timeout: 30_000 }
  );
});

test('events at one spot are one mark with a count that opens a chooser, usable by keyboard', async ({
  page
}) => {
  await page.goto('/?t=1917-11-07&cal=os&mode=window&w=30&z=12&c=30.38,59.946');
  await mapIdle(page);
  await labelsSettled(page);
  const events = await shownOnScreen(page);
  const smolny = events.filter((e) => e.place === 'petrograd-smolny');
  expect(smolny.length).toBeGreaterThanOrEqual(2);
  // The count badge says how many.
  await page.waitForFunction(
    (n) =>
      window
        .__atlas!.map.queryRenderedFeatures({ layers: ['event-counts'] })
        .some((f) => f.properties.count === n),
    smolny.length
  );
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + smolny[0].x, box.y + smolny[0].y);
  const chooser = page.getByTestId('stack-chooser');
  await expect(chooser).toBeVisible();
  const items = chooser.locator('button.event');
  await expect(items).toHaveCount(smolny.length);
  for (const e of smolny) await expect(chooser).toContainText(e.title);
  // Focus is in the chooser; the arrows move, Escape closes.
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await expect(page.getByTestId('event-tooltip')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(chooser).toHaveCount(0);
  // Open it again and choose the second event with Enter: its panel opens.
  await page.mouse.click(box.x + smolny[0].x, box.y + smolny[0].y);
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const second = await items.nth(1).getAttribute('data-id');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`e=${second}`));
  await expect(page.getByTestId('event-panel')).toBeVisible();
});

test('every event is drawn at its place, at every zoom from 3 to 12', async ({ page }) => {
  await page.goto('/?t=1921-12-31&mode=cumulative&w=30');
  await mapIdle(page);
  let largest = 0;
  for (let zoom = 3; zoom <= 12; zoom++) {
    const worst = await page.evaluate((zoom) => {
      const { map, atlas, layer } = window.__atlas!;
      map.jumpTo({ zoom });
      const { pos, offset, count } = layer.points!;
      const table = atlas.ownTable;
      let max = 0;
      let at = '';
      for (let i = 0; i < count; i++) {
        const e = table.get(i);
        const place = atlas.placesById.get(e.place)!;
        // Where the layer draws the mark: its Mercator point and its pixel offset.
        const lon = pos[2 * i] * 360 - 180;
        const lat =
          (360 / Math.PI) * Math.atan(Math.exp(((180 - pos[2 * i + 1] * 360) * Math.PI) / 180)) -
          90;
        const drawn = map.project([lon, lat]);
        const x = drawn.x + offset[2 * i];
        const y = drawn.y + offset[2 * i + 1];
        const truth = map.project([place.lon, place.lat]);
        const d = Math.hypot(x - truth.x, y - truth.y);
        if (d > max) {
          max = d;
          at = e.id;
        }
      }
      return { max, at, count };
    }, zoom);
    expect(worst.count).toBeGreaterThan(100);
    test.info().annotations.push({
      type: `largest mark–place distance at zoom ${zoom}`,
      description: `${worst.max.toFixed(2)} px (${worst.at})`
    });
    expect(worst.max, worst.at).toBeLessThanOrEqual(2);
    largest = Math.max(largest, worst.max);
  }
  console.log(
    `largest distance between a mark and its place, zooms 3–12: ${largest.toFixed(2)} px`
  );
});

test('at city scale the districts, sites and labels are readable: halos are outlines, not fills', async ({
  page
}) => {
  for (const url of [
    '/?t=1917-11-07&mode=window&w=30&z=12&c=30.33,59.94',
    '/?t=1921-03-08&mode=window&w=30&z=12.5&c=29.77,59.99'
  ]) {
    await page.goto(url);
    await mapIdle(page);
    const seen = await page.evaluate(() => {
      const { map } = window.__atlas!;
      const ids = (layers: string[]) =>
        map.queryRenderedFeatures({ layers }).map((f) => f.layer.id);
      const halos = map.queryRenderedFeatures({ layers: ['place-halos'] }).length;
      const fill = map.getLayer('place-halos')!;
      return {
        labels: ids(['place-labels', 'petrograd-district-labels', 'kronstadt-fort-labels']).length,
        halos,
        fillAtZoom: (
          fill as unknown as {
            paint: { get(k: string): { evaluate(f: unknown, s: unknown): number } };
          }
        ).paint
          .get('circle-opacity')
          .evaluate({ zoom: map.getZoom() } as never, {} as never)
      };
    });
    expect(seen.labels, url).toBeGreaterThan(2);
    expect(seen.fillAtZoom, url).toBe(0);
  }
});

test('every area shown is named with its span; context regions are drawn as outlines', async ({
  page
}) => {
  await page.goto('/?t=1921-03-07&mode=window&w=30&z=4.6&c=38,50.5');
  await mapIdle(page);
  const result = await page.evaluate(() => {
    const { map, atlas } = window.__atlas!;
    const day = atlas.wholeDay;
    const active = atlas
      .data!.areas.features.filter(
        (f) =>
          f.geometry.type === 'Polygon' &&
          f.properties!.from <= day &&
          day <= f.properties!.to &&
          map
            .queryRenderedFeatures({ layers: ['areas-fill', 'areas-context'] })
            .some((r) => r.properties.id === f.properties!.id)
      )
      .map((f) => String(f.properties!.id));
    const labelled = map
      .queryRenderedFeatures({ layers: ['area-labels', 'area-context-labels'] })
      .filter((f) => f.state.active)
      .map((f) => ({ id: String(f.properties.id), label: String(f.properties.label_en) }));
    const contextFilled = map
      .queryRenderedFeatures({ layers: ['areas-fill'] })
      .filter((f) => f.properties.kind === 'region').length;
    return { active, labelled, contextFilled };
  });
  expect(result.active).toEqual(expect.arrayContaining(['ukraine', 'tambov-province']));
  for (const id of result.active) {
    const l = result.labelled.find((l) => l.id === id);
    expect(l, id).toBeDefined();
    expect(l!.label, id).toMatch(/(\n.*\d{4}| · shown for orientation)$/);
  }
  expect(result.contextFilled).toBe(0);
});

for (const size of [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 }
]) {
  test(`the basemap reaches the edges of the view: 1917 lecture scene 8 at ${size.width}×${size.height}, and the map's widest view`, async ({
    page
  }) => {
    await page.setViewportSize(size);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/present/1917?scene=8');
    await mapIdle(page, { still: true });
    const inside = () =>
      page.evaluate(() => {
        const { map } = window.__atlas!;
        const [w, s, e, n] = (map.getSource('basemap') as unknown as { bounds: number[] }).bounds;
        const b = map.getBounds();
        return {
          view: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
          covered: b.getWest() >= w && b.getSouth() >= s && b.getEast() <= e && b.getNorth() <= n
        };
      });
    const scene = await inside();
    expect(scene.covered, scene.view.join(', ')).toBe(true);
    // As far out and as far to each side as the camera goes.
    for (const center of [
      [0, 50],
      [90, 50],
      [45, 20],
      [45, 80]
    ]) {
      await page.evaluate(
        (center) => window.__atlas!.map.jumpTo({ center: center as [number, number], zoom: 0 }),
        center
      );
      const r = await inside();
      expect(r.covered, `${center}: ${r.view.join(', ')}`).toBe(true);
    }
  });
}
