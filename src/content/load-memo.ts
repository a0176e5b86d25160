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
  /** Numbers for the objects keys are made of, given on first sight. */
  readonly ids = { idOf: (value: object): number => this.idOf(value) };
  private readonly results = new WeakMap<object, Map<string, Remembered>>();
  private readonly slots = new Map<string, { key: string; value: Remembered }>();
  private readonly numbers = new WeakMap<object, number>();
  private next = 0;

  /** Runs `compute` once per owner object and key; later calls return its result and report its errors again. */
  remember<T>(owner: object, key: string, errors: ContentError[], compute: (errors: ContentError[]) => T): T {
    const byKey = this.results.get(owner) ?? new Map<string, Remembered>();
    this.results.set(owner, byKey);
    const known = byKey.get(key) ?? withErrors(compute);
    byKey.set(key, known);
    errors.push(...known.errors);
    return known.value as T;
  }

  /**
   * Keeps only the latest result per slot: recomputes when `dependencies` differ from last time. For results that
   * depend on many files at once, such as all episodes.
   */
  latest<T>(slot: string, dependencies: string, errors: ContentError[], compute: (errors: ContentError[]) => T): T {
    const slotted = this.slots.get(slot);
    const own: ContentError[] = [];
    const known = slotted?.key === dependencies ? slotted.value : { value: compute(own), errors: own };
    this.slots.set(slot, { key: dependencies, value: known });
    errors.push(...known.errors);
    return known.value as T;
  }

  private idOf(value: object): number {
    let id = this.numbers.get(value);
    if (id === undefined) {
      id = this.next;
      this.next += 1;
      this.numbers.set(value, id);
    }
    return id;
  }
}

function withErrors(compute: (errors: ContentError[]) => unknown): Remembered {
  const own: ContentError[] = [];
  return { value: compute(own), errors: own };
}
