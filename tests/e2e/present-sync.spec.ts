import { test, expect, mapIdle, lecture } from './fixtures';

/** Messages no lecture window sends: each must be ignored by both windows. */
const MALFORMED: unknown[] = [
  { kind: 'goto', scene: 'abc' },
  { kind: 'goto', scene: 2.5 },
  { kind: 'goto', scene: null },
  { kind: 'goto' },
  { kind: 'goto', scene: 0 },
  { kind: 'goto', scene: 999 },
  { kind: 'goto', scene: -3 },
  { kind: 'goto', scene: '3' },
  { kind: 'black', on: 'yes' },
  { kind: 'black' },
  { kind: 'explode', scene: 3 },
  { kind: '__proto__' },
  null,
  'goto',
  42,
  [{ kind: 'goto', scene: 3 }]
];

test('malformed messages between the lecture windows are ignored by both', async ({
  page,
  context
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/present/tambov?scene=2');
  await mapIdle(page);
  const { scenes } = await lecture(page, 'tambov');
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await presenter.waitForLoadState();
  await expect(presenter.getByTestId('presenter-scene')).toHaveText('2');
  const presenterErrors: string[] = [];
  presenter.on('pageerror', (e) => presenterErrors.push(e.message));

  // Posted on the lecture's channel from a third window of the same site, then one good message:
  // a channel delivers in order, so once the good one has arrived the bad ones have too.
  const stranger = await context.newPage();
  await stranger.goto('/present');
  await stranger.evaluate((messages) => {
    const channel = new BroadcastChannel('revolution-atlas:present:tambov');
    for (const m of messages) channel.postMessage(m);
    channel.close();
  }, MALFORMED);
  await stranger.evaluate(() => {
    const channel = new BroadcastChannel('revolution-atlas:present:tambov');
    channel.postMessage({ kind: 'goto', scene: 4 });
    channel.close();
  });

  await expect(page).toHaveURL(/[?&]scene=4(&|$)/);
  await expect(page.getByTestId('caption').getByRole('heading')).toHaveText(scenes[3].title);
  await expect(page.getByTestId('caption')).toContainText(scenes[3].caption);
  await expect(page.getByTestId('progress-mark')).toHaveText(`4 / ${scenes.length}`);
  await expect(page.getByTestId('blackout')).toHaveCount(0);
  await expect(presenter.getByTestId('presenter-scene')).toHaveText('4');
  await expect(presenter.getByTestId('presenter')).toContainText(scenes[3].caption);
  expect(presenter.url()).toMatch(/[?&]scene=4(&|$)/);
  expect(page.url()).not.toContain('NaN');

  // Both windows still drive each other.
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByTestId('presenter-scene')).toHaveText('5');
  expect(presenterErrors).toEqual([]);
  await stranger.close();
  await presenter.close();
});
