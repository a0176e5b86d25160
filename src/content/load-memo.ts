import { ObjectIds } from "../render/object-ids.ts";
import type { ContentError } from "./content-error.ts";

interface Remembered {
  value: unknown;
  errors: ContentError[];
}

/**
 * Results of earlier loads, kept while their inputs are the very same objects: the dev server keeps one memo between
 * saves, and its reader hands out the same bytes for a file that did not change, so only edited files are parsed,
 * validated and rendered again, and unchanged pages keep their identity (which makes fingerprinting them cheap).
 */
export class LoadMemo {
  /** Numbers for the objects keys are made of. */
  readonly ids = new ObjectIds();
  private readonly results = new WeakMap<object, Map<string, Remembered>>();
  private readonly slots = new Map<string, Remembered & { dependencies: string }>();

  /** Runs `compute` once per owner object and key; later calls return its result and report its errors again. */
  remember<T>(owner: object, key: string, errors: ContentError[], compute: (errors: ContentError[]) => T): T {
    const known = this.recall(owner, key, errors);
    if (known) return known.value as T;
    const own: ContentError[] = [];
    return this.store(owner, key, compute(own), own, errors);
  }

  /** Like `remember`, for a computation that is asynchronous. */
  async rememberAsync<T>(owner: object, key: string, errors: ContentError[], compute: (errors: ContentError[]) => Promise<T>): Promise<T> {
    const known = this.recall(owner, key, errors);
    if (known) return known.value as T;
    const own: ContentError[] = [];
    return this.store(owner, key, await compute(own), own, errors);
  }

  /**
   * Keeps only the latest result per slot: recomputes when `dependencies` differ from last time. For results that
   * depend on many files at once, such as all episodes.
   */
  async latest<T>(slot: string, dependencies: string, errors: ContentError[], compute: (errors: ContentError[]) => Promise<T>): Promise<T> {
    const known = this.slots.get(slot);
    if (known?.dependencies === dependencies) {
      errors.push(...known.errors);
      return known.value as T;
    }
    const own: ContentError[] = [];
    const value = await compute(own);
    errors.push(...own);
    this.slots.set(slot, { dependencies, value, errors: own });
    return value;
  }


  private recall(owner: object, key: string, errors: ContentError[]): Remembered | undefined {
    const known = this.results.get(owner)?.get(key);
    if (known) errors.push(...known.errors);
    return known;
  }

  private store<T>(owner: object, key: string, value: T, own: ContentError[], errors: ContentError[]): T {
    errors.push(...own);
    const byKey = this.results.get(owner) ?? new Map<string, Remembered>();
    byKey.set(key, { value, errors: own });
    this.results.set(owner, byKey);
    return value;
  }
}
