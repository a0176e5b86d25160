import { z } from "zod";
import { kebabId, sourceRef } from "./common.ts";

/** One replacement in one page of a published release. */
const pageCorrectionSchema = z.strictObject({
  /** The id of the corrected page in the release the errata file belongs to, or `release` for its release notes (release.md). */
  page: kebabId.meta({
    title: "Pagina",
    description:
      'De id van de verbeterde pagina in de release van dit errata-bestand, of "release" voor de releasenotities (release.md). Kleine letters, cijfers en streepjes.',
  }),
  /** The exact text that was wrong, as it stands in the page's file (frontmatter or body); it must occur once. */
  wrong: z.string().min(1).meta({
    title: "Foute tekst",
    description:
      "De tekst die fout was, precies zoals die in het bestand van de pagina (in de velden of in de tekst) of in de oude bronvermelding staat. Deze tekst moet er precies één keer in staan.",
  }),
  /** The text that replaces it. */
  right: z.string().meta({ title: "Juiste tekst", description: "De tekst die ervoor in de plaats komt." }),
});

/**
 * One replacement in how the release cites a source of _data/sources.yaml (the citation line its pages show, as the
 * release's lock holds it): a change in sources.yaml that alters what a published page says is recorded this way.
 */
const sourceCorrectionSchema = z.strictObject({
  /** The key of the source in _data/sources.yaml. */
  source: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .meta({ title: "Bron", description: "De naam van de bron in de bronnenlijst (_data/sources.yaml): kleine letters, cijfers en streepjes." }),
  /** The exact text of the old citation line that was wrong; it must occur once. */
  wrong: z.string().min(1).meta({
    title: "Foute tekst",
    description:
      "De tekst die fout was, precies zoals die in het bestand van de pagina (in de velden of in de tekst) of in de oude bronvermelding staat. Deze tekst moet er precies één keer in staan.",
  }),
  /** The text that replaces it. */
  right: z.string().meta({ title: "Juiste tekst", description: "De tekst die ervoor in de plaats komt." }),
});

/** A replacement in a page, in the release notes, or in a source's citation. */
const correctionSchema = z.union([pageCorrectionSchema, sourceCorrectionSchema]);

/** One dated correction of fact; it may correct several pages. */
const erratumSchema = z.strictObject({
  /** The day the correction was made: "YYYY-MM-DD". */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'een datum als "2026-11-29", tussen aanhalingstekens' })
    .meta({ title: "Datum", description: 'De dag waarop de correctie is gemaakt, als JJJJ-MM-DD, bijvoorbeeld "2026-11-29".' }),
  /** What was wrong and why this is right, in one or two sentences. */
  why: z.string().trim().min(1).meta({ title: "Waarom", description: "Wat er fout was en waarom dit juist is, in één of twee zinnen." }),
  /** The sources that show the right fact: keys of _data/sources.yaml or https addresses. */
  sources: z.array(sourceRef).min(1).meta({
    title: "Bronnen",
    description:
      "De bronnen die het juiste feit laten zien: de naam van een bron uit de bronnenlijst (_data/sources.yaml) of een webadres dat begint met https://. Minstens één.",
  }),
  /** The replacements. */
  corrections: z.array(correctionSchema).min(1).meta({
    title: "Vervangingen",
    description: "De vervangingen, minstens één. Elke vervanging verbetert een pagina, de releasenotities of de vermelding van een bron.",
  }),
});

/**
 * content/errata/<version>.yaml: the corrections of fact to one published release, oldest first, under the key
 * `errata` (a list at the root of a file is something no git-based CMS can edit).
 */
export const errataSchema = z.strictObject({
  /** The errata, oldest first. */
  errata: z.array(erratumSchema).min(1).meta({
    title: "Errata",
    description: "De correcties van feiten in deze gepubliceerde release, de oudste eerst. Voeg een nieuwe onderaan toe; verander een oude niet.",
  }),
});

/** A validated erratum. */
export type ErratumData = z.infer<typeof erratumSchema>;

/** A correction of a source's citation line. */
export type SourceCorrection = z.infer<typeof sourceCorrectionSchema>;
