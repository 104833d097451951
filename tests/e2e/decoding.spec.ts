/**
 * A file's text is its best reading as a whole: one bad byte in a UTF-8 file is replaced and
 * reported by row and field (the Cyrillic around it stays Cyrillic and its rows are placed), and
 * Cyrillic UTF-16 without a byte-order mark is read as UTF-16.
 */
import { test, expect, mapIdle } from './fixtures';

const CSV = [
  'date,place,type,title',
  '1917-02-23,Петроград,strike,Забастовка текстильщиц',
  '1917-10-25,Петроград,seizure,Взятие Зимнего',
  '1917-11-02,Москва,battle,Бои в Москве',
  '1921-03-01,Кронштадт,demonstration,Митинг на Якорной площади'
].join('\n');

test('one bad byte in a UTF-8 file is replaced and named by row and field; every row is kept', async ({
  page
}) => {
  await page.goto('/');
  await mapIdle(page);
  const good = Buffer.from(CSV, 'utf8');
  const at = good.indexOf('Бои');
  const bytes = Buffer.concat([good.subarray(0, at), Buffer.from([0xff]), good.subarray(at)]);
  await page.getByTestId('import-input').setInputFiles({
    name: 'one-bad-byte.csv',
    mimeType: 'text/csv',
    buffer: bytes
  });
  const mapping = page.getByTestId('import-mapping');
  await expect(mapping).toContainText('one-bad-byte.csv: 4 rows, CSV, utf-8');
  await mapping.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('import-kept')).toHaveText('3 rows kept as they are');
  await expect(page.getByTestId('import-warned')).toHaveText('1 row kept with a note');
  await expect(page.getByTestId('import-dropped')).toHaveText('0 rows dropped');
  await page.getByText('Rows not imported or changed (1)').click();
  await expect(page.getByTestId('import-problems').getByRole('listitem')).toHaveText([
    /^Row 4, title: holds bytes that are not UTF-8/
  ]);
});

test('Cyrillic UTF-16 without a byte-order mark is read as UTF-16 and imported', async ({
  page
}) => {
  await page.goto('/');
  await mapIdle(page);
  await page.getByTestId('import-input').setInputFiles({
    name: 'utf16-no-bom.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV, 'utf16le')
  });
  const mapping = page.getByTestId('import-mapping');
  await expect(mapping).toContainText('utf16-no-bom.csv: 4 rows, CSV, utf-16le');
  await mapping.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('import-kept')).toHaveText('4 rows kept as they are');
  await expect(page.getByTestId('import-dropped')).toHaveText('0 rows dropped');
});
