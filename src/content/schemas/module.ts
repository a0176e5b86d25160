import { z } from "zod";
import { toolkitPageFields } from "./common.ts";

/** One block of a training programme. */
const programmeBlockSchema = z.strictObject({
  /** What happens in this block. */
  title: z.string().trim().min(1),
  /** Length in minutes. */
  minutes: z.number().int().min(1).max(480),
  /** `inhoud` (content), `oefening` (exercise) or `pauze` (break). */
  kind: z.enum(["inhoud", "oefening", "pauze"]),
});

/** Frontmatter of a training module (trainingsmodule). */
export const moduleSchema = z.strictObject({
  ...toolkitPageFields,
  /** Who the module is for. */
  audience: z.array(z.string().trim().min(1)).min(1),
  /** What participants can do afterwards. */
  objectives: z.array(z.string().trim().min(1)).min(1),
  /** What the trainer needs. */
  materials: z.array(z.string().trim().min(1)),
  /** The blocks of the session, in order; the module's duration is their sum. */
  programme: z.array(programmeBlockSchema).min(1),
});

/** Validated frontmatter of a training module. */
export type ModuleData = z.infer<typeof moduleSchema>;
