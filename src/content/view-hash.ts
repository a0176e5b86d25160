import { createHash } from "node:crypto";

/** Descriptions of frozen objects: a frozen object cannot change, so its description holds for as long as it lives. */
const frozen = new WeakMap<object, string>();

/** Stands for `undefined`, which JSON would drop from objects and turn into null in arrays. */
const UNDEFINED = "\u0000undefined";

/**
 * A hasher for the views of one build: the hash of a view covers every value it holds, so two views with the same
 * hash render to the same bytes, and equal views get equal hashes. The view is serialised by JSON.stringify (native,
 * so fast), with every frozen object (the loader freezes all content, page HTML included) replaced by the hash of its
 * own serialisation, made once per process. Views hold plain data only: a function, Map, Set or bytes is an error,
 * as a template could show what the hash omits.
 */
export function viewHasher(): (view: unknown) => string {
  let root: unknown;
  const describe = (value: unknown): string => {
    const outer = root;
    root = value;
    try {
      return JSON.stringify(value, replace) ?? UNDEFINED;
    } finally {
      root = outer;
    }
  };
  const hashOf = (value: object): string => `#${digest(describe(value))}`;
  function replace(_key: string, value: unknown): unknown {
    if (value === undefined) return UNDEFINED;
    if (typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") {
      throw new TypeError(`A view holds a ${typeof value}; views hold plain data only.`);
    }
    if (value === null || typeof value !== "object" || value === root) return value;
    if (value instanceof Map || value instanceof Set || ArrayBuffer.isView(value)) {
      throw new TypeError("A view holds a Map, Set or bytes; views hold plain data only.");
    }
    if (Object.isFrozen(value)) {
      let known = frozen.get(value);
      if (known === undefined) frozen.set(value, (known = hashOf(value)));
      return known;
    }
    return value;
  }
  return (view) => {
    if (view === null || typeof view !== "object" || !Object.isFrozen(view)) return digest(describe(view));
    // A frozen view (the dev server keeps unchanged views as frozen objects) is described once, like any frozen part.
    let known = frozen.get(view);
    if (known === undefined) frozen.set(view, (known = hashOf(view)));
    return known.slice(1);
  };
}

function digest(text: string): string {
  return createHash("sha1").update(text).digest("base64url");
}
