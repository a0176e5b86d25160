/**
 * The rekenhulp's calculation: what Het Bouwdepot costs for the inputs a civil servant gives, and how many of each
 * sourced cost it aims to prevent one young person's bouwbudget equals. Pure, and shared by the build (the worked example for readers without
 * JavaScript) and the browser (bundled by esbuild), so both always compute the same.
 */

import { dutchNumber } from "../format/decimal.ts";

/** The inputs, as the form and the URL hold them. */
export interface RekenInput {
  /** Number of young people. */
  youngPeople: number;
  /** Bouwbudget per young person per month, in euros. */
  monthlyAmount: number;
  /** Months each young person gets it. */
  months: number;
  /** Guidance per young person per year, in euros; null when not filled in (no source gives it). */
  guidancePerYear: number | null;
  /** Running the ANBI route per year, in euros; null when not filled in. */
  anbiPerYear: number | null;
  /** One-off implementation costs, in euros; null when not filled in. */
  implementation: number | null;
}

/** The names of the inputs in the URL's query string. */
export const INPUT_PARAMS = {
  youngPeople: "jongeren",
  monthlyAmount: "bedrag",
  months: "maanden",
  guidancePerYear: "begeleiding",
  anbiPerYear: "anbi",
  implementation: "invoering",
} as const satisfies Record<keyof RekenInput, string>;

/** The costs no source gives, which readers fill in. */
export type OtherCost = "guidance" | "anbi" | "implementation";

/** A field's message: which input it is about and what was done with it. */
export interface InputMessage {
  /** The input. */
  key: keyof RekenInput;
  /** The message in Dutch. */
  text: string;
}

/** A cost from a source that Het Bouwdepot aims to prevent, as the calculation needs it. */
export interface Alternative {
  /** Its id. */
  id: string;
  /** Its value. */
  value: number;
  /** Its unit: a one-off cost, a cost per year, or per month (then counted as a year: twelve months). */
  unit: "euro" | "euro per jaar" | "euro per maand";
}

/** One year of the pilot. */
export interface PilotYear {
  /** 1 for the first year. */
  year: number;
  /** Months of bouwbudget in that year. */
  months: number;
  /** Bouwbudget paid in that year. */
  budget: number;
  /** The other costs filled in, for that year. */
  other: number;
}

/** What the inputs cost and what they equal. */
export interface RekenResult {
  /** Bouwbudget for all young people over all months. */
  budget: number;
  /** The part of the budget above what the youth norm would pay in the same months. */
  aboveYouthNorm: number;
  /** Guidance over the pilot; null when not filled in. */
  guidance: number | null;
  /** The ANBI route over the pilot; null when not filled in. */
  anbi: number | null;
  /** Implementation; null when not filled in. */
  implementation: number | null;
  /** Budget plus every cost filled in. */
  total: number;
  /** True when every cost was filled in. */
  complete: boolean;
  /** The costs not filled in, in the order of the form. */
  missing: OtherCost[];
  /** Bouwbudget for one young person over all months. */
  budgetPerYoungPerson: number;
  /** The total per young person. */
  perYoungPerson: number;
  /** The costs per year of the pilot. */
  years: PilotYear[];
  /** Per alternative: what one costs (a year for monthly figures) and how many of them one young person's bouwbudget equals. */
  breakEven: { id: string; unitCost: number; count: number }[];
}

/** Limits of each input: beyond them a value is refused with a message. */
const LIMITS = {
  youngPeople: { min: 1, max: 100_000, integer: true },
  monthlyAmount: { min: 0, max: 100_000, integer: false },
  months: { min: 1, max: 120, integer: true },
  guidancePerYear: { min: 0, max: 10_000_000, integer: false },
  anbiPerYear: { min: 0, max: 100_000_000, integer: false },
  implementation: { min: 0, max: 100_000_000, integer: false },
} as const satisfies Record<keyof RekenInput, { min: number; max: number; integer: boolean }>;

/** Dutch names of the inputs, for messages. */
const NAMES: Record<keyof RekenInput, string> = {
  youngPeople: "Aantal jongeren",
  monthlyAmount: "Bouwbudget per maand",
  months: "Aantal maanden",
  guidancePerYear: "Begeleiding per jongere per jaar",
  anbiPerYear: "Kosten van de ANBI-route per jaar",
  implementation: "Invoeringskosten",
};

/**
 * Reads the inputs from a query string. A value that is not a number, or lies outside its limits, is not used: the
 * default (or "niet ingevuld") takes its place and a Dutch message says so. Dutch notation is accepted ("1.050,50").
 */
export function parseInput(query: string, defaults: RekenInput): { input: RekenInput; messages: InputMessage[] } {
  const params = new URLSearchParams(query);
  const messages: InputMessage[] = [];
  const read = <K extends keyof RekenInput>(key: K): RekenInput[K] => {
    const raw = params.get(INPUT_PARAMS[key])?.trim() ?? "";
    if (raw === "") return defaults[key];
    const value = parseDutchNumber(raw);
    const limit = LIMITS[key];
    const fallback = defaults[key] === null ? "het blijft niet ingevuld" : `${dutchNumber(defaults[key] ?? 0)} is gebruikt`;
    if (value === undefined) {
      messages.push({ key, text: `${NAMES[key]}: "${raw.slice(0, 20)}" is geen getal; ${fallback}.` });
    } else if (value < limit.min || value > limit.max) {
      messages.push({ key, text: `${NAMES[key]}: ${raw.slice(0, 20)} ligt niet tussen ${dutchNumber(limit.min)} en ${dutchNumber(limit.max)}; ${fallback}.` });
    } else if (limit.integer && !Number.isInteger(value)) {
      messages.push({ key, text: `${NAMES[key]}: ${raw.slice(0, 20)} is geen heel getal; ${fallback}.` });
    } else {
      return value;
    }
    return defaults[key];
  };
  const input: RekenInput = {
    youngPeople: read("youngPeople"),
    monthlyAmount: read("monthlyAmount"),
    months: read("months"),
    guidancePerYear: read("guidancePerYear"),
    anbiPerYear: read("anbiPerYear"),
    implementation: read("implementation"),
  };
  return { input, messages };
}

/** The query string of the inputs (without the ones left empty), for a link that reproduces the calculation. */
export function inputQuery(input: RekenInput): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(INPUT_PARAMS) as (keyof RekenInput)[]) {
    const value = input[key];
    if (value !== null) params.set(INPUT_PARAMS[key], String(value));
  }
  return params.toString();
}

/** A number in Dutch or plain notation ("1.050", "1050", "1.050,50", "12,5"); undefined when it is none. */
export function parseDutchNumber(text: string): number | undefined {
  const cleaned = text.replace(/[€\s]/g, "");
  const normalised = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(cleaned) ? cleaned.replace(/\./g, "").replace(",", ".") : cleaned.replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return undefined;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}

/** Computes the costs of the inputs and what one young person's bouwbudget equals in each alternative; finite within the limits. */
export function calculate(input: RekenInput, youthNorm: number, alternatives: readonly Alternative[]): RekenResult {
  const { youngPeople, monthlyAmount, months } = input;
  const budget = youngPeople * monthlyAmount * months;
  const aboveYouthNorm = youngPeople * Math.max(0, monthlyAmount - youthNorm) * months;
  const share = (monthsInYear: number): number => monthsInYear / 12;
  const guidance = input.guidancePerYear === null ? null : youngPeople * input.guidancePerYear * share(months);
  const anbi = input.anbiPerYear === null ? null : input.anbiPerYear * share(months);
  const implementation = input.implementation;
  const total = budget + (guidance ?? 0) + (anbi ?? 0) + (implementation ?? 0);
  const years = Array.from({ length: Math.ceil(months / 12) }, (_, index) => {
    const inYear = Math.min(12, months - index * 12);
    const other =
      (input.guidancePerYear === null ? 0 : youngPeople * input.guidancePerYear * share(inYear)) +
      (input.anbiPerYear === null ? 0 : input.anbiPerYear * share(inYear)) +
      (index === 0 ? (implementation ?? 0) : 0);
    return { year: index + 1, months: inYear, budget: youngPeople * monthlyAmount * inYear, other };
  });
  const others: Record<OtherCost, number | null> = { guidance, anbi, implementation };
  const missing = (Object.keys(others) as OtherCost[]).filter((key) => others[key] === null);
  const budgetPerYoungPerson = monthlyAmount * months;
  return {
    budget,
    aboveYouthNorm,
    guidance,
    anbi,
    implementation,
    total,
    complete: missing.length === 0,
    missing,
    budgetPerYoungPerson,
    perYoungPerson: total / youngPeople,
    years,
    breakEven: alternatives.map((alternative) => {
      const unitCost = alternative.unit === "euro per maand" ? alternative.value * 12 : alternative.value;
      return { id: alternative.id, unitCost, count: budgetPerYoungPerson / unitCost };
    }),
  };
}
