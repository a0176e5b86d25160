import type { FieldChange } from "../content/errata.ts";
import type { ToolkitPage } from "../content/model.ts";
import { schemaTitles } from "../content/schema-titles.ts";
import { releaseSchema } from "../content/schemas/release.ts";
import { SECTION_SCHEMAS } from "../content/section-schemas.ts";
import { dutchList } from "../format/dutch-list.ts";
import { pageFacts, type PageFact } from "./page-facts.ts";

/** A corrected frontmatter field as readers see it: its Dutch label and its value before and after, in words. */
export interface ShownField {
  /** The field's key in the frontmatter, e.g. `durationMonths`. */
  key: string;
  /** The label: as the page shows the field among its facts, else the title its schema gives it. */
  label: string;
  /** The value before, as readers see it; for a list, the items that went; empty when the field was added. */
  before: string[];
  /** The value after; for a list, the items that came; empty when the field was removed. */
  after: string[];
}

/**
 * The changed fields of a toolkit page as its facts show them: each field's value before and after put in the page,
 * and the facts that then differ compared (so a duration reads "Duur per jongere": "12 maanden" → "onbekend"). A list
 * names the items that went or came, or reads "a, b en c". A field no fact shows (such as `trefwoorden`) is named by its schema's title.
 */
export function pageFields(page: ToolkitPage): (fields: readonly FieldChange[]) => ShownField[] {
  const titles = schemaTitles(SECTION_SCHEMAS[page.section]);
  return (fields) =>
    fields.flatMap((field) => {
      const changed = changedFacts(factsWith(page, field.key, field.before), factsWith(page, field.key, field.after));
      const label = changed[0]?.label ?? titles.get(field.key) ?? field.key;
      const items = itemChange(field);
      if (items) return [{ key: field.key, label, ...items }];
      if (changed.length > 0)
        return changed.map(({ label: factLabel, before, after }) => ({
          key: field.key,
          label: factLabel,
          before: [isPlainList(field.before) ? plainValue(field.before) : before],
          after: [isPlainList(field.after) ? plainValue(field.after) : after],
        }));
      return [plainField(field, label)];
    });
}

/** The changed fields of a release's notes (release.md), named by the titles of the release schema. */
export function releaseFields(fields: readonly FieldChange[]): ShownField[] {
  const titles = schemaTitles(releaseSchema);
  return fields.map((field) => {
    const label = titles.get(field.key) ?? field.key;
    const items = itemChange(field);
    return items ? { key: field.key, label, ...items } : plainField(field, label);
  });
}

function changedFacts(before: readonly PageFact[], after: readonly PageFact[]): { label: string; before: string; after: string }[] {
  if (before.length !== after.length) return [];
  return after.flatMap((fact, index) => {
    const old = before[index];
    return old && old.label === fact.label && old.value !== fact.value ? [{ label: fact.label, before: old.value, after: fact.value }] : [];
  });
}

function factsWith(page: ToolkitPage, key: string, value: unknown): PageFact[] {
  const data = { ...page.data, [key]: value };
  const sources = key === "sources" && Array.isArray(value) ? value.map((label) => ({ label: String(label), url: null })) : page.sources;
  try {
    return pageFacts({ ...page, data, sources } as ToolkitPage);
  } catch {
    return []; // a value the page's facts cannot show (the field had another type then): shown by its schema's title
  }
}

/** For a list of plain values on both sides: the items that went and came, or both whole lists when some did each. */
function itemChange(field: FieldChange): { before: string[]; after: string[] } | null {
  if (!isPlainList(field.before) || !isPlainList(field.after)) return null;
  const [before, after] = [field.before.map(plainValue), field.after.map(plainValue)];
  const [gone, came] = [before.filter((item) => !after.includes(item)), after.filter((item) => !before.includes(item))];
  if (gone.length === 0 && came.length === 0) return null;
  return gone.length > 0 && came.length > 0 ? { before, after } : { before: gone, after: came };
}

function isPlainList(value: unknown): value is (string | number)[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string" || typeof item === "number");
}

function plainField(field: FieldChange, label: string): ShownField {
  return {
    key: field.key,
    label,
    before: field.before === undefined ? [] : [plainValue(field.before)],
    after: field.after === undefined ? [] : [plainValue(field.after)],
  };
}

/** A value as readers would say it: a list as "a, b en c", null as "onbekend", yes or no for a boolean. */
function plainValue(value: unknown): string {
  if (value === null || value === undefined) return "onbekend";
  if (Array.isArray(value)) return dutchList(value.map(plainValue));
  if (typeof value === "boolean") return value ? "ja" : "nee";
  if (typeof value === "object")
    return Object.entries(value)
      .map(([key, item]) => `${key}: ${plainValue(item)}`)
      .join("; ");
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}
