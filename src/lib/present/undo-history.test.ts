import { describe, expect, it } from 'vitest';
import { UndoHistory } from './undo-history';

describe('UndoHistory', () => {
  it('undoes and redoes steps, and a new change drops what could be redone', () => {
    const h = new UndoHistory('a');
    h.commit('b');
    h.commit('c');
    expect(h.undo()).toBe('b');
    expect(h.undo()).toBe('a');
    expect(h.undo()).toBeNull();
    expect(h.redo()).toBe('b');
    h.commit('x');
    expect(h.canRedo).toBe(false);
    expect(h.undo()).toBe('b');
  });

  it('joins quick changes of one group into one step, and not slow ones', () => {
    let t = 0;
    const h = new UndoHistory('', 200, 1000, () => t);
    for (const v of ['T', 'Ti', 'Tit', 'Title']) {
      t += 100;
      h.commit(v, 'title');
    }
    t += 5000;
    h.commit('Title!', 'title');
    h.commit('caption', 'caption');
    expect(h.undo()).toBe('Title!');
    expect(h.undo()).toBe('Title');
    expect(h.undo()).toBe('');
    expect(h.canUndo).toBe(false);
  });
});
