import type { RandvoorwaardeData } from "../content/schemas/randvoorwaarde.ts";
import type { VariantData } from "../content/schemas/variant.ts";
import { variantFields } from "./variant-fields.ts";

/** A precondition as the comparison names it. */
export interface ComparedPrecondition {
  /** Its title. */
  title: string;
  /** Its URL in the same release. */
  url: string;
  /** "verplicht" or "aanbevolen". */
  kind: string;
}

/** The comparison of all variants of one release: structured fields and departures from each precondition. */
export interface VariantComparison {
  /** Column heads: one per variant. */
  variants: { title: string; url: string }[];
  /**
   * Rows of structured fields, one cell per variant ("onbekend" for unknown values); `same` is the value every
   * variant shares when there are two or more, shown once as "Voor alle gemeenten", else null.
   */
  fields: { label: string; cells: string[]; same: string | null }[];
  /** The fields whose value every variant shares, for the narrow view's "Voor alle gemeenten" card. */
  shared: { label: string; value: string }[];
  /** The preconditions at least one variant departs from: per variant the reason of a departure, or null when none is known. */
  preconditions: (ComparedPrecondition & { cells: (string | null)[] })[];
  /** The preconditions no variant is known to depart from, said once instead of a row of "geen afwijking bekend". */
  undisputed: ComparedPrecondition[];
}

/** The value all cells share, when there are at least two; null when they differ or there is only one. */
function sharedValue<T>(cells: readonly T[]): T | null {
  const [first] = cells;
  return cells.length > 1 && first !== undefined && cells.every((cell) => cell === first) ? first : null;
}

/** Builds the comparison table of a release's variants against its preconditions. */
export function compareVariants(
  variants: readonly { url: string; data: VariantData }[],
  preconditions: readonly { url: string; data: RandvoorwaardeData }[],
): VariantComparison {
  const facts = variants.map((variant) => variantFields(variant.data));
  const labels = facts[0]?.map((field) => field.label) ?? [];
  const rows = preconditions.map((precondition) => ({
    title: precondition.data.title,
    url: precondition.url,
    kind: precondition.data.kind,
    cells: variants.map((variant) => variant.data.deviations.find((deviation) => deviation.precondition === precondition.data.id)?.reason ?? null),
  }));
  const fields = labels.map((label, index) => {
    const cells = facts.map((row) => row[index]?.value ?? "");
    return { label, cells, same: sharedValue(cells) };
  });
  return {
    variants: variants.map((variant) => ({ title: variant.data.title, url: variant.url })),
    fields,
    shared: fields.flatMap((field) => (field.same === null ? [] : [{ label: field.label, value: field.same }])),
    preconditions: rows.filter((row) => row.cells.some((cell) => cell !== null)),
    undisputed: rows.filter((row) => row.cells.every((cell) => cell === null)).map(({ title, url, kind }) => ({ title, url, kind })),
  };
}
