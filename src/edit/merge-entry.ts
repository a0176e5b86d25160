import { isDeepStrictEqual } from "node:util";
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar } from "yaml";
import { parseFrontmatter, parseYaml } from "../content/frontmatter.ts";
import type { CmsField } from "./cms-fields.ts";

/** An entry as the CMS sends it: its frontmatter values and its Markdown body. */
export interface CmsEntry {
  /** Frontmatter values as the form holds them. */
  data: Record<string, unknown>;
  /** The Markdown body. */
  body: string;
}

/** Strings that would read as a date or number if written plain; they keep their quotes, as in the content files. */
const NEEDS_QUOTES = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d+(?:\.\d+)+)$/;

/**
 * The file text after a save: the original file with only the changed frontmatter fields rewritten, line for line,
 * so that a title-only edit leaves every other byte as it was; the body as the editor left it, or exactly the
 * original when only trailing white space differs (the CMS adds or drops a final newline). A new file is written
 * whole. Empty form fields become null where the schema allows null ("onbekend") and are left out where the field
 * is optional.
 */
export function mergeEntry(original: string | undefined, entry: CmsEntry, fields: readonly CmsField[]): string {
  const data = normalized(entry.data, fields);
  const parsed = original === undefined ? undefined : parseFrontmatter(original);
  if (original === undefined || !parsed?.ok) return `---\n${pairText(data)}---\n${withNewline(entry.body)}`;
  const body = parsed.body.trimEnd() === entry.body.trimEnd() ? parsed.body : withNewline(entry.body);
  return `---\n${mergeFields(frontmatterText(original), parsed.data, data)}---\n${body}`.replace(/^---\n\n---/, "---\n---");
}

/**
 * A YAML data file (such as content/errata/<version>.yaml) after a save, merged as frontmatter is: changed fields
 * rewritten, the rest as it was; a list that only grew at its end keeps its old items' text and gets the new ones.
 */
export function mergeYamlFile(original: string | undefined, values: Record<string, unknown>, fields: readonly CmsField[]): string {
  const data = normalized(values, fields);
  const parsed = original === undefined ? undefined : parseYaml(original);
  if (original === undefined || !parsed?.ok || !isRecord(parsed.value)) return pairText(data);
  return mergeFields(original, parsed.value, data);
}

/** YAML text with only the top-level fields whose values changed rewritten, line for line. */
function mergeFields(yamlText: string, old: Record<string, unknown>, data: Record<string, unknown>): string {
  const lines = yamlText.split(/(?<=\n)/);
  const doc = parseDocument(yamlText, { version: "1.2", schema: "core" });
  if (!isMap(doc.contents)) return pairText(data);
  const replaced = new Map<number, string>();
  const removed = new Set<number>();
  const present = new Set<string>();
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    present.add(key);
    const [start = 0] = pair.key.range ?? [];
    const end = (isScalar(pair.value) || pair.value ? pair.value?.range?.[1] : undefined) ?? pair.key.range?.[1] ?? start;
    const [first, last] = [lineOf(lines, start), lineOf(lines, Math.max(start, end - 1))];
    if (!(key in data)) {
      for (let line = first; line <= last; line++) removed.add(line);
    } else if (!isDeepStrictEqual(old[key], data[key])) {
      const grown = isSeq(pair.value) && !pair.value.flow ? appended(old[key], data[key]) : undefined;
      if (grown) replaced.set(last, `${withNewline(lines[last] ?? "")}${itemsText(key, grown)}`);
      else {
        replaced.set(first, pairText({ [key]: data[key] }));
        for (let line = first + 1; line <= last; line++) removed.add(line);
      }
    }
  }
  const added = Object.entries(data).filter(([key]) => !present.has(key));
  const kept = lines.map((line, index) => replaced.get(index) ?? (removed.has(index) ? "" : line)).join("");
  return `${withNewline(kept)}${added.length > 0 ? pairText(Object.fromEntries(added)) : ""}`.replace(/^\n$/, "");
}

/** The items added at the end of a list whose earlier items are all unchanged; undefined for any other change. */
function appended(before: unknown, after: unknown): unknown[] | undefined {
  if (!Array.isArray(before) || !Array.isArray(after) || before.length === 0 || after.length <= before.length) return undefined;
  return before.every((item, index) => isDeepStrictEqual(item, after[index])) ? after.slice(before.length) : undefined;
}

/** The YAML lines of some list items as they stand under `key`. */
function itemsText(key: string, items: readonly unknown[]): string {
  return pairText({ [key]: items })
    .split(/(?<=\n)/)
    .slice(1)
    .join("");
}

/** The frontmatter's YAML text, from the line after the opening `---` to the line before the closing one. */
function frontmatterText(text: string): string {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const start = source.indexOf("\n") + 1;
  const end = source.slice(start).search(/^---[ \t]*$/m);
  return source.slice(start, start + end);
}

function lineOf(lines: readonly string[], offset: number): number {
  let seen = 0;
  for (const [index, line] of lines.entries()) {
    seen += line.length;
    if (offset < seen) return index;
  }
  return Math.max(0, lines.length - 1);
}

function withNewline(text: string): string {
  return text === "" || text.endsWith("\n") ? text : `${text}\n`;
}

/** YAML for some fields, in the content files' style: date-like strings quoted, lists indented, no folded lines. */
function pairText(values: Record<string, unknown>): string {
  if (Object.keys(values).length === 0) return "";
  const doc = new Document(values, { version: "1.2", schema: "core" });
  quoteLookalikes(doc.contents);
  return doc.toString({ lineWidth: 0, indentSeq: true, nullStr: "null" });
}

function quoteLookalikes(node: unknown): void {
  if (node instanceof Scalar) {
    if (typeof node.value === "string" && NEEDS_QUOTES.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    return;
  }
  if (node && typeof node === "object" && "items" in node && Array.isArray(node.items)) {
    for (const item of node.items as unknown[]) {
      if (item && typeof item === "object" && "value" in item && "key" in item) quoteLookalikes(item.value);
      else quoteLookalikes(item);
    }
  }
}

/** The form's values as the schema wants them: empty becomes null or is left out, nested objects likewise. */
function normalized(values: Record<string, unknown>, fields: readonly CmsField[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const known = new Map(fields.map((field) => [field.name, field]));
  for (const [key, raw] of Object.entries(values)) {
    const field = known.get(key);
    if (!field) {
      if (key !== "body") result[key] = raw;
      continue;
    }
    const value = normalizedValue(raw, field);
    if (value !== undefined) result[key] = value;
    else if (field.nullable) result[key] = null;
  }
  for (const field of fields) if (field.nullable && !(field.name in result) && field.name !== "body") result[field.name] = null;
  return result;
}

function normalizedValue(value: unknown, field: CmsField): unknown {
  if (value === null || value === undefined || value === "") return undefined;
  if (Array.isArray(value)) {
    const items = value
      .map((item: unknown) => (field.fields && isRecord(item) ? normalized(item, field.fields) : item))
      .filter((item) => item !== "" && item !== null);
    // An emptied list means "onbekend" where null is allowed, and is left out where the field is optional.
    return items.length === 0 && (field.nullable || !field.required) ? undefined : items;
  }
  if (field.widget === "object" && field.fields && isRecord(value)) return normalized(value, field.fields);
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
