import { z } from "zod";

/** How a reader can cite one source. */
const sourceSchema = z.strictObject({
  /** Title of the source as published. */
  title: z.string().trim().min(1),
  /** Who published it; null when the source does not say. */
  publisher: z.string().trim().min(1).nullable(),
  /** Publication date ("YYYY", "YYYY-MM" or "YYYY-MM-DD"); null when unknown. */
  date: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
    .nullable(),
  /** Public https address; null when there is none. */
  url: z.url({ protocol: /^https$/ }).nullable(),
  /** Extra context for the reader, e.g. what kind of document it is. */
  note: z.string().trim().min(1).optional(),
});

/** _data/sources.yaml: source key → how to cite it. */
export const sourcesSchema = z.record(z.string().regex(/^[a-z0-9-]+$/), sourceSchema);

/** One citable source. */
export type Source = z.infer<typeof sourceSchema>;
