import { z } from "zod";
import { kebabId, partialDate, toolkitPageFields } from "./common.ts";

/** One way a municipal variant departs from a precondition. */
const deviationSchema = z.strictObject({
  /** The id of the randvoorwaarde in the same release that this variant departs from. */
  precondition: kebabId,
  /** What is different and why, as the sources report it. */
  reason: z.string().trim().min(1),
});

/** Frontmatter of a municipal variant (gemeentelijke variant); unknown values are null. */
export const variantSchema = z.strictObject({
  ...toolkitPageFields,
  /** The municipalities taking part. */
  municipalities: z.array(z.string().trim().min(1)).min(1),
  /** When the variant started: "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null when unknown. */
  start: partialDate.nullable(),
  /** Number of young people taking part; null when unknown. */
  participants: z.number().int().min(1).nullable(),
  /** Monthly bouwbudget in euros; null when unknown. */
  monthlyAmount: z.number().min(0).nullable(),
  /** Duration of one young person's track in months; null when unknown. */
  durationMonths: z.number().int().min(1).nullable(),
  /** Where the variant stands. */
  status: z.enum(["gepland", "pilot", "structureel", "afgerond"]),
  /** Organisations involved; null when unknown. */
  partners: z.array(z.string().trim().min(1)).nullable(),
  /** Departures from the release's preconditions; empty when none are known. */
  deviations: z.array(deviationSchema),
});

/** Validated frontmatter of a variant. */
export type VariantData = z.infer<typeof variantSchema>;
