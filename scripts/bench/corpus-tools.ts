import { stringify } from "yaml";
import type { FigureData, OutcomeData, RekenhulpData } from "../../src/content/schemas/rekenhulp.ts";
import type { StartnotitieData, StartOptionData } from "../../src/content/schemas/startnotitie.ts";

/** The one source every page of the corpus cites (its key in the corpus's _data/sources.yaml). */
const SOURCE = "bron";

/** The subjects of the corpus's first randvoorwaarden, for the startnotitie's choices; as many conditions as these. */
const SUBJECTS = ["de doelgroep", "het bedrag en de duur", "de stichting", "de financiering", "de begeleiding"];

/** The first release, and the second where the corpus has one: what some figures, outcomes and choices start from. */
function firstReleases(releases: number): { first: string; later: string } {
  return { first: "1.0", later: releases > 1 ? "2.0" : "1.0" };
}

/** Whom a figure holds for, in the source's words, by its age group. */
const AGE_LABELS: Record<FigureData["ageGroup"]["scope"], string> = {
  jongeren: "jongeren in de voorbeeldaanpak",
  volwassenen: "een volwassene (de bron noemt geen leeftijd)",
  "niet-genoemd": "de bron noemt geen leeftijd",
};

/** One figure in short: id, role, label, kind, value, unit, year and age group. */
type FigureRow = [FigureData["id"], FigureData["role"], string, FigureData["kind"], number, FigureData["unit"], number | null, FigureData["ageGroup"]["scope"]];

/** One figure of each role and as many as the real content/rekenhulp.yaml has, of the same kinds, units and values; release N dates from 2010 + N. */
const FIGURES: readonly FigureRow[] = [
  ["voorbeeldbudget", "maandbedrag", "Voorbeeldbudget per jongere per maand", "gemeente", 1050, "euro per maand", null, "jongeren"],
  ["voorbeeldnorm", "jongerennorm", "Voorbeeld van een jongerennorm", "jongere", 255, "euro per maand", null, "jongeren"],
  ["voorbeeld-uitzetting", "alternatief", "Een voorbeeld van een uitzetting", "maatschappij", 6000, "euro", 2011, "niet-genoemd"],
  ["voorbeeld-opvang", "alternatief", "Een voorbeeldjaar opvang", "maatschappij", 30000, "euro per jaar", 2011, "niet-genoemd"],
  ["voorbeeld-uitkering", "alternatief", "Een voorbeeldjaar uitkering", "gemeente", 15000, "euro per jaar", 2011, "volwassenen"],
  ["voorbeeld-schuld", "alternatief", "Voorbeeld van een schuld die een jongere opbouwt", "jongere", 666, "euro per maand", null, "jongeren"],
  ["voorbeeld-inleg", "bijdrage", "Voorbeeld van de inleg van elke partij", "maatschappij", 5000, "euro", 2011, "niet-genoemd"],
  ["voorbeeld-terugverdientijd", "terugverdientijd", "Voorbeeld van een terugverdientijd", "gemeente", 3, "jaar", 2012, "jongeren"],
];

/** The figures in full, keys in the real file's order: the payback time from the second release on, as there. */
function figures(first: string, later: string): FigureData[] {
  return FIGURES.map(([id, role, label, kind, value, unit, year, scope]) => ({
    id,
    role,
    label,
    kind,
    bears: role === "bijdrage" ? "voorbeeldpartijen" : null,
    ageGroup: { scope, label: AGE_LABELS[scope] },
    value,
    approximate: role !== "maandbedrag" && role !== "bijdrage",
    unit,
    year,
    source: SOURCE,
    context: `Voorbeeldbron, synthetisch cijfer ${id}`,
    since: role === "terugverdientijd" ? later : first,
  }));
}

/** Three outcomes from the second release on, as the real file has them. */
function outcomes(later: string): OutcomeData[] {
  const outcome = (id: string, label: string, before: number, after: number): OutcomeData => ({
    id,
    label,
    before,
    after,
    source: SOURCE,
    context: "Voorbeeldpilot met 30 jongeren",
    since: later,
  });
  return [
    outcome("voorbeeld-wonen", "Woont zelfstandig", 60.9, 82.6),
    outcome("voorbeeld-werk", "Werkt voltijd", 8.7, 30.4),
    outcome("voorbeeld-schulden", "Is schuldenvrij", 30.4, 56.5),
  ];
}

/** content/rekenhulp.yaml of a corpus of `releases` releases, linked from its first randvoorwaarden (`conditions`, page ids). */
export function rekenhulpYaml(releases: number, conditions: readonly string[]): string {
  const { first, later } = firstReleases(releases);
  const data: RekenhulpData = {
    linkedFrom: conditions.slice(0, 3),
    figures: figures(first, later),
    outcomes: outcomes(later),
    changes: [{ date: "2026-12-07", why: "Voorbeeld van een wijziging: de rekenhulp zet het voorbeeldbudget nu naast de kosten die de aanpak wil voorkomen." }],
  };
  return `# Synthetische referentiecijfers van de benchmark (scripts/bench/corpus-tools.ts).\n${stringify(data, { lineWidth: 0 })}`;
}

/** The choices of the `index`th condition: two or three, the last of every second condition only from the second release on. */
function options(index: number, subject: string, first: string, later: string): StartOptionData[] {
  const count = 2 + (index % 2);
  return Array.from({ length: count }, (_, position) => ({
    id: `voorbeeldkeuze-${position + 1}`,
    label: `Voorbeeldkeuze ${position + 1} voor ${subject}`,
    help: `Voorbeelduitleg bij keuze ${position + 1}: de synthetische bron noemt deze keuze. Noem in je toelichting hoe je gemeente ${subject} regelt.`,
    since: index % 2 === 1 && position === count - 1 ? later : first,
    sources: [SOURCE],
  }));
}

/** content/startnotitie.yaml of a corpus of `releases` releases: choices for its first randvoorwaarden (`conditions`, page ids). */
export function startnotitieYaml(releases: number, conditions: readonly string[]): string {
  const { first, later } = firstReleases(releases);
  const chosen = conditions.slice(0, SUBJECTS.length);
  const data: StartnotitieData = {
    conditions: Object.fromEntries(chosen.map((id, index) => [id, options(index, SUBJECTS[index] ?? "de aanpak", first, later)])),
  };
  return `# Synthetische keuzes per randvoorwaarde van de benchmark (scripts/bench/corpus-tools.ts).\n${stringify(data, { lineWidth: 0 })}`;
}
