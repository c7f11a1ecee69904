/**
 * Undo and redo over whole feeds (each edit makes a new immutable root, so a step is one pointer). Keystrokes in
 * one field make one step: an edit with the same `mergeKey` as the previous one replaces it.
 */
export class History<T> {
  private past: T[] = [];
  private future: T[] = [];
  private lastMergeKey: string | undefined;

  constructor(
    public present: T,
    private readonly limit = 200,
  ) {}

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  commit(next: T, mergeKey?: string): void {
    if (next === this.present) return;
    if (mergeKey === undefined || mergeKey !== this.lastMergeKey || this.past.length === 0) {
      this.past.push(this.present);
      if (this.past.length > this.limit) this.past.shift();
    }
    this.present = next;
    this.future = [];
    this.lastMergeKey = mergeKey;
  }

  undo(): T {
    const previous = this.past.pop();
    if (previous !== undefined) {
      this.future.push(this.present);
      this.present = previous;
    }
    this.lastMergeKey = undefined;
    return this.present;
  }

  redo(): T {
    const next = this.future.pop();
    if (next !== undefined) {
      this.past.push(this.present);
      this.present = next;
    }
    this.lastMergeKey = undefined;
    return this.present;
  }
}
