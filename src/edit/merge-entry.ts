import { isDeepStrictEqual } from "node:util";
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, type YAMLMap, type YAMLSeq } from "yaml";
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
 * rewritten, the rest as it was; in a list only the changed items are rewritten.
 */
export function mergeYamlFile(original: string | undefined, values: Record<string, unknown>, fields: readonly CmsField[]): string {
  const data = normalized(values, fields);
  const parsed = original === undefined ? undefined : parseYaml(original);
  if (original === undefined || !parsed?.ok || !isRecord(parsed.value)) return pairText(data);
  return mergeFields(original, parsed.value, data);
}

/** Line edits: lines replaced by new text (which may hold several lines), and lines dropped. */
interface Edits {
  replaced: Map<number, string>;
  removed: Set<number>;
}

/** YAML text with only the fields whose values changed rewritten, line for line; unchanged lines stay as they were. */
function mergeFields(yamlText: string, old: Record<string, unknown>, data: Record<string, unknown>): string {
  const lines = yamlText.split(/(?<=\n)/);
  const doc = parseDocument(yamlText, { version: "1.2", schema: "core" });
  const edits = isMap(doc.contents) ? mapEdits(lines, doc.contents, old, data, 0) : undefined;
  if (!edits) return pairText(data);
  const kept = lines.map((line, index) => edits.replaced.get(index) ?? (edits.removed.has(index) ? "" : line)).join("");
  return kept.replace(/^\n$/, "");
}

/**
 * The edits that turn a block map (at `column`) into its new values: changed fields rewritten, nested lists item by
 * item, fields the form left out removed, new fields added after the last. Undefined when that cannot be done line
 * by line (the map's first line also carries a list's dash and would change or go), so the caller rewrites it whole.
 */
function mapEdits(lines: readonly string[], map: YAMLMap, old: Record<string, unknown>, data: Record<string, unknown>, column: number): Edits | undefined {
  const edits: Edits = { replaced: new Map(), removed: new Set() };
  const present = new Set<string>();
  let lastLine = -1;
  for (const [index, pair] of map.items.entries()) {
    if (!isScalar(pair.key)) return undefined;
    const key = String(pair.key.value);
    present.add(key);
    const [first, last] = span(lines, pair.key.range?.[0] ?? 0, (isNode(pair.value) ? pair.value.range?.[1] : undefined) ?? pair.key.range?.[1] ?? 0);
    lastLine = Math.max(lastLine, last);
    const sharesDash = index === 0 && (lines[first] ?? "").slice(0, column).includes("-");
    if (!(key in data)) {
      if (sharesDash) return undefined;
      for (let line = first; line <= last; line++) edits.removed.add(line);
    } else if (!isDeepStrictEqual(old[key], data[key])) {
      const items = isSeq(pair.value) && !pair.value.flow ? listEdits(lines, pair.value, key, old[key], data[key]) : undefined;
      if (items) merge(edits, items);
      else {
        const text = shifted(pairText({ [key]: data[key] }), column);
        edits.replaced.set(first, sharesDash ? `${(lines[first] ?? "").slice(0, column)}${text.slice(column)}` : text);
        for (let line = first + 1; line <= last; line++) edits.removed.add(line);
      }
    }
  }
  const added = Object.entries(data).filter(([key]) => !present.has(key));
  if (added.length > 0) {
    const text = shifted(pairText(Object.fromEntries(added)), column);
    if (lastLine < 0) return undefined;
    edits.replaced.set(lastLine, `${withNewline(edits.replaced.get(lastLine) ?? (edits.removed.has(lastLine) ? "" : (lines[lastLine] ?? "")))}${text}`);
    edits.removed.delete(lastLine);
  }
  return edits;
}

/**
 * The edits that turn a block list into its new value item by item: changed items edited field by field (or
 * rewritten), new ones appended, dropped ones removed, at the list's own indentation, so unchanged items keep their
 * text (a new erratum or glossary term leaves the others byte-identical). Undefined when the list becomes or was empty.
 */
function listEdits(lines: readonly string[], seq: YAMLSeq, key: string, oldValue: unknown, newValue: unknown): Edits | undefined {
  const before: unknown[] = Array.isArray(oldValue) ? oldValue : [];
  const after: unknown[] = Array.isArray(newValue) ? newValue : [];
  if (!Array.isArray(oldValue) || !Array.isArray(newValue) || before.length === 0 || after.length === 0 || seq.items.length !== before.length) return undefined;
  const spans = seq.items.map((item) => {
    const range = isNode(item) ? item.range : undefined;
    return span(lines, range?.[0] ?? 0, range?.[1] ?? 0);
  });
  const dash = (lines[spans[0]?.[0] ?? 0] ?? "").indexOf("-");
  const itemText = (items: readonly unknown[]): string =>
    shifted(
      pairText({ [key]: items })
        .split(/(?<=\n)/)
        .slice(1)
        .join(""),
      dash - 2,
    );
  const edits: Edits = { replaced: new Map(), removed: new Set() };
  spans.forEach(([first, last], index) => {
    const [was, now, node]: unknown[] = [before[index], after[index], seq.items[index]];
    if (index >= after.length) {
      for (let line = first; line <= last; line++) edits.removed.add(line);
      return;
    }
    if (isDeepStrictEqual(was, now)) return;
    const fields = isMap(node) && isRecord(was) && isRecord(now) ? mapEdits(lines, node, was, now, dash + 2) : undefined;
    if (fields) merge(edits, fields);
    else {
      edits.replaced.set(first, itemText([now]));
      for (let line = first + 1; line <= last; line++) edits.removed.add(line);
    }
  });
  if (after.length > before.length) {
    const end = spans.at(-1)?.[1] ?? 0;
    edits.replaced.set(
      end,
      `${withNewline(edits.replaced.get(end) ?? (edits.removed.has(end) ? "" : (lines[end] ?? "")))}${itemText(after.slice(before.length))}`,
    );
    edits.removed.delete(end);
  }
  return edits;
}

function merge(into: Edits, from: Edits): void {
  for (const [line, text] of from.replaced) into.replaced.set(line, text);
  for (const line of from.removed) into.removed.add(line);
}

/** The first and last line of a node from its start offset to the end of its value. */
function span(lines: readonly string[], start: number, end: number): [number, number] {
  return [lineOf(lines, start), lineOf(lines, Math.max(start, end - 1))];
}

function isNode(value: unknown): value is { range?: [number, number, number] } {
  return typeof value === "object" && value !== null && "range" in value;
}

/** Lines moved right by `by` spaces (left when negative, as far as they have spaces). */
function shifted(text: string, by: number): string {
  if (by === 0) return text;
  return text
    .split(/(?<=\n)/)
    .map((line) => (by > 0 ? `${" ".repeat(by)}${line}` : line.slice(Math.min(-by, line.length - line.trimStart().length))))
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
