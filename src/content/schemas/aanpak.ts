import { z } from "zod";
import { toolkitPageFields } from "./common.ts";

/** Frontmatter of a page in the section "aanpak" (the approach itself). */
export const aanpakSchema = z.strictObject({ ...toolkitPageFields });

/** Validated frontmatter of an aanpak page. */
export type AanpakData = z.infer<typeof aanpakSchema>;
