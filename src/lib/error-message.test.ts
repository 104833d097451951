import { describe, expect, it } from 'vitest';
import { errorMessage } from './error-message';

describe('errorMessage', () => {
  it('gives the message of an Error or a DOMException, as it is', () => {
    expect(errorMessage(new Error('x.csv has 1 column'))).toBe('x.csv has 1 column');
    expect(errorMessage(new TypeError(''))).toBe('');
    expect(errorMessage(new DOMException('quota exceeded', 'QuotaExceededError'))).toBe(
      'quota exceeded'
    );
  });

  it('turns any other thrown value into text without throwing', () => {
    expect(errorMessage('disk full')).toBe('disk full');
    expect(errorMessage(404)).toBe('404');
    expect(errorMessage(false)).toBe('false');
    // An IndexedDB request or transaction may fail with a null error.
    expect(errorMessage(null)).toBe('unknown error');
    expect(errorMessage(undefined)).toBe('unknown error');
    expect(errorMessage({ message: 7 })).toBe('unknown error');
    expect(errorMessage(Object.create(null))).toBe('unknown error');
    expect(errorMessage(Symbol('s'))).toBe('unknown error');
  });
});
