import { z } from "zod";
import { kebabId, partialDate, toolkitPageFields } from "./common.ts";

/** One way a municipal variant departs from a precondition. */
const deviationSchema = z.strictObject({
  /** The id of the randvoorwaarde in the same release that this variant departs from. */
  precondition: kebabId.meta({
    title: "Randvoorwaarde",
    description: "De id van de randvoorwaarde in dezelfde release waarvan deze gemeentelijke variant afwijkt. Kleine letters, cijfers en streepjes.",
  }),
  /** What is different and why, as the sources report it. */
  reason: z.string().trim().min(1).meta({ title: "Toelichting", description: "Wat er anders is en waarom, zoals de bronnen het melden." }),
});

/** Frontmatter of a municipal variant (gemeentelijke variant); unknown values are null. */
export const variantSchema = z.strictObject({
  ...toolkitPageFields,
  /** The municipalities taking part. */
  municipalities: z
    .array(z.string().trim().min(1))
    .min(1)
    .meta({ title: "Gemeenten", description: "De gemeenten die meedoen, elk als apart punt. Minstens één." }),
  /** When the variant started: "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null when unknown. */
  start: partialDate.nullable().meta({
    title: "Start",
    description: 'Wanneer de variant is begonnen. Een datum als JJJJ, JJJJ-MM of JJJJ-MM-DD, bijvoorbeeld "2021-03". Laat leeg als het onbekend is.',
  }),
  /** Number of young people taking part; null when unknown. */
  participants: z
    .number()
    .int()
    .min(1)
    .nullable()
    .meta({ title: "Aantal jongeren", description: "Hoeveel jongeren meedoen: een heel getal vanaf 1. Laat leeg als het onbekend is." }),
  /** Monthly bouwbudget in euros; null when unknown. */
  monthlyAmount: z
    .number()
    .min(0)
    .nullable()
    .meta({ title: "Bouwbudget per maand", description: "Het bouwbudget per maand, in euro's. Laat leeg als het onbekend is." }),
  /** Duration of one young person's track in months; null when unknown. */
  durationMonths: z
    .number()
    .int()
    .min(1)
    .nullable()
    .meta({ title: "Duur per jongere (maanden)", description: "Hoeveel maanden het traject van één jongere duurt. Laat leeg als het onbekend is." }),
  /** Where the variant stands. */
  status: z
    .enum(["gepland", "pilot", "structureel", "afgerond"])
    .meta({ title: "Stand van zaken", description: 'Hoe het met de variant staat: kies "gepland", "pilot", "structureel" of "afgerond".' }),
  /** Organisations involved; null when unknown. */
  partners: z
    .array(z.string().trim().min(1))
    .nullable()
    .meta({ title: "Partners", description: "De organisaties die meedoen, elk als apart punt. Laat leeg als het onbekend is." }),
  /** Departures from the release's preconditions; empty when none are known. */
  deviations: z.array(deviationSchema).meta({
    title: "Afwijkingen",
    description: "Waarin de variant afwijkt van de randvoorwaarden van deze release. Laat de lijst leeg als er geen afwijkingen bekend zijn.",
  }),
});

/** Validated frontmatter of a variant. */
export type VariantData = z.infer<typeof variantSchema>;
