import type { VariantData } from "../content/schemas/variant.ts";
import { dutchDate } from "../format/dutch-date.ts";
import { euro } from "../format/euro.ts";

/** One structured fact about a variant, as readers see it. */
export interface VariantField {
  /** Dutch label. */
  label: string;
  /** The value, "onbekend" when the sources do not give it. */
  value: string;
}

const UNKNOWN = "onbekend";

/** The structured fields of a variant in reading order, unknown values shown as "onbekend". */
export function variantFields(variant: VariantData): VariantField[] {
  return [
    { label: "Gemeenten", value: variant.municipalities.join(", ") },
    { label: "Start", value: variant.start ? dutchDate(variant.start) : UNKNOWN },
    { label: "Aantal jongeren", value: variant.participants === null ? UNKNOWN : String(variant.participants) },
    { label: "Bouwbudget per maand", value: variant.monthlyAmount === null ? UNKNOWN : euro(variant.monthlyAmount) },
    { label: "Duur per jongere", value: variant.durationMonths === null ? UNKNOWN : `${variant.durationMonths} maanden` },
    { label: "Stand van zaken", value: variant.status },
    { label: "Partners", value: variant.partners === null ? UNKNOWN : variant.partners.length > 0 ? variant.partners.join(", ") : "geen genoemd" },
  ];
}
