import type { ToolkitPage } from "../content/model.ts";
import { minutes } from "../format/minutes.ts";
import { draaiboek } from "./draaiboek.ts";
import { variantFields } from "./variant-fields.ts";

/** One fact of a page as readers see it: a label and its value in words. */
export interface PageFact {
  /** Dutch label, as on the page. */
  label: string;
  /** The value as the page shows it. */
  value: string;
  /** For a list (the sources), its items: a comparison then marks whole items as added or removed. */
  items?: string[];
}

/**
 * Everything a page shows its readers besides its body, as label and text: title, summary, the facts of its section
 * (as the page templates show them), its lists and its sources. Not what only orders or finds pages (`order`,
 * `trefwoorden`). A comparison of two releases compares exactly these; `titleOf` gives the title of a page of the
 * same release by id, for the preconditions a variant departs from.
 */
export function pageFacts(page: ToolkitPage, titleOf: (id: string) => string | undefined = () => undefined): PageFact[] {
  const facts: PageFact[] = [
    { label: "Titel", value: page.data.title },
    { label: "Samenvatting", value: page.data.summary },
    { label: "Grondslag", value: page.data.basis === "bron" ? "Gebaseerd op de bronnen onderaan" : "Redactioneel: advies van de redactie" },
    ...sectionFacts(page, titleOf),
    { label: "Bronnen", value: page.sources.map((source) => source.label).join("; "), items: page.sources.map((source) => source.label) },
  ];
  return facts;
}

function sectionFacts(page: ToolkitPage, titleOf: (id: string) => string | undefined): PageFact[] {
  switch (page.section) {
    case "aanpak":
      return [];
    case "randvoorwaarden":
      return [
        { label: "Soort", value: page.data.kind === "verplicht" ? "Verplicht" : "Aanbevolen" },
        { label: "Waarom", value: page.data.rationale },
        { label: "Wat de gemeente zelf kiest", value: page.data.localChoice },
      ];
    case "varianten":
      return [
        ...variantFields(page.data),
        ...page.data.deviations.map((deviation) => ({
          label: `Afwijking van "${titleOf(deviation.precondition) ?? deviation.precondition}"`,
          value: deviation.reason,
        })),
      ];
    case "training": {
      const plan = draaiboek(page.data.programme);
      return [
        { label: "Voor wie", value: page.data.audience.join(", ") },
        { label: "Duur", value: `${minutes(plan.totalMinutes)}, waarvan ${minutes(plan.breakMinutes)} pauze` },
        { label: "Leerdoelen", value: page.data.objectives.join("; ") },
        { label: "Materialen", value: page.data.materials.join("; ") },
        { label: "Programma", value: page.data.programme.map((block) => `${block.title} (${minutes(block.minutes)})`).join("; ") },
      ];
    }
    case "methodieken":
      return [
        { label: "Herkomst", value: page.data.origin },
        { label: "Doelgroep", value: page.data.targetGroup },
        { label: "Kernelementen", value: page.data.coreElements.join("; ") },
        { label: "Resultaten", value: page.data.results.join("; ") },
      ];
  }
}
