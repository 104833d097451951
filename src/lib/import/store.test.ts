import { describe, expect, it } from 'vitest';
import { storeError } from './store';

describe('storeError', () => {
  it('names a full quota plainly, keeping the browser’s words', () => {
    const e = storeError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(e).toBeInstanceOf(Error);
    expect(e.message).toBe(
      "this browser's storage for the atlas is full (The quota has been exceeded.)"
    );
  });

  it('turns a refused transaction (a null error) or a thrown non-Error into a readable Error', () => {
    expect(storeError(null).message).toBe('the browser refused to store it');
    expect(storeError(undefined, 'the request failed').message).toBe('the request failed');
    expect(storeError('disk busy').message).toBe('disk busy');
    expect(storeError({ message: 7 }).message).toBe('unknown error');
    expect(storeError(new DOMException('', 'AbortError')).message).toBe('AbortError');
    expect(
      storeError(new Error('Data provided to an operation does not meet requirements')).message
    ).toBe('Data provided to an operation does not meet requirements');
  });
});
