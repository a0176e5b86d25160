import { z } from "zod";
import { partialDate, summary } from "./common.ts";

/** Frontmatter of content/toolkit/<version>/release.md: one toolkit release. */
export const releaseSchema = z.strictObject({
  /** Version number such as "1.0" or "2.1"; must equal the folder name. */
  version: z.string().regex(/^\d+(?:\.\d+){1,2}$/, { error: "een versienummer zoals \"2.0\" of \"2.1\", tussen aanhalingstekens" }),
  /** When the release was (or is planned to be) published: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  released: partialDate,
  /** `concept` while editors work on it, `released` once published. */
  status: z.enum(["concept", "released"]),
  /** The podcast season that goes with this release. */
  podcastSeason: z.number().int().min(1),
  /** One or two sentences on what this release is. */
  summary,
});

/** Validated release frontmatter. */
export type ReleaseData = z.infer<typeof releaseSchema>;
