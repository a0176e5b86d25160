import { createHash } from "node:crypto";

/** Descriptions longer than this are replaced by their hash, so that a view's description stays short. */
const HASH_ABOVE = 1024;

/** Hashes of frozen objects: a frozen object cannot change, so its hash holds for as long as it lives. */
const frozen = new WeakMap<object, string>();

/**
 * A hasher for the views of one build: the hash of a view covers every value it holds, so two views with the same
 * hash render to the same bytes. Objects shared between views are described once per hasher; frozen objects (the
 * loader freezes all content) once per process. Views hold plain data only: a function, Map or Set is an error,
 * as a template could show something the hash does not cover.
 */
export function viewHasher(): (view: unknown) => string {
  const seen = new WeakMap<object, string>();
  const describe = (value: unknown): string => {
    if (value === undefined) return "u";
    if (typeof value === "string") return value.length > HASH_ABOVE ? `$${digest(value)}` : JSON.stringify(value);
    if (value === null || typeof value === "number" || typeof value === "boolean") return JSON.stringify(value);
    if (typeof value !== "object") throw new TypeError(`A view holds a ${typeof value}; views hold plain data only.`);
    const memo = Object.isFrozen(value) ? frozen : seen;
    const known = memo.get(value);
    if (known !== undefined) return known;
    const text = describeObject(value, describe);
    const result = text.length > HASH_ABOVE ? `#${digest(text)}` : text;
    memo.set(value, result);
    return result;
  };
  return (view) => digest(describe(view));
}

function describeObject(value: object, describe: (value: unknown) => string): string {
  if (value instanceof Map || value instanceof Set || ArrayBuffer.isView(value))
    throw new TypeError("A view holds a Map, Set or bytes; views hold plain data only.");
  if (Array.isArray(value)) return `[${value.map(describe).join(",")}]`;
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${describe(record[key])}`)
    .join(",")}}`;
}

function digest(text: string): string {
  return createHash("sha1").update(text).digest("base64url");
}
