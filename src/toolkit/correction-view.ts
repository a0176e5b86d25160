import type { FieldChange } from "../content/errata.ts";
import { markdownText } from "../content/markdown-text.ts";
import type { CitedSource, PageCorrection, ToolkitPage } from "../content/model.ts";
import { pageFacts } from "./page-facts.ts";
import { wordDiff, type DiffPart } from "./text-diff.ts";

/** A correction of fact as a corrected page or release home shows it: dated, with a word diff from wrong to right. */
export interface CorrectionView {
  /** The day of the erratum, "YYYY-MM-DD". */
  date: string;
  /** Why, as the erratum says. */
  why: string;
  /** The sources of the right fact. */
  sources: CitedSource[];
  /** Word diff from the wrong text to the right one; for frontmatter, per field with its Dutch label. */
  parts: DiffPart[];
}

/** A corrected frontmatter field as readers see it: its Dutch label and its value before and after, in words. */
export interface ShownField {
  /** The label, as the page shows the field. */
  label: string;
  /** The value before the correction. */
  before: string;
  /** The value after. */
  after: string;
}

/** Labels of fields that pages do not show among their facts (they order or find pages), and of release.md's fields. */
const FIELD_LABELS: Record<string, string> = {
  trefwoorden: "Trefwoorden voor het zoeken",
  order: "Plaats in de sectie",
  aliases: "Eerdere ids",
  id: "Id",
  title: "Titel",
  summary: "Samenvatting",
  released: "Datum van de release",
  status: "Status",
  podcastSeason: "Podcastseizoen",
  changes: "Wijzigingen per pagina",
};

/**
 * The corrections of one page (or of a release's notes) as readers see them: the text, not the Markdown, compared;
 * a correction of frontmatter as the fields it changed, each named as the page names it (`showFields`).
 */
export function correctionViews(
  corrections: readonly PageCorrection[],
  showFields: (fields: readonly FieldChange[]) => ShownField[] = labelledFields,
): CorrectionView[] {
  return corrections.map((correction) => ({
    date: correction.date,
    why: correction.why,
    sources: correction.sources,
    parts: correction.fields.length > 0 ? fieldParts(showFields(correction.fields)) : wordDiff(markdownText(correction.wrong), markdownText(correction.right)),
  }));
}

/**
 * The changed fields of a toolkit page as its facts show them: each field's value before and after put in the page,
 * and the facts that then differ compared (so a duration reads "Duur per jongere: 12 maanden" → "onbekend").
 * A field no fact shows (such as `trefwoorden`) keeps a plain label.
 */
export function pageFields(page: ToolkitPage): (fields: readonly FieldChange[]) => ShownField[] {
  return (fields) =>
    fields.flatMap((field) => {
      const [before, after] = [factsWith(page, field.key, field.before), factsWith(page, field.key, field.after)];
      const changed = after.flatMap((fact, index) => {
        const old = before[index];
        return old && old.label === fact.label && old.value !== fact.value ? [{ label: fact.label, before: old.value, after: fact.value }] : [];
      });
      return changed.length > 0 && before.length === after.length ? changed : labelledFields([field]);
    });
}

function factsWith(page: ToolkitPage, key: string, value: unknown): { label: string; value: string }[] {
  const data = { ...page.data, [key]: value };
  const sources = key === "sources" && Array.isArray(value) ? value.map((label) => ({ label: String(label), url: null })) : page.sources;
  try {
    return pageFacts({ ...page, data, sources } as ToolkitPage);
  } catch {
    return []; // a value the page's facts cannot show (the field had another type then): shown with its plain label
  }
}

function labelledFields(fields: readonly FieldChange[]): ShownField[] {
  return fields.map((field) => ({ label: FIELD_LABELS[field.key] ?? field.key, before: plainValue(field.before), after: plainValue(field.after) }));
}

function plainValue(value: unknown): string {
  if (value === null) return "onbekend";
  if (value === undefined) return "niet ingevuld";
  if (Array.isArray(value)) return value.map(plainValue).join("; ");
  if (typeof value === "object")
    return Object.entries(value)
      .map(([key, item]) => `${key}: ${plainValue(item)}`)
      .join("; ");
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}

function fieldParts(fields: readonly ShownField[]): DiffPart[] {
  return fields.flatMap((field, index) => [
    { text: `${index > 0 ? "; " : ""}${field.label}: `, change: "same" as const },
    ...wordDiff(field.before, field.after),
  ]);
}
