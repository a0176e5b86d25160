import { z } from "zod";
import { sourceRef, summary, title } from "./common.ts";

/** Frontmatter of a site page under content/pages/ (home, over, toegankelijkheid, privacy, colofon). */
export const pageSchema = z.strictObject({
  /** Page title, at most 70 characters. */
  title: title.meta({ title: "Titel", description: "De titel van de pagina, hoogstens 70 tekens." }),
  /** One sentence on what the page is for; used as meta description. */
  summary: summary.meta({
    title: "Samenvatting",
    description: "Eén zin over waar de pagina voor is, hoogstens 240 tekens. Deze zin is de beschrijving voor zoekmachines.",
  }),
  /** Sources, when the page states facts: keys of _data/sources.yaml or https URLs. */
  sources: z.array(sourceRef).optional().meta({
    title: "Bronnen",
    description:
      "Bronnen, als de pagina feiten noemt: de naam van een bron uit de bronnenlijst (_data/sources.yaml) of een webadres dat begint met https://. Niet verplicht.",
  }),
});

/** Validated frontmatter of a site page. */
export type PageData = z.infer<typeof pageSchema>;
