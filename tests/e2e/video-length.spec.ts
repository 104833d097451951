import { readFileSync } from 'node:fs';
import { test, expect, mapIdle } from './fixtures';

/** An EBML element: its id, where its data starts and how long it is. */
interface Element {
  id: number;
  start: number;
  size: number;
}

/** Reads an EBML variable-length integer at `at`: its value (the marker bit kept for ids) and length. */
function vint(b: Buffer, at: number, keepMarker: boolean): { value: number; length: number } {
  const first = b[at];
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
  if (length > 8) throw new Error(`bad EBML length at byte ${at}`);
  let value = keepMarker ? first : first & (0xff >> length);
  for (let i = 1; i < length; i++) value = value * 256 + b[at + i];
  return { value, length };
}

/** The child elements of the data from `start` to `end`. */
function children(b: Buffer, start: number, end: number): Element[] {
  const out: Element[] = [];
  for (let at = start; at < end;) {
    const id = vint(b, at, true);
    const size = vint(b, at + id.length, false);
    const dataStart = at + id.length + size.length;
    out.push({ id: id.value, start: dataStart, size: size.value });
    at = dataStart + size.value;
  }
  return out;
}

/** The duration a WebM file states in its Segment Info, in seconds. */
function webmDuration(b: Buffer): number {
  const segment = children(b, 0, b.length).find((e) => e.id === 0x18538067);
  if (!segment) throw new Error('no Segment');
  const info = children(b, segment.start, segment.start + segment.size).find(
    (e) => e.id === 0x1549a966
  );
  if (!info) throw new Error('no Segment Info');
  const fields = children(b, info.start, info.start + info.size);
  const scale = fields.find((e) => e.id === 0x2ad7b1);
  const duration = fields.find((e) => e.id === 0x4489);
  if (!duration) throw new Error('no Duration in the Segment Info');
  const ticks =
    duration.size === 4 ? b.readFloatBE(duration.start) : b.readDoubleBE(duration.start);
  const nsPerTick = scale ? b.readUIntBE(scale.start, scale.size) : 1_000_000;
  return (ticks * nsPerTick) / 1e9;
}

test('a video lasts what was planned, however long the machine takes to draw it', async ({
  page
}) => {
  // The encoder runs in software on a shared machine: recording 4 s of video may take minutes.
  test.setTimeout(600_000);
  await page.goto('/?t=1921-03-18&mode=window&w=30');
  await mapIdle(page);
  // The month video: the 31 days up to the slider's date at 8 days a second, 12 frames a second,
  // so ceil(31 / 8 × 12) + 1 = 48 frames, 4 s.
  const planned = (Math.ceil((31 / 8) * 12) + 1) / 12;
  expect(planned).toBe(4);
  await page.getByTestId('export-menu').locator('summary').click();
  const t0 = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Video: the month up to this date' }).click()
  ]);
  const bytes = readFileSync((await download.path())!);
  test.info().annotations.push({
    type: 'recording took (s), for a 4 s video',
    description: ((Date.now() - t0) / 1000).toFixed(1)
  });
  expect(bytes.readUInt32BE(0)).toBe(0x1a45dfa3); // EBML: a Matroska/WebM file
  expect(bytes.length).toBeGreaterThan(20_000);
  expect(webmDuration(bytes)).toBeCloseTo(planned, 2);

  // The browser reads the same length, and the frames are the map's size.
  const video = await page.evaluate(async (b64) => {
    const v = document.createElement('video');
    v.src = `data:video/webm;base64,${b64}`;
    await new Promise(
      (r, j) => ((v.onloadedmetadata = r), (v.onerror = () => j(new Error('not playable'))))
    );
    return { duration: v.duration, width: v.videoWidth, height: v.videoHeight };
  }, bytes.toString('base64'));
  expect(video.duration).toBeCloseTo(planned, 2);
  expect([video.width, video.height]).toEqual([1280, 720]);
  await expect(page.getByTestId('export-message')).toContainText('.webm');
});
