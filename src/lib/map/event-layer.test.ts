import { describe, expect, it } from 'vitest';
import { buildMarks } from './event-layer';
import { MARK_HIDDEN, MARK_HIGHLIGHT } from './event-bits';

describe('buildMarks', () => {
  it('marks nothing with no highlights and no filter', () => {
    expect([...buildMarks(3, [], null)]).toEqual([0, 0, 0]);
  });

  it('hides what fails the filter and highlights the given events, both at once', () => {
    const marks = buildMarks(5, [1, 3], (i) => i % 2 === 0);
    expect([...marks]).toEqual([
      0,
      MARK_HIDDEN + MARK_HIGHLIGHT,
      0,
      MARK_HIDDEN + MARK_HIGHLIGHT,
      0
    ]);
  });

  it('ignores highlights that are not events of the batch (-1, or past its end)', () => {
    expect([...buildMarks(2, [-1, 2, 0], null)]).toEqual([MARK_HIGHLIGHT, 0]);
  });
});
