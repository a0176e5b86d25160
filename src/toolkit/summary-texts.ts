/**
 * The connecting text of a release summary, kept in code: its headings, labels and the few sentences that join the
 * parts. Everything else in a summary comes from the release's own pages and figures. `{name}` marks a slot that the
 * summary fills with a value from the release (its version, a date); tests read a slot as "any text".
 */
export const SUMMARY_TEXTS = {
  title: "Samenvatting voor college en raad",
  lead: "Release {version} van de toolkit in het kort: wat Het Bouwdepot is, wat verplicht is, wat het kost, wat het onderzoek laat zien en welke gemeenten ermee werken.",
  made: "Elke zin komt uit de pagina's van deze release; bij elk deel staat uit welke pagina.",
  about: "Wat Het Bouwdepot is en voor wie",
  conditions: "Randvoorwaarden",
  conditionsIntro: "Per randvoorwaarde staat wat de gemeente zelf kiest.",
  condition: "Randvoorwaarde",
  localChoice: "Wat de gemeente zelf kiest",
  costs: "Wat het kost",
  monthly: "Bouwbudget per jongere per maand",
  yearly: "Bouwbudget per jongere voor een jaar",
  youthNorm: "Ter vergelijking: de jongerennorm",
  notEverything: "Het bouwbudget is niet alles wat Het Bouwdepot kost.",
  notCompared: "Niet om mee te vergelijken",
  research: "Wat het onderzoek laat zien, en wat niet",
  noResearch: "Release {version} noemt nog geen gemeten uitkomsten van Het Bouwdepot.",
  municipalities: "Welke gemeenten ermee werken",
  variant: "Variant",
  readOn: "Verder lezen",
  readOnIntro: "Alles in deze samenvatting staat uitgebreider in release {version}, met de bronnen bij elke pagina:",
  from: "uit:",
  releaseHome: "Release {version}",
  printEdition: "De hele release om af te drukken",
  compare: "Alle varianten naast elkaar",
  rekenhulp: "Rekenhulp",
} as const;

/** The name of a connecting text. */
export type SummaryTextKey = keyof typeof SUMMARY_TEXTS;

/** A connecting text with its slots filled in; a slot without a value is left as it is. */
export function summaryText(key: SummaryTextKey, values: Readonly<Record<string, string>> = {}): string {
  return SUMMARY_TEXTS[key].replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}

/** Every connecting text with the release's values filled in, by name: what the summary's template shows. */
export function summaryTexts(values: Readonly<Record<string, string>>): Record<SummaryTextKey, string> {
  const keys = Object.keys(SUMMARY_TEXTS) as SummaryTextKey[];
  return Object.fromEntries(keys.map((key) => [key, summaryText(key, values)])) as Record<SummaryTextKey, string>;
}
