import {
  test,
  expect,
  mapIdle,
  countColours,
  pixelAt,
  hex,
  near,
  readPixels,
  shownEvent,
  wholeDay
} from './fixtures';
import { EVENT_TYPES } from '../../src/lib/model/event-types';
import { onAtlas } from '../../src/lib/testing/atlas-hook';
import { SOURCE_EVENT_LABELS } from '../../src/lib/map/style';
import { STACK_RADIUS } from '../../src/lib/map/event-labels';

test('the map renders land, water and events from local files only', async ({ page, guard }) => {
  await page.goto('/?t=1921-03-07');
  await mapIdle(page);
  const { counts, total, distinct } = await countColours(
    page,
    { land: [0xf4, 0xef, 0xe3], water: [0xc8, 0xd7, 0xde] },
    6
  );
  expect(counts.land / total).toBeGreaterThan(0.2);
  expect(counts.water / total).toBeGreaterThan(0.03);
  expect(distinct).toBeGreaterThan(50);
  const renderer = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2')!;
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    return ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
  });
  test.info().annotations.push({ type: 'renderer', description: String(renderer) });
  await expect(page.getByTestId('current-date')).toHaveText('7 March 1921');
  expect(guard.foreign).toEqual([]);
});

test('the slider moves the set of events drawn and listed, with no source reload', async ({
  page
}) => {
  await page.goto('/?t=1921-03-07&mode=instant&z=7&c=30.0,59.95');
  await mapIdle(page);
  const listed = page.getByTestId('event-list').getByRole('option');
  const before = await listed.count();
  expect(before).toBeGreaterThan(0);
  const ev = await shownEvent(page, 'kronstadt');
  expect(near(await pixelAt(page, ev.x, ev.y), hex(ev.color))).toBe(true);

  // Count what MapLibre reloads while the slider moves 30 days, one key press at a time. The event
  // layer and the timed areas reload nothing; only a place changing its name re-labels (rare).
  await page.evaluate(() => {
    window.__reloads = [];
    window.__labelSets = 0;
    window.__atlas!.map.on('sourcedataloading', (e) => {
      window.__reloads!.push(e.sourceId ?? '?');
      // A new set of the labels' data, not each of its tiles loading.
      if (e.sourceId === 'event-labels' && !e.tile) window.__labelSets!++;
    });
  });
  const stats = () => page.evaluate(() => window.__atlas!.layer.stats);
  const before0 = await stats();
  const startDay = await wholeDay(page);
  await page.getByTestId('time-slider').focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
  await mapIdle(page);
  await expect(page.getByTestId('current-date')).toHaveText('6 April 1921');
  const reloads = await page.evaluate(() => window.__reloads!);
  const renamesCrossed = await page.evaluate((from) => {
    const a = window.__atlas!.atlas;
    return a
      .data!.places.filter((p) => !p.isArea && p.kind !== 'ship' && p.kind !== 'route')
      .flatMap((p) => p.names.map((n) => n.from))
      .filter((d) => d !== undefined && d > from && d <= from + 30).length;
  }, startDay);
  const after0 = await stats();
  // The events' labels are set again once the slider settles, not per tick (EventLabels.svelte).
  const labelReloads = await page.evaluate(() => window.__labelSets!);
  expect(labelReloads).toBeLessThan(10);
  const others = reloads.filter((id) => id !== SOURCE_EVENT_LABELS);
  expect(others.filter((id) => id !== 'places')).toEqual([]);
  expect(others.length).toBeLessThanOrEqual(renamesCrossed);
  expect(after0.uploads).toBe(before0.uploads);
  expect(after0.frames).toBeGreaterThan(before0.frames);

  // The event that was drawn is gone from the map and from the list once its span is over.
  if (ev.end < (await wholeDay(page))) {
    expect(near(await pixelAt(page, ev.x, ev.y), hex(ev.color))).toBe(false);
    await expect(page.locator(`#ev-${ev.id}`)).toHaveCount(0);
  }
  const after = await page.evaluate(() =>
    window
      .__atlas!.atlas.shown.all()
      .map((e) => e.id)
      .join(',')
  );
  expect(after).not.toBe('');
});

test('a slider tick redraws the events alone: MapLibre draws no frame while the slider moves', async ({
  page
}) => {
  await page.goto('/?t=1906-06-01&mode=window&w=30&z=5&c=35,55');
  // Once the page's fonts are in (a late font changes the layout, and the map is resized to it).
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await mapIdle(page);
  // Over these 30 days no area switches and no place is renamed, so the basemap has nothing to do.
  const changes = await page.evaluate(() => {
    const a = window.__atlas!.atlas;
    const t = a.wholeDay;
    const inside = (d: number | undefined) => d !== undefined && d > t && d <= t + 30;
    return (
      a.data!.places.flatMap((p) => p.names.map((n) => n.from)).filter(inside).length +
      a.data!.areas.features.flatMap((f) => [f.properties!.from, f.properties!.to]).filter(inside)
        .length
    );
  });
  expect(changes).toBe(0);
  // MapLibre's frames until the events' labels are next set, which happens once the slider has
  // settled (EventLabels.svelte), not per tick.
  await page.evaluate((source) => {
    window.__mapFrames = 0;
    let labelled = false;
    const { map } = window.__atlas!;
    map.on('sourcedataloading', (e) => (labelled ||= e.sourceId === source));
    map.on('render', () => {
      if (!labelled) window.__mapFrames!++;
    });
  }, SOURCE_EVENT_LABELS);
  const counts = () =>
    page.evaluate(() => {
      const a = window.__atlas!;
      return {
        map: window.__mapFrames!,
        events: a.overlay.stats.frames,
        uploads: a.layer.stats.uploads,
        drawnDay: a.layer.stats.drawnDay,
        day: a.atlas.day
      };
    });
  const before = await counts();
  await page.getByTestId('time-slider').focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('current-date')).toHaveText('18 June (1 July) 1906');
  // Key presses faster than frames draw together: wait for the frame of the last day.
  await page.waitForFunction(() => {
    const a = window.__atlas!;
    return a.layer.stats.drawnDay === a.atlas.day;
  });
  const after = await counts();
  expect(after.map).toBe(before.map);
  expect(after.uploads).toBe(before.uploads);
  // Key presses faster than frames draw together; the last frame drew the last day.
  expect(after.events).toBeGreaterThan(before.events);
  expect(after.drawnDay).toBe(after.day);
});

/**
 * Counts, per map frame, whether MapLibre drew anything on its canvas, and the programs the
 * events' canvas links; notes when the map loaded, went idle, and when the page asked for its
 * service worker. A string: the page runs it
 * before any of its own scripts.
 */
const FIRST_LOAD_PROBE = `
  const P = WebGL2RenderingContext.prototype;
  window.__mapDraws = 0;
  for (const name of ['drawElements', 'drawArrays']) {
    const draw = P[name];
    P[name] = function (...args) {
      if (this.canvas.classList.contains('maplibregl-canvas')) window.__mapDraws++;
      return draw.apply(this, args);
    };
  }
  window.__overlayLinks = 0;
  const link = P.linkProgram;
  P.linkProgram = function (program) {
    if (this.canvas.classList.contains('event-overlay')) window.__overlayLinks++;
    return link.call(this, program);
  };
  const register = ServiceWorkerContainer.prototype.register;
  ServiceWorkerContainer.prototype.register = function (...args) {
    window.__swAskedAt = performance.now();
    return register.apply(this, args);
  };
  window.__painted = 0;
${onAtlas(`
  let seen = 0;
  v.map.on('render', () => {
    if (window.__mapDraws > seen) window.__painted++;
    seen = window.__mapDraws;
  });
  v.map.once('load', () => {
    window.__paintedAtLoad = window.__painted;
    window.__eventFramesAtLoad = v.layer.stats.frames;
  });
  v.map.once('idle', () => (window.__idleAt = performance.now()));
`)}
`;

test.describe(() => {
  // This test needs the offline worker, which the others block (playwright.config.ts).
  test.use({ serviceWorkers: 'allow' });
  test('the first load paints one complete frame with the events, then the offline worker is asked for', async ({
    page
  }) => {
    await page.addInitScript(FIRST_LOAD_PROBE);
    await page.goto('/?t=1917-03-08&mode=window&w=30');
    await mapIdle(page);
    const marks = () =>
      page.evaluate(() => ({
        __painted: window.__painted!,
        __paintedAtLoad: window.__paintedAtLoad!,
        __eventFramesAtLoad: window.__eventFramesAtLoad!,
        __idleAt: window.__idleAt!,
        __swAskedAt: window.__swAskedAt,
        __overlayLinks: window.__overlayLinks!
      }));
    const first = await marks();
    await expect(page.getByRole('application')).toHaveAttribute('aria-busy', 'false');
    // Tiles of ten sources arrive one by one; before, each arrival painted a partial frame (~10).
    expect(first.__paintedAtLoad).toBe(1);
    expect(first.__eventFramesAtLoad).toBeGreaterThan(0);
    // The built-in and the imported events share one program (each link is costly under SwiftShader).
    expect(first.__overlayLinks).toBe(1);
    // Afterwards the map paints as usual: a pan draws again.
    await page.evaluate(() => window.__atlas!.map.panBy([300, 0]));
    await mapIdle(page);
    expect((await marks()).__painted).toBeGreaterThan(first.__painted);
    // The service worker (which downloads the whole site) waits for the map's first idle.
    await page.waitForFunction(() => window.__swAskedAt !== undefined);
    const last = await marks();
    expect(last.__swAskedAt!).toBeGreaterThanOrEqual(last.__idleAt);
    // Its install, and what it serves, are offline.spec's.
  });
});

test('keys: PageUp/PageDown a month, Home/End the ends, N/P next and previous event', async ({
  page
}) => {
  await page.goto('/?t=1917-03-08&cal=ns');
  await mapIdle(page);
  const slider = page.getByTestId('time-slider');
  await slider.focus();
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('current-date')).toHaveText('8 April 1917');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('current-date')).toHaveText('8 February 1917');
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', /1905/);
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', /December 1921/);
  await page.keyboard.press('Home');
  await page.keyboard.press('n');
  const { days, domainStart } = await page.evaluate(() => {
    const a = window.__atlas!.atlas;
    return { days: a.eventDays, domainStart: a.domain.start };
  });
  const day = await wholeDay(page);
  expect(day).toBe(days.find((d) => d > domainStart));
  await page.keyboard.press('n');
  const day2 = await wholeDay(page);
  expect(day2).toBe(days[days.indexOf(day) + 1]);
  await page.keyboard.press('p');
  expect(await wholeDay(page)).toBe(day);
});

test('clicking an event on the map opens its panel with sources; the URL round-trips and back closes it', async ({
  page
}) => {
  await page.goto('/?t=1921-03-07&mode=instant&z=8&c=29.9,59.95');
  await mapIdle(page);
  const ev = await shownEvent(page, 'kronstadt');
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  // Events on the same spot are one mark: a click opens their chooser, and the event is chosen there.
  const onSpot = await page.evaluate(
    ({ ev, radius }) => {
      const { map, atlas } = window.__atlas!;
      return atlas.shown.all().filter((e) => {
        const p = map.project([e.lon, e.lat]);
        return Math.hypot(p.x - ev.x, p.y - ev.y) <= radius;
      }).length;
    },
    { ev, radius: STACK_RADIUS }
  );
  await page.mouse.click(box.x + ev.x, box.y + ev.y);
  if (onSpot > 1)
    await page.getByTestId('stack-chooser').locator(`button[data-id="${ev.id}"]`).click();
  const panel = page.getByTestId('event-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(ev.title);
  await expect(page.getByTestId('panel-sources').getByRole('listitem').first()).toContainText(
    'paragraph'
  );
  await expect(page).toHaveURL(new RegExp(`e=${ev.id}`));

  // Reloading the URL restores the same view.
  const url = page.url();
  await page.goto(url);
  await mapIdle(page);
  await expect(page.getByTestId('event-panel').getByRole('heading', { level: 2 })).toHaveText(
    ev.title
  );
  await expect(page.getByTestId('current-date')).toHaveText('7 March 1921');
  const view = await page.evaluate(() => {
    const { map, atlas } = window.__atlas!;
    return { zoom: map.getZoom(), mode: atlas.mode };
  });
  expect(view.zoom).toBeCloseTo(8, 1);
  expect(view.mode).toBe('instant');

  // Back undoes the selection.
  await page.getByRole('button', { name: 'Close details' }).click();
  await expect(panel).toHaveCount(0);
  await page.goBack();
  await expect(page.getByTestId('event-panel')).toBeVisible();
});

test('a bad link falls back to defaults and says so', async ({ page }) => {
  await page.goto('/?t=1917-02-30&mode=fast');
  await mapIdle(page);
  await expect(
    page.getByText('Link not fully understood: "t=1917-02-30" is not a date')
  ).toBeVisible();
  await expect(page.getByTestId('current-date')).toHaveText('23 February (8 March) 1917');
});

test('hiding a type in the legend removes it from the list and the URL keeps it', async ({
  page
}) => {
  await page.goto('/?t=1921-03-07&mode=cumulative');
  await mapIdle(page);
  const strikes = () =>
    page.evaluate(
      () => window.__atlas!.atlas.shown.all().filter((e) => e.type === 'strike').length
    );
  expect(await strikes()).toBeGreaterThan(0);
  await page
    .getByTestId('legend')
    .getByLabel(/Strike/)
    .uncheck();
  expect(await strikes()).toBe(0);
  await expect(page).toHaveURL(/hide=strike/);
});

test('each listed event has its type’s symbol beside it, filled or hollow and ringed as it is known, as the list scrolls', async ({
  page
}) => {
  await page.goto('/?t=1921-03-20&mode=cumulative');
  await mapIdle(page);
  const list = page.getByTestId('event-list');
  /** Checks the symbol beside every row fully in view, as the list looks on screen; returns the rows. */
  const checkSymbols = async () => {
    const rows = await list.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      const shown = window.__atlas!.atlas.shown;
      return [...el.querySelectorAll<HTMLElement>('[role="option"]')]
        .map((row) => {
          const b = row.getBoundingClientRect();
          const i = Number(row.dataset.index);
          const [e] = shown.slice(i, i + 1);
          // The symbol's 16 px box: 0.6rem from the row's left, 0.3rem + 2 px from its top.
          return {
            x: b.left - box.left + 0.6 * rem,
            y: b.top - box.top + 0.3 * rem + 2,
            inView: b.top >= box.top && b.bottom <= box.bottom,
            id: e.id,
            type: e.type,
            hollow: e.precision !== 'day',
            ringed: !!e.placeInferred
          };
        })
        .filter((r) => r.inView);
    });
    const { width, data } = await readPixels(page, { png: await list.screenshot() });
    const at = (x: number, y: number) => {
      const i = (Math.round(y) * width + Math.round(x)) * 4;
      return [data[i], data[i + 1], data[i + 2]];
    };
    /** Grey, darker than any row's background: the ring's #333, thinned by antialiasing. */
    const grey = (x: number, y: number) =>
      [-1, 0, 1].some((dx) =>
        [-1, 0, 1].some((dy) => {
          const c = at(x + dx, y + dy);
          return Math.max(...c) < 0xd0 && Math.max(...c) - Math.min(...c) < 0x28;
        })
      );
    for (const r of rows) {
      const colour = hex(EVENT_TYPES.find((t) => t.id === r.type)!.color);
      let drawn = false;
      for (let dy = 0; dy < 16; dy++)
        for (let dx = 0; dx < 16; dx++) drawn ||= near(at(r.x + dx, r.y + dy), colour, 24);
      expect(drawn, `${r.id}: a symbol in its type's colour`).toBe(true);
      expect(near(at(r.x + 8, r.y + 8), colour, 24), `${r.id}: filled unless hollow`).toBe(
        !r.hollow
      );
      // The dashed ring starts at its rightmost point, clear of every shape.
      expect(grey(r.x + 15, r.y + 8.5), `${r.id}: ringed if its place is inferred`).toBe(r.ringed);
    }
    return rows;
  };
  const top = await checkSymbols();
  expect(top.length).toBeGreaterThan(3);
  expect(top.some((r) => r.hollow) && top.some((r) => !r.hollow)).toBe(true);
  // Scrolled past them, the symbols are those of the rows now in view.
  await list.evaluate((el) => el.scrollBy(0, el.clientHeight + 26));
  await expect(list.locator('[role="option"]').first()).not.toHaveId(`ev-${top[0].id}`);
  const scrolled = await checkSymbols();
  expect(scrolled.length).toBeGreaterThan(3);
  expect(scrolled.some((r) => top.some((t) => t.id === r.id))).toBe(false);
  expect(scrolled.some((r) => r.ringed) && scrolled.some((r) => !r.ringed)).toBe(true);
});
