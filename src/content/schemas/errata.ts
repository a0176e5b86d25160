import { z } from "zod";
import { kebabId, sourceRef } from "./common.ts";

/** One replacement in one page of a published release. */
const correctionSchema = z.strictObject({
  /** The id of the corrected page in the release the errata file belongs to, or `release` for its release notes (release.md). */
  page: kebabId,
  /** The exact text that was wrong, as it stands in the page's file (frontmatter or body); it must occur once. */
  wrong: z.string().min(1),
  /** The text that replaces it. */
  right: z.string(),
});

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
