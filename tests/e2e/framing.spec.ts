import type { Page } from '@playwright/test';
import { test, expect, mapIdle } from './fixtures';

/**
 * Waits, checking every frame, until the lecture's scene `scene` is in place: in the address, data
 * loaded, the style loaded, no playback and the camera still. Where the events fall on screen is the camera's arithmetic, so no tile is awaited.
 */
async function settled(page: Page, scene = 1): Promise<void> {
  await page.waitForFunction(
    (scene) => {
      const a = window.__atlas;
      return (
        new URLSearchParams(location.search).get('scene') === String(scene) &&
        !!a &&
        !!a.atlas.data &&
        a.map.isStyleLoaded() &&
        !a.atlas.playing &&
        !a.map.isMoving()
      );
    },
    scene,
    { timeout: 60_000, polling: 'raf' }
  );
}

/**
 * Every scene of every lecture, at a projector's 1024×768, at 1920×1080 and on a tablet held
 * upright (768×1024): each highlighted event's point is on the map and under none of the things
 * drawn over it (date, caption, legend, progress mark, export menu, MapLibre's controls).
 */
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
  { width: 768, height: 1024 }
];

/** Elements drawn over a lecture's map, as the audience sees them. */
const OVERLAYS =
  '.stage [data-testid="present-date"], .stage [data-testid="caption"], .stage [data-testid="progress-mark"], .stage .legend, .stage .menu, .stage .maplibregl-ctrl';

interface Miss {
  scene: number;
  id: string;
  why: string;
}

/** The highlighted events of the scene on screen and what is wrong with each. */
async function checkScene(page: Page, scene: number): Promise<{ checked: number; misses: Miss[] }> {
  return page.evaluate(
    ({ scene, selector }) => {
      const { map, atlas } = window.__atlas!;
      const box = map.getContainer().getBoundingClientRect();
      const covers = [...document.querySelectorAll(selector)]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => ({ name: el.className || el.tagName, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0);
      const misses: { scene: number; id: string; why: string }[] = [];
      for (const id of atlas.highlightIds) {
        const e = atlas.events.find((x) => x.id === id);
        if (!e) {
          misses.push({ scene, id, why: 'not in the data' });
          continue;
        }
        const p = map.project([e.lon, e.lat]);
        const x = box.left + p.x;
        const y = box.top + p.y;
        if (x < box.left || x > box.right || y < box.top || y > box.bottom) {
          misses.push({ scene, id, why: `off screen at ${Math.round(x)},${Math.round(y)}` });
          continue;
        }
        const over = covers.find(
          ({ r }) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom
        );
        if (over) misses.push({ scene, id, why: `under ${String(over.name)}` });
      }
      return { checked: atlas.highlightIds.length, misses };
    },
    { scene, selector: OVERLAYS }
  );
}

async function lectureIds(page: Page): Promise<{ id: string; scenes: number }[]> {
  return page.evaluate(async () => {
    const stories = (await (await fetch('/data/stories.json')).json()) as {
      id: string;
      scenes: unknown[];
    }[];
    return stories.map((s) => ({ id: s.id, scenes: s.scenes.length }));
  });
}

for (const size of SIZES) {
  test(`every highlighted event of every scene is on screen and uncovered at ${size.width}×${size.height}`, async ({
    page
  }) => {
    test.setTimeout(900_000);
    await page.setViewportSize(size);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/present');
    const lectures = await lectureIds(page);
    expect(lectures.length).toBe(6);
    let checked = 0;
    let scenes = 0;
    const misses: (Miss & { lecture: string })[] = [];
    for (const { id, scenes: n } of lectures) {
      await page.goto(`/present/${id}?scene=1`);
      await settled(page);
      for (let s = 1; s <= n; s++) {
        if (s > 1) {
          await page.keyboard.press('ArrowRight');
          await settled(page, s);
        }
        const r = await checkScene(page, s);
        checked += r.checked;
        scenes++;
        misses.push(...r.misses.map((m) => ({ ...m, lecture: id })));
      }
    }
    console.log(
      `framing ${size.width}×${size.height}: ${scenes} scenes, ${checked} highlighted events checked, ${misses.length} covered or off screen`
    );
    for (const m of misses) console.log(`  ${m.lecture} scene ${m.scene}: ${m.id} ${m.why}`);
    expect(scenes).toBe(64);
    expect(checked).toBeGreaterThan(100);
    expect(misses).toEqual([]);
  });
}

/** Where an event's mark is on the page, and whether it is inside the map and clear of its overlays. */
async function placeOf(page: Page, id: string) {
  return page.evaluate((id) => {
    const { map, atlas } = window.__atlas!;
    const e = atlas.events.find((x) => x.id === id)!;
    const box = map.getContainer().getBoundingClientRect();
    const p = map.project([e.lon, e.lat]);
    const [x, y] = [box.left + p.x + e.dx, box.top + p.y + e.dy];
    const inMap = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
    const under = [
      ...document.querySelectorAll('[data-covers-map], .maplibregl-ctrl, .masthead > *')
    ].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    }).length;
    return { inMap, under, moving: map.isMoving() };
  }, id);
}

test('selecting an event off screen or under the header brings it into view', async ({ page }) => {
  // Far east at city zoom: Petrograd's events are off screen.
  await page.goto('/?t=1917-10-25&c=60,55&z=7');
  await mapIdle(page, { still: true });
  const target = 'petrograd-winter-palace-taken-1917-10-25';
  expect((await placeOf(page, target)).inMap).toBe(false);
  // From the list, by the keyboard: select it through the state as the list does.
  await page.evaluate((id) => window.__atlas!.atlas.select(id), target);
  // The glide may start at the map's next idle (tiles still loading): wait for where it ends.
  await expect
    .poll(() => placeOf(page, target))
    .toMatchObject({ inMap: true, under: 0, moving: false });

  // Under the header: put the event beneath the title, then pick it by the search box.
  await page.evaluate((id) => {
    const { map, atlas } = window.__atlas!;
    atlas.select(null);
    const e = atlas.events.find((x) => x.id === id)!;
    const h1 = document.querySelector('.masthead h1')!.getBoundingClientRect();
    const box = map.getContainer().getBoundingClientRect();
    const at = map.unproject([h1.left + 40 - box.left, (h1.top + h1.bottom) / 2 - box.top]);
    const c = map.getCenter();
    map.jumpTo({ center: [c.lng + (e.lon - at.lng), c.lat + (e.lat - at.lat)] });
  }, target);
  await mapIdle(page, { still: true });
  expect((await placeOf(page, target)).under).toBeGreaterThan(0);
  const title = await page.evaluate(
    (id) => window.__atlas!.atlas.events.find((e) => e.id === id)!.title,
    target
  );
  await page.getByRole('searchbox').fill(title);
  await page.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(new RegExp(`e=${target}`));
  // The glide may start at the map's next idle (tiles still loading): wait for where it ends.
  await expect
    .poll(() => placeOf(page, target))
    .toMatchObject({ inMap: true, under: 0, moving: false });
});

test('a link to an event shows it, with a jump under reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const id = await (async () => {
    await page.goto('/');
    await mapIdle(page);
    return page.evaluate(
      () => window.__atlas!.atlas.events.find((e) => e.place.startsWith('kronstadt'))!.id
    );
  })();
  await page.goto(`/?t=1921-03-07&c=40,48&z=6&e=${id}`);
  await mapIdle(page, { still: true });
  expect(await placeOf(page, id)).toMatchObject({ inMap: true, under: 0 });
});
