import { z } from "zod";
import { kebabId, partialDate, summary } from "./common.ts";

/** Frontmatter of content/toolkit/<version>/release.md: one toolkit release. */
export const releaseSchema = z.strictObject({
  /** Version number such as "1.0" or "2.1"; must equal the folder name. */
  version: z
    .string()
    .regex(/^\d+(?:\.\d+){1,2}$/, { error: 'een versienummer zoals "2.0" of "2.1", tussen aanhalingstekens' })
    .meta({
      title: "Versienummer",
      description: 'Het versienummer van de release, zoals "1.0" of "2.1". Het moet gelijk zijn aan de naam van de map van de release.',
    }),
  /** When the release was (or is planned to be) published: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  released: partialDate.meta({
    title: "Datum van de release",
    description: 'Wanneer de release is gepubliceerd, of wanneer dat gepland is. Een datum als JJJJ, JJJJ-MM of JJJJ-MM-DD, bijvoorbeeld "2021-03".',
  }),
  /** `concept` while editors work on it, `released` once published. */
  status: z
    .enum(["concept", "released"])
    .meta({ title: "Status", description: 'Kies "concept" zolang de redactie aan de release werkt. Kies "released" als de release is gepubliceerd.' }),
  /** The podcast season that goes with this release. */
  podcastSeason: z
    .number()
    .int()
    .min(1)
    .meta({ title: "Podcastseizoen", description: "Het nummer van het podcastseizoen dat bij deze release hoort: een heel getal vanaf 1." }),
  /** One or two sentences on what this release is. */
  summary: summary.meta({ title: "Samenvatting", description: "Eén of twee zinnen over wat deze release is, hoogstens 240 tekens." }),
  /**
   * Why pages changed since the release before, by page id: one or two sentences with the source. Editors write only
   * these; the lists of new, changed and unchanged pages are generated from the content.
   */
  changes: z
    .record(kebabId, z.string().trim().min(1, { error: "een uitleg van een of twee zinnen, met de bron" }))
    .optional()
    .meta({
      title: "Wijzigingen per pagina",
      description:
        "Per pagina-id waarom de pagina is veranderd sinds de vorige release: één of twee zinnen, met de bron. De lijsten van nieuwe, gewijzigde en ongewijzigde pagina's maakt de site zelf.",
    }),
});

/** Validated release frontmatter. */
export type ReleaseData = z.infer<typeof releaseSchema>;
