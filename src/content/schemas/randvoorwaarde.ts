import { z } from "zod";
import { toolkitPageFields } from "./common.ts";

/** Frontmatter of a precondition (randvoorwaarde) a municipality works under. */
export const randvoorwaardeSchema = z.strictObject({
  ...toolkitPageFields,
  /** `verplicht` (required for the approach) or `aanbevolen` (recommended). */
  kind: z
    .enum(["verplicht", "aanbevolen"])
    .meta({ title: "Soort", description: 'Kies "verplicht" als de randvoorwaarde nodig is voor de aanpak. Kies "aanbevolen" als hij wordt aangeraden.' }),
  /** Why this precondition matters, in one or two sentences. */
  rationale: z.string().trim().min(1).meta({ title: "Waarom", description: "Waarom deze randvoorwaarde belangrijk is, in één of twee zinnen." }),
  /** What a municipality may decide for itself within this precondition. */
  localChoice: z
    .string()
    .trim()
    .min(1)
    .meta({ title: "Keuze van de gemeente", description: "Wat een gemeente binnen deze randvoorwaarde zelf mag beslissen." }),
});

/** Validated frontmatter of a randvoorwaarde. */
export type RandvoorwaardeData = z.infer<typeof randvoorwaardeSchema>;
