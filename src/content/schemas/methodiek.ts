import { z } from "zod";
import { toolkitPageFields } from "./common.ts";

/** Frontmatter of a related approach (methodiek). */
export const methodiekSchema = z.strictObject({
  ...toolkitPageFields,
  /** Where and when the approach started, as the sources say. */
  origin: z.string().trim().min(1),
  /** Who the approach is for. */
  targetGroup: z.string().trim().min(1),
  /** The core elements of the approach. */
  coreElements: z.array(z.string().trim().min(1)).min(1),
  /** Reported results, each with its source in the text. */
  results: z.array(z.string().trim().min(1)),
});

/** Validated frontmatter of a methodiek. */
export type MethodiekData = z.infer<typeof methodiekSchema>;
