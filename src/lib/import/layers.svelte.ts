/**
 * The page's imported layers, kept in step with what this browser stores and with the atlas's
 * other tabs: restored at load (every layer that can be; those that cannot are named), added,
 * shown or hidden, removed. What one tab does is told to the others (`layer-sync.ts`), and a
 * change of a layer that another tab removed never brings it back.
 */
import { errorMessage } from '$lib/error-message';
import type { AtlasState, ImportedLayer } from '$lib/state/atlas-state.svelte';
import { loadLayer } from './importer';
import { LayerSync, type LayerChange } from './layer-sync';
import { deleteLayer, listLayers, updateLayerMeta, type LayerMeta } from './store';

/** A stored layer that could not be loaded, and why. */
export interface Unrestored {
  id: string;
  name: string;
  error: string;
}

export class ImportedLayers {
  /** Stored layers that could not be loaded (at the page's load, or when another tab added them). */
  unrestored = $state.raw<Unrestored[]>([]);
  /** Why the stored layers could not be read or changed, when that happened last. */
  storeError = $state<string | null>(null);

  private readonly sync: LayerSync;
  /** Layers being loaded, and those removed (here or in another tab) while they were. */
  private readonly loading = new Set<string>();
  private readonly removed = new Set<string>();

  constructor(private readonly atlas: AtlasState) {
    this.sync = new LayerSync((change) => void this.follow(change));
  }

  /** Loads every stored layer it can, in import order, then sets `atlas.importsRestored`. */
  async restore(): Promise<void> {
    try {
      const metas = (await listLayers()).sort((a, b) => a.importedAt.localeCompare(b.importedAt));
      for (const meta of metas) await this.load(meta);
    } catch (e) {
      this.storeError = errorMessage(e);
    } finally {
      this.atlas.importsRestored = true;
    }
  }

  /** A layer imported in this tab, drawn at once (stored or not: see `settled`). */
  add(layer: ImportedLayer): void {
    this.removed.delete(layer.meta.id);
    this.put(layer);
  }

  /**
   * The browser stored the layer (`notKept` absent), so the other tabs are told to load it, or
   * it did not, and the layer says so for as long as it is in the page.
   */
  settled(id: string, notKept?: string): void {
    if (notKept)
      this.atlas.imports = this.atlas.imports.map((l) =>
        l.meta.id === id ? { ...l, notKept } : l
      );
    else if (this.find(id)) this.sync.announce({ kind: 'added', id });
  }

  /** Shows or hides a layer, here, in storage and in the other tabs. */
  async setVisible(id: string, visible: boolean): Promise<void> {
    const layer = this.find(id);
    if (!layer || layer.meta.visible === visible) return;
    const meta: LayerMeta = { ...layer.meta, visible };
    this.replace(id, (l) => ({ ...l, meta }));
    if (layer.notKept) return;
    try {
      // False: another tab removed it, and this one had not heard yet.
      if (await updateLayerMeta(meta)) this.sync.announce({ kind: 'visible', id, visible });
      else this.drop(id);
    } catch (e) {
      this.storeError = errorMessage(e);
    }
  }

  /**
   * An import that did not finish (cancelled or failed): it leaves the page at once, and whatever
   * of it was stored is deleted. The other tabs never heard of it (see `settled`).
   */
  async discard(id: string): Promise<void> {
    this.removed.add(id);
    this.drop(id);
    try {
      await deleteLayer(id);
    } catch (e) {
      this.storeError = errorMessage(e);
    }
  }

  /**
   * Removes a layer from storage, then from the page and the other tabs: once it is gone from the
   * page it is gone for good, even if the page is reloaded at once. A layer that cannot be deleted
   * stays, with the reason.
   */
  async remove(id: string): Promise<void> {
    this.removed.add(id);
    try {
      await deleteLayer(id);
      this.drop(id);
      this.sync.announce({ kind: 'removed', id });
    } catch (e) {
      this.removed.delete(id);
      this.storeError = errorMessage(e);
    }
  }

  /** Stops hearing the other tabs. */
  close(): void {
    this.sync.close();
  }

  /** What another tab did. */
  private async follow(change: LayerChange): Promise<void> {
    const { id } = change;
    if (change.kind === 'removed') {
      this.removed.add(id);
      this.drop(id);
    } else if (change.kind === 'visible') {
      if (this.find(id)?.meta.visible === !change.visible)
        this.replace(id, (l) => ({ ...l, meta: { ...l.meta, visible: change.visible } }));
    } else if (!this.find(id) && !this.loading.has(id)) {
      this.removed.delete(id);
      try {
        const meta = (await listLayers()).find((m) => m.id === id);
        if (meta) await this.load(meta);
      } catch (e) {
        this.storeError = errorMessage(e);
      }
    }
  }

  /** Loads a stored layer into the page, unless it is there or was removed meanwhile. */
  private async load(meta: LayerMeta): Promise<void> {
    if (this.find(meta.id) || this.loading.has(meta.id)) return;
    this.loading.add(meta.id);
    try {
      const table = await loadLayer(meta.id, () => {}).result;
      if (!this.removed.has(meta.id)) this.put({ meta, table });
      this.unrestored = this.unrestored.filter((u) => u.id !== meta.id);
    } catch (e) {
      this.unrestored = [
        ...this.unrestored.filter((u) => u.id !== meta.id),
        { id: meta.id, name: meta.name, error: errorMessage(e) }
      ];
    } finally {
      this.loading.delete(meta.id);
    }
  }

  private find(id: string): ImportedLayer | undefined {
    return this.atlas.imports.find((l) => l.meta.id === id);
  }

  private replace(id: string, f: (l: ImportedLayer) => ImportedLayer) {
    this.atlas.imports = this.atlas.imports.map((l) => (l.meta.id === id ? f(l) : l));
    // The slider's span may have changed with the visible layers.
    this.atlas.setDay(this.atlas.day);
  }

  /** Puts a layer in the page in import order (or replaces the one with its id). */
  private put(layer: ImportedLayer) {
    const others = this.atlas.imports.filter((l) => l.meta.id !== layer.meta.id);
    const at = others.findIndex((l) => l.meta.importedAt > layer.meta.importedAt);
    this.atlas.imports =
      at < 0 ? [...others, layer] : [...others.slice(0, at), layer, ...others.slice(at)];
  }

  /** Takes a layer out of the page (and its event out of the selection). */
  private drop(id: string) {
    if (!this.find(id)) return;
    this.atlas.imports = this.atlas.imports.filter((l) => l.meta.id !== id);
    if (this.atlas.selectedId?.startsWith(`${id}-`)) this.atlas.select(null);
    this.atlas.setDay(this.atlas.day);
  }
}
