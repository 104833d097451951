/**
 * Undo and redo over immutable values. Changes with the same `group` made in quick succession
 * (typing in one field) are one step, so undo takes back a word or a phrase, not a key.
 */
export class UndoHistory<T> {
  #past: T[] = [];
  #future: T[] = [];
  #group: string | null = null;
  #at = 0;

  constructor(
    public present: T,
    private limit = 200,
    private window = 1000,
    private now: () => number = Date.now
  ) {}

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /** Makes `next` the present; `group` joins it to the previous change of the same group. */
  commit(next: T, group: string | null = null): void {
    const t = this.now();
    const joins = group !== null && group === this.#group && t - this.#at < this.window;
    if (!joins) {
      this.#past.push(this.present);
      if (this.#past.length > this.limit) this.#past.shift();
    }
    this.present = next;
    this.#future = [];
    this.#group = group;
    this.#at = t;
  }

  undo(): T | null {
    const prev = this.#past.pop();
    if (prev === undefined) return null;
    this.#future.push(this.present);
    this.present = prev;
    this.#group = null;
    return prev;
  }

  redo(): T | null {
    const next = this.#future.pop();
    if (next === undefined) return null;
    this.#past.push(this.present);
    this.present = next;
    this.#group = null;
    return next;
  }
}
