/**
 * What to tell the user about something thrown. A `catch` may receive anything: an Error, a
 * DOMException, a string, or null (an IndexedDB request or transaction that fails without an
 * error), so the message of a thrown value is read only through this.
 */
export function errorMessage(thrown: unknown): string {
  if (typeof thrown === 'string') return thrown;
  if (typeof thrown === 'object' && thrown !== null) {
    const message = (thrown as { message?: unknown }).message;
    if (typeof message === 'string') return message;
  }
  if (typeof thrown === 'number' || typeof thrown === 'boolean' || typeof thrown === 'bigint')
    return String(thrown);
  return 'unknown error';
}
