import type { z } from "zod";
import type { SectionSlug } from "./sections.ts";
import { aanpakSchema } from "./schemas/aanpak.ts";
import { methodiekSchema } from "./schemas/methodiek.ts";
import { moduleSchema } from "./schemas/module.ts";
import { randvoorwaardeSchema } from "./schemas/randvoorwaarde.ts";
import { variantSchema } from "./schemas/variant.ts";

/** The frontmatter schema for pages in each toolkit section. */
export const SECTION_SCHEMAS: Record<SectionSlug, z.ZodType> = {
  aanpak: aanpakSchema,
  randvoorwaarden: randvoorwaardeSchema,
  varianten: variantSchema,
  training: moduleSchema,
  methodieken: methodiekSchema,
};
