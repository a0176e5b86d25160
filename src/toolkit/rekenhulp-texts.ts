import { oneDecimal, dutchNumber } from "../format/decimal.ts";
import { euro } from "../format/euro.ts";
import type { OtherCost, RekenInput, RekenResult } from "./rekenhulp-calc.ts";

/** A year of the pilot as the table shows it. */
export interface YearTexts {
  /** "Jaar 1 (12 maanden)". */
  label: string;
  /** Bouwbudget that year. */
  budget: string;
  /** The other costs filled in. */
  other: string;
  /** Both. */
  total: string;
}

/** Every text the result shows, by the name of the element it goes in (`data-out`), and the years of the pilot. */
export interface RekenTexts {
  /** Text per output element. */
  out: Record<string, string>;
  /** The rows of the table per year. */
  years: YearTexts[];
}

const NOT_FILLED = "niet ingevuld";

/** The sentences that frame the rekenhulp's comparison, shared by its page and the release summary. */
export const REKEN_FRAMING = {
  /** After the bouwbudget: the sourced costs stand beside it, each on its own, never added up. */
  beside:
    "Daarnaast staan kosten die de bronnen noemen en die Het Bouwdepot wil voorkomen. Elke rij staat op zichzelf: de bronnen tellen deze kosten niet bij elkaar op, dus doet deze rekenhulp dat ook niet.",
  /** After the table, following "Let op:": the figures come from other places and years, and say nothing of a saving. */
  warning:
    "deze bedragen komen uit andere plaatsen en jaren dan jouw gemeente, en gelden niet per se voor jongeren: bij elk bedrag staat voor wie het geldt. Hoeveel jouw gemeente voorkomt, en wie dan bespaart, weet je pas als je het meet.",
  /** Before what was measured elsewhere: no forecast, and what the source leaves out. */
  measured:
    "Dit is gemeten of verwacht op de plek die erbij staat. Het is geen voorspelling voor jouw gemeente. De bron zegt niet wanneer er gemeten is, en niet hoeveel jongeren aan elke meting meededen.",
  /** After an expected payback time. */
  expectation: "Dit is een verwachting, geen gemeten uitkomst.",
} as const;

/** The costs no source gives, as the sentence on what is missing names them. */
const OTHER_NAMES: Record<OtherCost, string> = {
  guidance: "begeleiding",
  anbi: "de route via de ANBI-stichting",
  implementation: "invoering",
};

/**
 * The result in words and Dutch amounts: the same function fills the page at build time and in the browser, so a
 * reader with and without JavaScript sees the same figures for the same inputs.
 */
export function rekenTexts(input: RekenInput, result: RekenResult): RekenTexts {
  const optional = (value: number | null): string => (value === null ? NOT_FILLED : euro(round(value)));
  const out: Record<string, string> = {
    inputs: inputsText(input),
    budget: euro(round(result.budget)),
    aboveYouthNorm: euro(round(result.aboveYouthNorm)),
    guidance: optional(result.guidance),
    anbi: optional(result.anbi),
    implementation: optional(result.implementation),
    total: euro(round(result.total)),
    totalLabel: totalLabel(result),
    missing: missingText(result.missing),
    perYoungPerson: euro(round(result.perYoungPerson)),
    budgetPerYoungPerson: euro(round(result.budgetPerYoungPerson)),
  };
  for (const entry of result.breakEven) out[`count-${entry.id}`] = oneDecimal(entry.count);
  const years = result.years.map((year) => ({
    label: `Jaar ${year.year} (${year.months} ${year.months === 1 ? "maand" : "maanden"})`,
    budget: euro(round(year.budget)),
    other: euro(round(year.other)),
    total: euro(round(year.budget + year.other)),
  }));
  return { out, years };
}

/** What the total holds: "Totaal" only when every cost is filled in, "Bouwbudget alleen" while none is. */
function totalLabel(result: Pick<RekenResult, "missing">): string {
  if (result.missing.length === 0) return "Totaal";
  return result.missing.length === Object.keys(OTHER_NAMES).length ? "Bouwbudget alleen" : "Bouwbudget en de ingevulde kosten, geen totaal";
}

/** The costs still missing from the total, named, with a warning that they are usually large; empty when none is. */
function missingText(missing: readonly OtherCost[]): string {
  if (missing.length === 0) return "";
  const names = missing.map((key) => OTHER_NAMES[key]);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} en ${names.at(-1) ?? ""}`;
  return `Nog niet ingevuld: ${list}. Die kosten zijn meestal groot. Zet dit bedrag dus niet als totaal in een begroting.`;
}

/** The inputs in one sentence, for the result and the citation: "10 jongeren, € 1.050 per maand, 12 maanden; …". */
function inputsText(input: RekenInput): string {
  const filled = (label: string, value: number | null): string => `${label} ${value === null ? NOT_FILLED : euro(value)}`;
  return [
    `${dutchNumber(input.youngPeople)} ${input.youngPeople === 1 ? "jongere" : "jongeren"}, ${euro(input.monthlyAmount)} per maand, ${dutchNumber(input.months)} ${input.months === 1 ? "maand" : "maanden"}`,
    filled("begeleiding per jongere per jaar", input.guidancePerYear),
    filled("ANBI-route per jaar", input.anbiPerYear),
    filled("invoering", input.implementation),
  ].join("; ");
}

/** Whole euros: amounts are estimates, and cents would suggest a precision no input has. */
function round(value: number): number {
  return Math.round(value);
}

/** A sourced figure in words: "ongeveer € 30.000 per jaar", "€ 4.000 tot € 6.000", "ongeveer 3 jaar". */
export function figureText(figure: { value: number; unit: string; approximate: boolean; range?: { min: number; max: number } | undefined }): string {
  const amount = (value: number): string => (figure.unit === "jaar" ? `${dutchNumber(value)} jaar` : euro(value));
  const value = figure.range ? `${amount(figure.range.min)} tot ${amount(figure.range.max)}` : amount(figure.value);
  const per = figure.unit === "euro per maand" ? " per maand" : figure.unit === "euro per jaar" ? " per jaar" : "";
  return `${figure.approximate && !figure.range ? "ongeveer " : ""}${value}${per}`;
}

/**
 * Where a figure comes from and when, as one phrase: "Bossche Bond, praktijkvoorbeeld, 2018", or with an unknown
 * year "Zwerfjongeren Nederland (jaar van het bedrag onbekend)"; the year is never guessed.
 */
export function originText(figure: { context: string; year: number | null; unit: string }): string {
  if (figure.year !== null) return `${figure.context}, ${figure.year}`;
  const unknown = `jaar van het ${figure.unit === "jaar" ? "cijfer" : "bedrag"} onbekend`;
  return figure.context.endsWith(")") ? `${figure.context}, ${unknown}` : `${figure.context} (${unknown})`;
}

/** Whose cost a figure is, in words: "Kosten voor de maatschappij; de bron zegt niet wie ze draagt". */
export function kindText(figure: { kind: "gemeente" | "maatschappij" | "jongere"; bears: string | null }): string {
  if (figure.kind === "gemeente") return "Kosten van de gemeente";
  if (figure.kind === "jongere") return "De eigen situatie van de jongere";
  return figure.bears === null
    ? "Kosten voor de maatschappij; de bron zegt niet wie ze draagt"
    : `Kosten voor de maatschappij, volgens de bron voor ${figure.bears}`;
}
