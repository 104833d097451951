/**
 * Keeps the audience window and the presenter window on the same scene, both ways, over a
 * BroadcastChannel named for the story. Only local actions are sent, so nothing echoes. The
 * presenter says `hello` when it opens; the audience window then sends a picture of what the room
 * sees (`frame`, a JPEG data URL) about once a second. `skip` ends the scene's animation.
 */
export type SyncMessage =
  | { kind: 'goto'; scene: number }
  | { kind: 'black'; on: boolean }
  | { kind: 'hello' }
  | { kind: 'skip' }
  | { kind: 'frame'; image: string };

export interface SceneSync {
  send(m: SyncMessage): void;
  close(): void;
}

export function sceneSync(storyId: string, onMessage: (m: SyncMessage) => void): SceneSync {
  if (typeof BroadcastChannel === 'undefined') return { send() {}, close() {} };
  const channel = new BroadcastChannel(`revolution-atlas:present:${storyId}`);
  channel.onmessage = (e: MessageEvent<SyncMessage>) => onMessage(e.data);
  return { send: (m) => channel.postMessage(m), close: () => channel.close() };
}
