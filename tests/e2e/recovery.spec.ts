import { test, expect, mapIdle } from './fixtures';

test('a file dropped on the map and refused is shown and announced where the user looks', async ({
  page
}) => {
  await page.goto('/?t=1917-03-08');
  await mapIdle(page);
  const panel = page.locator('details.imports');
  await expect(panel).not.toHaveAttribute('open');
  // A PDF dropped on the map, as a file manager drops it.
  const transfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    const pdf = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n';
    dt.items.add(new File([pdf], 'report.pdf', { type: 'application/pdf' }));
    return dt;
  });
  const map = page.locator('.maplibregl-canvas');
  await map.dispatchEvent('dragover', { dataTransfer: transfer });
  await map.dispatchEvent('drop', { dataTransfer: transfer });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/^Cannot import: report\.pdf is a PDF document, not a table/);
  await expect(alert).toBeVisible();
  await expect(alert).toBeInViewport();
  await expect(alert).toBeFocused();
  await expect(panel).toHaveAttribute('open');

  // A file that is read afterwards is no longer an alert.
  await page.getByTestId('import-input').setInputFiles({
    name: 'events.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('date,lat,lon,title\n1917-03-08,59.94,30.31,Strike\n')
  });
  await expect(page.getByTestId('import-mapping')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a lost WebGL context that never comes back says so and offers a reload', async ({ page }) => {
  await page.goto('/?t=1921-03-07&mode=instant&z=6&c=30,59.9');
  await mapIdle(page);
  const before = page.url();
  await page.evaluate(async () => {
    const { map, overlay } = window.__atlas!;
    const canvases = [map.getCanvas(), overlay.canvas];
    const lost = canvases.map(
      (c) => new Promise((r) => c.addEventListener('webglcontextlost', r, { once: true }))
    );
    // Lost and never restored (no restoreContext()).
    for (const c of canvases)
      c.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext();
    await Promise.all(lost);
  });
  const notice = page.getByTestId('map-lost');
  await expect(notice).toHaveRole('alert');
  await expect(notice).toContainText('The map stopped drawing');
  // The reload draws the same view: the address holds it.
  await notice.getByRole('button', { name: 'Reload' }).click();
  await page.waitForURL(before);
  await mapIdle(page);
  await expect(page.getByTestId('map-lost')).toHaveCount(0);
});
