import { ObjectIds } from "./object-ids.ts";

/**
 * The latest value per slot, made again only when its key changes: for views the dev server keeps between saves,
 * so that unchanged views stay the same objects and their fingerprints are already known.
 */
export class SlotMemo {
  /** Numbers for the objects keys are made of. */
  readonly ids = new ObjectIds();
  private readonly slots = new Map<string, { key: string; value: unknown }>();

  /** The slot's value from last time when `key` is the same, else a fresh one from `make`. */
  get<T>(slot: string, key: string, make: () => T): T {
    const known = this.slots.get(slot);
    if (known?.key === key) return known.value as T;
    const value = make();
    this.slots.set(slot, { key, value });
    return value;
  }
}
