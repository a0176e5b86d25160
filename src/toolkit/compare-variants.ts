import type { RandvoorwaardeData } from "../content/schemas/randvoorwaarde.ts";
import type { VariantData } from "../content/schemas/variant.ts";
import { variantFields } from "./variant-fields.ts";

/** The comparison of all variants of one release: structured fields and departures from each precondition. */
export interface VariantComparison {
  /** Column heads: one per variant. */
  variants: { title: string; url: string }[];
  /** Rows of structured fields, one cell per variant ("onbekend" for unknown values). */
  fields: { label: string; cells: string[] }[];
  /** One row per precondition: per variant the reason of a departure, or null when none is known. */
  preconditions: { title: string; url: string; kind: string; cells: (string | null)[] }[];
}

/** Builds the comparison table of a release's variants against its preconditions. */
export function compareVariants(
  variants: readonly { url: string; data: VariantData }[],
  preconditions: readonly { url: string; data: RandvoorwaardeData }[],
): VariantComparison {
  const facts = variants.map((variant) => variantFields(variant.data));
  const labels = facts[0]?.map((field) => field.label) ?? [];
  return {
    variants: variants.map((variant) => ({ title: variant.data.title, url: variant.url })),
    fields: labels.map((label, index) => ({ label, cells: facts.map((fields) => fields[index]?.value ?? "") })),
    preconditions: preconditions.map((precondition) => ({
      title: precondition.data.title,
      url: precondition.url,
      kind: precondition.data.kind,
      cells: variants.map((variant) => variant.data.deviations.find((deviation) => deviation.precondition === precondition.data.id)?.reason ?? null),
    })),
  };
}
