import { z } from "zod";
import { kebabId, sourceRef } from "./common.ts";

/** One replacement in one page of a published release. */
const pageCorrectionSchema = z.strictObject({
  /** The id of the corrected page in the release the errata file belongs to, or `release` for its release notes (release.md). */
  page: kebabId,
  /** The exact text that was wrong, as it stands in the page's file (frontmatter or body); it must occur once. */
  wrong: z.string().min(1),
  /** The text that replaces it. */
  right: z.string(),
});

/**
 * One replacement in how the release cites a source of _data/sources.yaml (the citation line its pages show, as the
 * release's lock holds it): a change in sources.yaml that alters what a published page says is recorded this way.
 */
const sourceCorrectionSchema = z.strictObject({
  /** The key of the source in _data/sources.yaml. */
  source: z.string().regex(/^[a-z0-9-]+$/),
  /** The exact text of the old citation line that was wrong; it must occur once. */
  wrong: z.string().min(1),
  /** The text that replaces it. */
  right: z.string(),
});

/** A replacement in a page, in the release notes, or in a source's citation. */
const correctionSchema = z.union([pageCorrectionSchema, sourceCorrectionSchema]);

/** One dated correction of fact; it may correct several pages. */
const erratumSchema = z.strictObject({
  /** The day the correction was made: "YYYY-MM-DD". */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'een datum als "2026-11-29", tussen aanhalingstekens' }),
  /** What was wrong and why this is right, in one or two sentences. */
  why: z.string().trim().min(1),
  /** The sources that show the right fact: keys of _data/sources.yaml or https addresses. */
  sources: z.array(sourceRef).min(1),
  /** The replacements. */
  corrections: z.array(correctionSchema).min(1),
});

/** content/errata/<version>.yaml: the corrections of fact to one published release, oldest first. */
export const errataSchema = z.array(erratumSchema).min(1);

/** A validated erratum. */
export type ErratumData = z.infer<typeof erratumSchema>;

/** A correction of a source's citation line. */
export type SourceCorrection = z.infer<typeof sourceCorrectionSchema>;
