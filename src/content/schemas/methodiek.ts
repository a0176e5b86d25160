import { z } from "zod";
import { toolkitPageFields } from "./common.ts";

/** Frontmatter of a related approach (methodiek). */
export const methodiekSchema = z.strictObject({
  ...toolkitPageFields,
  /** Where and when the approach started, as the sources say. */
  origin: z.string().trim().min(1).meta({ title: "Herkomst", description: "Waar en wanneer de methodiek is begonnen, zoals de bronnen dat vertellen." }),
  /** Who the approach is for. */
  targetGroup: z.string().trim().min(1).meta({ title: "Doelgroep", description: "Voor wie de methodiek bedoeld is." }),
  /** The core elements of the approach. */
  coreElements: z
    .array(z.string().trim().min(1))
    .min(1)
    .meta({ title: "Kernelementen", description: "De kernelementen van de methodiek, elk als apart punt. Minstens één." }),
  /** Reported results, each with its source in the text. */
  results: z
    .array(z.string().trim().min(1))
    .meta({ title: "Resultaten", description: "De gemelde resultaten, elk als apart punt. Noem bij elk resultaat de bron in de tekst." }),
});

/** Validated frontmatter of a methodiek. */
export type MethodiekData = z.infer<typeof methodiekSchema>;
