import { z } from "zod";
import { kebabId, sourceRef } from "./common.ts";

/** One term of a release's glossary. */
const termSchema = z.strictObject({
  /** Stable identifier: the term's place on the glossary page and the target of `begrip:<id>` links. */
  id: kebabId,
  /** The term as readers know it, e.g. "ANBI-stichting". */
  term: z.string().trim().min(1).max(60),
  /** Other forms of the term (an abbreviation, a plural) that `npm run lint:content` looks for in the pages. */
  aliases: z.array(z.string().trim().min(1)).optional(),
  /** The id of the page of the same release that treats the term in full, if any: it may explain the term itself. */
  page: kebabId.optional(),
  /** The explanation in B1 Dutch, as Markdown; `id:` and `begrip:` links allowed. */
  explanation: z.string().trim().min(1),
  /** Where the explanation comes from: keys of _data/sources.yaml or https URLs; at least one. */
  sources: z.array(sourceRef).min(1),
});

/** content/toolkit/<v>/begrippen.yaml: the terms a release explains once, which its pages link to. */
export const glossarySchema = z.array(termSchema).min(1);

/** A validated glossary term. */
export type TermData = z.infer<typeof termSchema>;
