import { z } from "zod";
import { toolkitPageFields } from "./common.ts";

/** Frontmatter of a precondition (randvoorwaarde) a municipality works under. */
export const randvoorwaardeSchema = z.strictObject({
  ...toolkitPageFields,
  /** `verplicht` (required for the approach) or `aanbevolen` (recommended). */
  kind: z.enum(["verplicht", "aanbevolen"]),
  /** Why this precondition matters, in one or two sentences. */
  rationale: z.string().trim().min(1),
  /** What a municipality may decide for itself within this precondition. */
  localChoice: z.string().trim().min(1),
});

/** Validated frontmatter of a randvoorwaarde. */
export type RandvoorwaardeData = z.infer<typeof randvoorwaardeSchema>;
