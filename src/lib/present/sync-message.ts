/**
 * What may arrive on a lecture's channel (./sync.ts), checked like any other input: another
 * window, an old tab or a stray script can post anything there. A message is kept only if its
 * kind is known and its fields have the right type and range; anything else is `null`, to be
 * ignored, so a bad message can neither throw nor move the lecture to a scene that does not exist.
 */
import type { SyncMessage } from './sync';

type Check = (m: Record<string, unknown>, scenes: number) => SyncMessage | null;

/** One check per kind: a new kind of message is one more row. */
const CHECKS: Record<string, Check> = {
  goto: (m, scenes) =>
    Number.isInteger(m.scene) && (m.scene as number) >= 1 && (m.scene as number) <= scenes
      ? { kind: 'goto', scene: m.scene as number }
      : null,
  black: (m) => (typeof m.on === 'boolean' ? { kind: 'black', on: m.on } : null),
  hello: () => ({ kind: 'hello' }),
  skip: () => ({ kind: 'skip' }),
  /** A picture of the room: a JPEG data URL of at most 2 MB (see room-picture.ts). */
  frame: (m) =>
    typeof m.image === 'string' &&
    m.image.startsWith('data:image/jpeg;base64,') &&
    m.image.length <= 2_000_000
      ? { kind: 'frame', image: m.image }
      : null
};

/** `data` as a message for a lecture of `scenes` scenes, or `null` if it is not a valid one. */
export function parseSyncMessage(data: unknown, scenes: number): SyncMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const m = data as Record<string, unknown>;
  const kind = m.kind;
  if (typeof kind !== 'string' || !Object.hasOwn(CHECKS, kind)) return null;
  return CHECKS[kind](m, scenes);
}
