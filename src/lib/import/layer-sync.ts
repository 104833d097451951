/**
 * Tells the atlas's other tabs (same origin, same browser profile) what became of an imported
 * layer in this one: added (stored, so they can load it), shown or hidden, removed. A message
 * from another tab is input like any other: one of another shape is ignored.
 */

/** What a tab says about one of its layers. */
export type LayerChange =
  | { kind: 'added'; id: string }
  | { kind: 'visible'; id: string; visible: boolean }
  | { kind: 'removed'; id: string };

/** The channel's name: every tab of the atlas on this origin listens on it. */
export const LAYER_CHANNEL = 'revolution-atlas-layers';

/** A layer id as the importer makes them (`imp` and a base-36 time), or any short word. */
const LAYER_ID = /^[\w-]{1,100}$/;

/** The message as a change, or null when it is not one. */
export function readLayerChange(data: unknown): LayerChange | null {
  if (typeof data !== 'object' || data === null) return null;
  const { kind, id, visible } = data as Record<string, unknown>;
  if (typeof id !== 'string' || !LAYER_ID.test(id)) return null;
  if (kind === 'added' || kind === 'removed') return { kind, id };
  if (kind === 'visible' && typeof visible === 'boolean') return { kind, id, visible };
  return null;
}

/** One tab's end of the channel. Where `BroadcastChannel` is missing, it says and hears nothing. */
export class LayerSync {
  private readonly channel: BroadcastChannel | null;

  constructor(onChange: (change: LayerChange) => void) {
    this.channel =
      typeof BroadcastChannel === 'function' ? new BroadcastChannel(LAYER_CHANNEL) : null;
    if (this.channel)
      this.channel.onmessage = (e: MessageEvent) => {
        const change = readLayerChange(e.data);
        if (change) onChange(change);
      };
  }

  /** Tells the other tabs (this tab does not hear its own message). */
  announce(change: LayerChange): void {
    this.channel?.postMessage(change);
  }

  close(): void {
    this.channel?.close();
  }
}
