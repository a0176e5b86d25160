import { z } from "zod";
import { sourceRef, summary, title } from "./common.ts";

/** Frontmatter of a site page under content/pages/ (home, over, toegankelijkheid, privacy, colofon). */
export const pageSchema = z.strictObject({
  /** Page title, at most 70 characters. */
  title,
  /** One sentence on what the page is for; used as meta description. */
  summary,
  /** Sources, when the page states facts: keys of _data/sources.yaml or https URLs. */
  sources: z.array(sourceRef).optional(),
});

/** Validated frontmatter of a site page. */
export type PageData = z.infer<typeof pageSchema>;
