/**
 * Cancellation as an error of its own kind: a cancelled import or recording rejects with an
 * AbortError, which callers tell apart by its name, as they do the platform's own (fetch,
 * `AbortSignal.throwIfAborted()` throw a DOMException named `AbortError`), never by its message.
 */

const ABORT_ERROR = 'AbortError';

/** The error a cancelled operation rejects with. */
export function createAbortError(): Error {
  const error = new Error('cancelled');
  error.name = ABORT_ERROR;
  return error;
}

/** True for a cancellation: ours or the platform's; false for anything else thrown, null included. */
export function isAbortError(thrown: unknown): boolean {
  return (
    typeof thrown === 'object' &&
    thrown !== null &&
    (thrown as { name?: unknown }).name === ABORT_ERROR
  );
}
