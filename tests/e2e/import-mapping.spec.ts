import { test, expect, mapIdle } from './fixtures';
import { dayFromYmd } from '../../src/lib/time/days';

/** Sets a file on the import input, as choosing it in the file picker does. */
async function choose(page: import('@playwright/test').Page, name: string, text: string) {
  await page.getByTestId('import-input').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text)
  });
}

test('the mapping step says per field how many rows it reads, and what Import still needs', async ({
  page
}) => {
  await page.goto('/');
  await mapIdle(page);
  // Nothing here is called "date": Import waits, and says why.
  await choose(
    page,
    'uprisings.csv',
    'when it happened,city,kind\n1917-03-08,Petrograd,strike\nspring,Moscow,rising\n1918-07-06,Atlantis,rising\n1919,Kiev,picnic\n'
  );
  const form = page.getByTestId('import-mapping');
  const go = form.getByRole('button', { name: 'Import' });
  await expect(go).toBeDisabled();
  await expect(page.getByTestId('import-missing')).toHaveText(
    'Choose the column that holds the date (or the year).'
  );
  await form.getByLabel('Date (start)').selectOption({ label: 'when it happened' });
  await expect(page.getByTestId('import-missing')).toHaveCount(0);
  await expect(go).toBeEnabled();
  await expect(page.getByTestId('import-status-date')).toContainText(
    'reads 3 of 4 rows tried; row 3:'
  );
  await expect(page.getByTestId('import-status-place')).toContainText(
    'reads 3 of 4 rows tried; row 4: "Atlantis" is not in the gazetteer'
  );
  await expect(page.getByTestId('import-status-type')).toContainText('1 kept with a note');
  await expect(page.getByTestId('import-tried')).toHaveText(
    'Tried on all 4 rows: 2 would be kept (1 with a note), 2 dropped.'
  );
});

test('the slider widens to imported events outside 1905–1921 and back; events beyond the map are listed', async ({
  page
}) => {
  await page.goto('/?t=1917-06-15');
  await mapIdle(page);
  const slider = page.getByTestId('time-slider');
  const max = () => slider.getAttribute('max');
  const min = () => slider.getAttribute('min');
  const before = [await min(), await max()];
  expect(before).toEqual([String(dayFromYmd(1905, 1, 1)), String(dayFromYmd(1921, 12, 31))]);

  await choose(
    page,
    'wider.csv',
    'date,title,lat,lon\n1899-05-01,May Day,59.94,30.31\n1917-03-08,Petrograd strike,59.94,30.31\n1936-07-19,Barcelona rising,41.39,2.17\n'
  );
  await page.getByTestId('import-mapping').getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('import-outside-period')).toHaveText(
    '2 events fall outside 1905–1921: the slider now runs 1899–1936 while this layer is shown.'
  );
  expect([await min(), await max()]).toEqual([
    String(dayFromYmd(1899, 5, 1)),
    String(dayFromYmd(1936, 7, 19))
  ]);
  const offMap = page.getByTestId('import-off-map');
  await offMap.getByText('1 events lie beyond the map (listed here)').click();
  await offMap.getByRole('button', { name: 'Barcelona rising' }).click();
  await expect(page.getByTestId('event-panel').getByRole('heading', { level: 2 })).toHaveText(
    'Barcelona rising'
  );

  // Hidden, the layer gives the slider back its own span.
  await page.getByTestId('import-layers').getByRole('checkbox').uncheck();
  expect([await min(), await max()]).toEqual(before);
});

test('importing the same file again asks: replace, add as new, or cancel', async ({ page }) => {
  await page.goto('/?t=1917-06-15');
  await mapIdle(page);
  const csv = 'date,place,title\n1917-03-08,Petrograd,A strike\n1917-03-09,Moscow,Another\n';
  await choose(page, 'twice.csv', csv);
  await page.getByTestId('import-mapping').getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('import-message')).toContainText('2 events imported');

  await choose(page, 'twice.csv', csv);
  const same = page.getByTestId('import-same');
  await expect(same).toContainText('twice.csv was already imported as “twice”.');
  await same.getByRole('button', { name: 'Replace that layer' }).click();
  await expect(page.getByTestId('import-message')).toContainText('2 events imported');
  await expect(page.getByTestId('import-layers').getByRole('listitem')).toHaveCount(1);

  await choose(page, 'twice.csv', csv);
  await same.getByRole('button', { name: 'Add as a new layer' }).click();
  await page.getByTestId('import-mapping').getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('import-layers').getByRole('listitem')).toHaveCount(2);

  await choose(page, 'twice.csv', csv);
  await same.getByRole('button', { name: 'Cancel' }).click();
  await expect(same).toHaveCount(0);
  await expect(page.getByTestId('import-mapping')).toHaveCount(0);
  await expect(page.getByTestId('import-layers').getByRole('listitem')).toHaveCount(2);
});
