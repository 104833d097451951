/**
 * Every link renders a working atlas: repeated, contradictory and unknown values are normalised
 * with one notice naming them — never a thrown error, an empty panel, or a URL that stops
 * following the view. Also a few hundred random views, rendered, not only parsed.
 */
import fc from 'fast-check';
import { test, expect, mapIdle } from './fixtures';

const rows = (page: import('@playwright/test').Page) =>
  page.getByTestId('event-list').getByRole('option');

for (const [query, named, chip] of [
  ['place=petrograd&place=petrograd', '"place" repeats petrograd', 'Place: Petrograd'],
  ['place=petrograd|petrograd', '"place" repeats petrograd', 'Place: Petrograd'],
  ['src=tabor-2017|tabor-2017', '"src" repeats tabor-2017', 'Source: Tabor'],
  [
    'actor=Petrograd%20workers&actor=Petrograd%20workers',
    '"actor" repeats Petrograd workers',
    'Actor: Petrograd workers'
  ]
] as const) {
  test(`a repeated filter value (${query}) is used once, named, and the atlas works`, async ({
    page
  }) => {
    await page.goto(`/?t=1917-03-08&${query}`);
    await mapIdle(page);
    const notice = page.getByTestId('link-notice');
    await expect(notice).toContainText(named);
    await expect(page.getByTestId('filter-chips').getByRole('listitem')).toHaveCount(1);
    await expect(page.getByTestId('filter-chips')).toContainText(chip);
    expect(await rows(page).count()).toBeGreaterThan(0);
    // The URL still follows the slider, and now says each value once.
    await page.getByTestId('time-slider').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/t=1917-03-09/);
    const url = new URL(page.url());
    const values = [...url.searchParams.entries()].filter(([k]) =>
      ['place', 'src', 'actor'].includes(k)
    );
    expect(values).toHaveLength(1);
    expect(values[0][1].split('|')).toHaveLength(1);
  });
}

test('an unknown area, event, place and source are dropped with one notice naming each', async ({
  page
}) => {
  await page.goto('/?t=1917-03-08&area=no-such-area&e=no-such-event&place=atlantis&src=nobody');
  await mapIdle(page);
  const notice = page.getByTestId('link-notice');
  await expect(notice).toContainText('no area "no-such-area" in this data version');
  await expect(notice).toContainText('no event "no-such-event" in this data version');
  await expect(notice).toContainText('no place "atlantis"');
  await expect(notice).toContainText('no source "nobody"');
  await expect(page.getByTestId('link-notice')).toHaveCount(1);
  // The side panel shows the legend and the day's events, not an empty area panel.
  await expect(page.getByTestId('legend')).toBeVisible();
  expect(await rows(page).count()).toBeGreaterThan(0);
  await expect(page).not.toHaveURL(/area=|e=|place=|src=/);
});

test('a key given twice with different values: the first is used and the other named', async ({
  page
}) => {
  await page.goto('/?t=1917-03-08&t=1921-03-01');
  await mapIdle(page);
  await expect(page.getByTestId('link-notice')).toContainText(
    '"t" is given more than once (1921-03-01); using "1917-03-08"'
  );
  await expect(page.getByTestId('current-date')).toContainText('1917');
});

test('random views render: no page error, and the side panel never empty (200 views)', async ({
  page
}) => {
  test.setTimeout(600_000);
  await page.goto('/');
  await mapIdle(page);
  const value = fc.oneof(
    fc.constantFrom('petrograd', 'moscow', 'kronstadt', 'tambov-province', 'ukraine', 'x', ''),
    fc.constantFrom('1917-03-08', '1921-03-01', '1905-01-22', '1917-02-30', 'abc', '99999-01-01'),
    fc.constantFrom('window', 'cumulative', 'instant', 'fast', '7', '-1', '1e9', 'NaN'),
    fc.string({ maxLength: 12 })
  );
  const key = fc.constantFrom(
    't',
    'mode',
    'w',
    'e',
    'area',
    'place',
    'actor',
    'src',
    'hide',
    'cal',
    'lang',
    'z',
    'c',
    'span',
    'speed',
    'scene'
  );
  const queries = fc.sample(
    fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 6 }).map((pairs) => {
      const p = new URLSearchParams();
      for (const [k, v] of pairs) p.append(k, v);
      return p.toString();
    }),
    { numRuns: 200, seed: 1921 }
  );
  for (const q of queries) {
    // As Back/Forward does: the URL changes under the page, which reads it again.
    await page.evaluate((search) => {
      history.pushState({}, '', `?${search}`);
      dispatchEvent(new PopStateEvent('popstate'));
    }, q);
    const panel = page.locator('aside');
    await expect(
      panel
        .getByTestId('legend')
        .or(panel.getByTestId('event-panel'))
        .or(panel.getByTestId('area-panel'))
        .first(),
      q
    ).toBeVisible();
    await expect(
      panel
        .getByTestId('event-list')
        .or(panel.locator('.empty'))
        .or(panel.getByTestId('event-panel'))
        .or(panel.getByTestId('area-panel'))
        .first(),
      q
    ).toBeVisible();
  }
});
