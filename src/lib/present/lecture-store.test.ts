import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  deleteLecture,
  getLecture,
  LectureSaver,
  lectureKey,
  listLectures,
  type LectureRecord,
  type SaveState
} from './lecture-store';
import { newLecture } from './lecture-edit';

const record = (title: string): LectureRecord => ({
  key: lectureKey(),
  file: newLecture(title, 'A summary.'),
  updated: ''
});

describe('LectureSaver', () => {
  it('keeps the last of quick changes once, and lists it', async () => {
    const states: SaveState['kind'][] = [];
    const puts: string[] = [];
    const saver = new LectureSaver(
      (s) => states.push(s.kind),
      50,
      async (r) => {
        puts.push(r.file.front.title);
        const { putLecture } = await import('./lecture-store');
        await putLecture(r);
      }
    );
    const r = record('Draft');
    for (const title of ['D', 'Dr', 'Draft one'])
      saver.schedule({ ...r, file: { ...r.file, front: { ...r.file.front, title } } });
    await saver.flush();
    expect(puts).toEqual(['Draft one']);
    expect(states.at(-1)).toBe('saved');
    const kept = await getLecture(r.key);
    expect(kept?.file.front.title).toBe('Draft one');
    expect((await listLectures()).map((l) => l.key)).toContain(r.key);
    await deleteLecture(r.key);
    expect(await getLecture(r.key)).toBeUndefined();
  });

  it('reports a failed save as its state, and saves it on the next flush', async () => {
    const states: SaveState[] = [];
    let fail = true;
    const kept: string[] = [];
    const saver = new LectureSaver(
      (s) => states.push(s),
      1000,
      async (r) => {
        if (fail) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        kept.push(r.file.front.title);
      }
    );
    saver.schedule(record('Kept after all'));
    await expect(saver.flush()).resolves.toBeUndefined();
    expect(states.at(-1)).toEqual({ kind: 'failed', error: 'The quota has been exceeded.' });
    fail = false;
    await saver.flush();
    expect(kept).toEqual(['Kept after all']);
    expect(states.at(-1)?.kind).toBe('saved');
  });
});
