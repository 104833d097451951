import { describe, expect, it } from 'vitest';
import { createAbortError, isAbortError } from './abort';

describe('abort errors', () => {
  it('tells a cancellation from other errors by its name', () => {
    expect(isAbortError(createAbortError())).toBe(true);
    expect(createAbortError()).toBeInstanceOf(Error);
    // The platform's own, e.g. from AbortSignal.throwIfAborted().
    expect(isAbortError(new DOMException('stopped', 'AbortError'))).toBe(true);
    const controller = new AbortController();
    controller.abort();
    expect(isAbortError(controller.signal.reason)).toBe(true);
  });

  it('is false for any other thrown value, whatever its message says', () => {
    for (const thrown of [new Error('cancelled'), 'AbortError', null, undefined, 0, {}])
      expect(isAbortError(thrown)).toBe(false);
  });
});
