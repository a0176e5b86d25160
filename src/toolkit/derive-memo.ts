import { deepFreeze } from "../content/deep-freeze.ts";
import { viewHasher } from "../content/view-hash.ts";

/**
 * What the dev server keeps of one derivation for the next (issue 34: a save costs what it changes). Every value it
 * hands back again is deep-frozen, so it cannot differ from what was computed, and it is handed back only when the
 * inputs are the same objects (by identity) or the same content (by hash): an unchanged page keeps its view object,
 * and so its remembered view hash, while a page whose inputs changed is derived again. A production build derives
 * once and uses `DERIVE_ONCE`, which keeps nothing.
 */
export interface DeriveMemo {
  /** The kept value of `slot` when `value` has the same content (same view hash), else `value`, kept from now on. */
  stable<T extends object>(slot: string, value: T): T;
  /** The value computed last time for `owner` and `kind` when `key` is the same, else `compute()`, kept from now on. */
  keyed<T extends object>(kind: string, owner: object, key: string, compute: () => T): T;
  /** The kept list of `slot` when `list` holds the very same items in the same order, else `list`, kept from now on. */
  list<T>(slot: string, list: readonly T[]): readonly T[];
  /** A number that stands for one object for as long as it lives: for keys made of identities. */
  idOf(value: object): number;
}

/** A memo that keeps nothing: every value is computed and handed over as it is (production builds). */
export const DERIVE_ONCE: DeriveMemo = {
  stable: (_slot, value) => value,
  keyed: (_kind, _owner, _key, compute) => compute(),
  list: (_slot, list) => list,
  idOf: () => 0,
};

/** A memo for the dev server's session: create one and pass it to every derivation of the session. */
export function deriveMemo(): DeriveMemo {
  const hash = viewHasher();
  const stables = new Map<string, { hash: string; value: object }>();
  const lists = new Map<string, readonly unknown[]>();
  const keyedValues = new WeakMap<object, Map<string, { key: string; value: object }>>();
  const numbers = new WeakMap<object, number>();
  let next = 1;
  return {
    stable(slot, value) {
      const digest = hash(value);
      const kept = stables.get(slot);
      if (kept?.hash === digest) return kept.value as typeof value;
      stables.set(slot, { hash: digest, value: deepFreeze(value) });
      return value;
    },
    keyed(kind, owner, key, compute) {
      const byKind = keyedValues.get(owner) ?? new Map<string, { key: string; value: object }>();
      keyedValues.set(owner, byKind);
      const kept = byKind.get(kind);
      if (kept?.key === key) return kept.value as ReturnType<typeof compute>;
      const value = deepFreeze(compute());
      byKind.set(kind, { key, value });
      return value;
    },
    list(slot, list) {
      const known = lists.get(slot) as typeof list | undefined;
      if (known && known.length === list.length && known.every((item, index) => item === list[index])) return known;
      const kept = Object.freeze([...list]);
      lists.set(slot, kept);
      return kept;
    },
    idOf(value) {
      let id = numbers.get(value);
      if (id === undefined) numbers.set(value, (id = next++));
      return id;
    },
  };
}
