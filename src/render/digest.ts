import { createHash } from "node:crypto";

/** Fingerprints of view data, memoised by object identity so shared objects (a release, a section) are hashed once. */
export interface Digester {
  /** Fingerprint of a value in which every document counts only with its frontmatter and address, not its body. */
  outline(value: unknown): string;
  /** Fingerprint of a value with every document in full. */
  whole(value: unknown): string;
  /** A fingerprint made from `value` under `key`, remembered for as long as `value` lives. */
  remembered(value: object, key: string, make: () => string): string;
  /** True for a document: a page or episode whose body only its own output shows. */
  isDocument(value: unknown): value is object;
}

/** Fields of a document (page, episode) that hold its body; other documents see only the rest. */
const BODY_FIELDS = new Set(["html", "trainerHtml", "showNotesHtml", "feedHtml", "cues", "transcript", "audio"]);

/**
 * Creates a digester. `documents` are the content objects (toolkit pages, site pages, episodes) whose body only
 * their own output shows: a page's text changes that page, while the lists that name it need only its title.
 */
export function createDigester(documents: { has(value: object): boolean }): Digester {
  const outline = memoisedDigest((value) => (documents.has(value) ? withoutBody(value) : value));
  const whole = memoisedDigest((value) => value);
  const made = new WeakMap<object, Map<string, string>>();
  const remembered = (value: object, key: string, make: () => string): string => {
    const byKey = made.get(value) ?? new Map<string, string>();
    made.set(value, byKey);
    const known = byKey.get(key);
    if (known !== undefined) return known;
    const fingerprint = make();
    byKey.set(key, fingerprint);
    return fingerprint;
  };
  const isDocument = (value: unknown): value is object => typeof value === "object" && value !== null && documents.has(value);
  return { outline, whole, remembered, isDocument };
}

function withoutBody(document: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(document).filter(([key]) => !BODY_FIELDS.has(key)));
}

/** Descriptions longer than this are hashed; shorter ones are kept as they are, as creating a hash costs more. */
const HASH_ABOVE = 2048;

function memoisedDigest(substitute: (value: object) => object): (value: unknown) => string {
  const memo = new WeakMap<object, string>();
  const walk = (value: unknown): string => {
    if (typeof value === "function") return "f";
    if (value === undefined) return "u";
    if (typeof value === "string" && value.length > HASH_ABOVE) return `$${createHash("sha1").update(value).digest("base64")}`;
    if (value === null || typeof value !== "object") return JSON.stringify(value);
    const known = memo.get(value);
    if (known !== undefined) return known;
    const text = describe(substitute(value), walk);
    const digest = text.length > HASH_ABOVE ? `#${createHash("sha1").update(text).digest("base64")}` : text;
    memo.set(value, digest);
    return digest;
  };
  return walk;
}

function describe(value: object, walk: (value: unknown) => string): string {
  if (ArrayBuffer.isView(value)) return `b${createHash("sha1").update(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)).digest("base64")}`;
  if (value instanceof Date) return `d${value.toISOString()}`;
  if (value instanceof Map) return `m${walk([...value.entries()])}`;
  if (value instanceof Set) return `s${walk([...value.values()])}`;
  if (Array.isArray(value)) return `[${value.map(walk).join(",")}]`;
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${walk(record[key])}`)
    .join(",")}}`;
}
