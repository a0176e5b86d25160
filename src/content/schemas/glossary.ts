import { z } from "zod";
import { kebabId, sourceRef } from "./common.ts";

/** One term of a release's glossary. */
const termSchema = z.strictObject({
  /** Stable identifier: the term's place on the glossary page and the target of `begrip:<id>` links. */
  id: kebabId.meta({
    title: "Id",
    description:
      'Vaste korte naam van het begrip, waarnaar pagina\'s linken met [begrip](begrip:id). Kleine letters, cijfers en streepjes, zoals "anbi-stichting".',
  }),
  /** The term as readers know it, e.g. "ANBI-stichting". */
  term: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .meta({ title: "Begrip", description: 'Het begrip zoals lezers het kennen, zoals "ANBI-stichting". Hoogstens 60 tekens.' }),
  /** Other forms of the term (an abbreviation, a plural) that `npm run lint:content` looks for in the pages. */
  aliases: z.array(z.string().trim().min(1)).optional().meta({
    title: "Andere vormen",
    description: "Andere vormen van het begrip, zoals een afkorting of een meervoud. De taalcontrole zoekt ook daarop. Niet verplicht.",
  }),
  /** The id of the page of the same release that treats the term in full, if any: it may explain the term itself. */
  page: kebabId
    .optional()
    .meta({ title: "Pagina", description: "De id van de pagina in deze release die het begrip uitgebreid behandelt, als die er is. Niet verplicht." }),
  /** The explanation in B1 Dutch, as Markdown; `id:` and `begrip:` links allowed. */
  explanation: z
    .string()
    .trim()
    .min(1)
    .meta({ title: "Uitleg", description: "De uitleg in eenvoudig Nederlands (B1), in Markdown. Links als [titel](id:pagina) en [begrip](begrip:id) mogen." }),
  /** Where the explanation comes from: keys of _data/sources.yaml or https URLs; at least one. */
  sources: z.array(sourceRef).min(1).meta({
    title: "Bronnen",
    description:
      "Waar de uitleg vandaan komt: de naam van een bron uit de bronnenlijst (_data/sources.yaml) of een webadres dat begint met https://. Minstens één.",
  }),
});

/**
 * content/toolkit/<v>/begrippen.yaml: the terms a release explains once, which its pages link to, under the key
 * `begrippen` (a list at the root of a file is something no git-based CMS can edit).
 */
export const glossarySchema = z.strictObject({
  /** The terms. */
  begrippen: z.array(termSchema).min(1).meta({ title: "Begrippen", description: "De begrippen die deze release één keer uitlegt; de pagina's linken ernaar." }),
});

/** A validated glossary term. */
export type TermData = z.infer<typeof termSchema>;
