/**
 * Freezes a value and everything it holds, so that content cannot change once loaded: whatever is derived from a
 * frozen object (a view's hash, a rendered page) stays true for as long as the object lives. Bytes (typed arrays)
 * cannot be frozen and are left as they are; nothing writes into them.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value) || ArrayBuffer.isView(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}
