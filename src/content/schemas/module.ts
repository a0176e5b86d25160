import { z } from "zod";
import { toolkitPageFields } from "./common.ts";

/** One block of a training programme. */
const programmeBlockSchema = z.strictObject({
  /** What happens in this block. */
  title: z.string().trim().min(1).meta({ title: "Onderdeel", description: "Wat er in dit blok gebeurt." }),
  /** Length in minutes. */
  minutes: z.number().int().min(1).max(480).meta({ title: "Minuten", description: "Hoe lang het blok duurt, in minuten: een heel getal van 1 tot en met 480." }),
  /** `inhoud` (content), `oefening` (exercise) or `pauze` (break). */
  kind: z
    .enum(["inhoud", "oefening", "pauze"])
    .meta({ title: "Soort", description: 'Kies "inhoud" voor een blok met inhoud, "oefening" voor een oefening of "pauze" voor een pauze.' }),
});

/** Frontmatter of a training module (trainingsmodule). */
export const moduleSchema = z.strictObject({
  ...toolkitPageFields,
  /** Who the module is for. */
  audience: z
    .array(z.string().trim().min(1))
    .min(1)
    .meta({ title: "Voor wie", description: "Voor wie de trainingsmodule bedoeld is, elk als apart punt. Minstens één." }),
  /** What participants can do afterwards. */
  objectives: z
    .array(z.string().trim().min(1))
    .min(1)
    .meta({ title: "Leerdoelen", description: "Wat deelnemers na afloop kunnen, elk als apart punt. Minstens één." }),
  /** What the trainer needs. */
  materials: z.array(z.string().trim().min(1)).meta({ title: "Materialen", description: "Wat de trainer nodig heeft, elk als apart punt." }),
  /** The blocks of the session, in order; the module's duration is their sum. */
  programme: z
    .array(programmeBlockSchema)
    .min(1)
    .meta({ title: "Programma", description: "De blokken van de bijeenkomst, in volgorde. De duur van de trainingsmodule is de optelsom van alle blokken." }),
});

/** Validated frontmatter of a training module. */
export type ModuleData = z.infer<typeof moduleSchema>;
