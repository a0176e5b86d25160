import { z } from "zod";
import { kebabId, partialDate, summary } from "./common.ts";

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
  /**
   * Why pages changed since the release before, by page id: one or two sentences with the source. Editors write only
   * these; the lists of new, changed and unchanged pages are generated from the content.
   */
  changes: z.record(kebabId, z.string().trim().min(1, { error: "een uitleg van een of twee zinnen, met de bron" })).optional(),
});

/** Validated release frontmatter. */
export type ReleaseData = z.infer<typeof releaseSchema>;
