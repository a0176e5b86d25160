import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculate, inputQuery, parseDutchNumber, parseInput, type Alternative, type RekenInput } from "../../../src/toolkit/rekenhulp-calc.ts";
import { rekenTexts } from "../../../src/toolkit/rekenhulp-texts.ts";

const defaults: RekenInput = { youngPeople: 10, monthlyAmount: 1050, months: 12, guidancePerYear: null, anbiPerYear: null, implementation: null };
const alternatives: Alternative[] = [
  { id: "huisuitzetting", value: 6000, unit: "euro" },
  { id: "opvang", value: 30000, unit: "euro per jaar" },
  { id: "per-maand", value: 500, unit: "euro per maand" },
];

describe("the rekenhulp's calculation", () => {
  it("computes the budget, the part above the youth norm, the total per young person and what one young person's bouwbudget equals", () => {
    const result = calculate(defaults, 255, alternatives);
    expect(result.budget).toBe(126_000);
    expect(result.aboveYouthNorm).toBe(10 * (1050 - 255) * 12);
    expect(result).toMatchObject({
      guidance: null,
      anbi: null,
      implementation: null,
      total: 126_000,
      complete: false,
      perYoungPerson: 12_600,
      budgetPerYoungPerson: 12_600,
    });
    expect(result.missing).toEqual(["guidance", "anbi", "implementation"]);
    expect(result.breakEven).toEqual([
      { id: "huisuitzetting", unitCost: 6000, count: 2.1 },
      { id: "opvang", unitCost: 30000, count: 0.42 },
      { id: "per-maand", unitCost: 6000, count: 2.1 },
    ]);
  });

  it("adds the costs the user fills in and splits everything over the years of the pilot", () => {
    const input = { ...defaults, youngPeople: 4, months: 18, guidancePerYear: 2000, anbiPerYear: 1200, implementation: 5000 };
    const result = calculate(input, 255, []);
    expect(result.budget).toBe(4 * 1050 * 18);
    expect(result.guidance).toBe(4 * 2000 * 1.5);
    expect(result.anbi).toBe(1200 * 1.5);
    expect(result.total).toBe(4 * 1050 * 18 + 12_000 + 1800 + 5000);
    expect(result.complete).toBe(true);
    expect(result.years).toEqual([
      { year: 1, months: 12, budget: 4 * 1050 * 12, other: 4 * 2000 + 1200 + 5000 },
      { year: 2, months: 6, budget: 4 * 1050 * 6, other: 4 * 1000 + 600 },
    ]);
    expect(result.years.reduce((sum, year) => sum + year.budget + year.other, 0)).toBe(result.total);
  });

  it("calls the total Totaal only once every other cost is filled in, and names what is missing until then", () => {
    const partly = rekenTexts(defaults, calculate({ ...defaults, guidancePerYear: 3000 }, 255, []));
    expect([partly.out.totalLabel, partly.out.missing]).toEqual([
      "Bouwbudget en de ingevulde kosten, geen totaal",
      "Nog niet ingevuld: de route via de ANBI-stichting en invoering. Die kosten zijn meestal groot. Zet dit bedrag dus niet als totaal in een begroting.",
    ]);
    const full = rekenTexts(defaults, calculate({ ...defaults, guidancePerYear: 3000, anbiPerYear: 1000, implementation: 5000 }, 255, []));
    expect([full.out.totalLabel, full.out.missing]).toEqual(["Totaal", ""]);
  });

  it("counts nothing above the youth norm when the amount is below it", () => {
    expect(calculate({ ...defaults, monthlyAmount: 200 }, 255, []).aboveYouthNorm).toBe(0);
  });

  it("writes the amounts the Dutch way, and costs left empty as niet ingevuld", () => {
    const texts = rekenTexts(defaults, calculate(defaults, 255, alternatives));
    expect(texts.out.budget).toBe("€\u00a0126.000");
    expect(texts.out.guidance).toBe("niet ingevuld");
    expect(texts.out.totalLabel).toBe("Bouwbudget alleen");
    expect(texts.out.missing).toBe(
      "Nog niet ingevuld: begeleiding, de route via de ANBI-stichting en invoering. Die kosten zijn meestal groot. Zet dit bedrag dus niet als totaal in een begroting.",
    );
    expect(texts.out["count-opvang"]).toBe("0,4");
    expect(texts.out.inputs).toBe(
      "10 jongeren, €\u00a01.050 per maand, 12 maanden; begeleiding per jongere per jaar niet ingevuld; ANBI-route per jaar niet ingevuld; invoering niet ingevuld",
    );
    expect(texts.years).toEqual([{ label: "Jaar 1 (12 maanden)", budget: "€\u00a0126.000", other: "€\u00a00", total: "€\u00a0126.000" }]);
  });
});

describe("reading the inputs from the URL", () => {
  it("reads every input and writes them back to the same query", () => {
    const { input, messages } = parseInput("?jongeren=25&bedrag=1.050&maanden=12&begeleiding=2500,50&anbi=&invoering=10000", defaults);
    expect(messages).toEqual([]);
    expect(input).toEqual({ youngPeople: 25, monthlyAmount: 1050, months: 12, guidancePerYear: 2500.5, anbiPerYear: null, implementation: 10000 });
    expect(parseInput(inputQuery(input), defaults).input).toEqual(input);
  });

  it("refuses zero, very large and non-numeric values with a Dutch message, keeping the default", () => {
    const { input, messages } = parseInput("jongeren=0&bedrag=abc&maanden=1e9&begeleiding=Infinity&anbi=-5&invoering=NaN", defaults);
    expect(input).toEqual(defaults);
    expect(messages).toEqual([
      { key: "youngPeople", text: "Aantal jongeren: 0 ligt niet tussen 1 en 100.000; 10 is gebruikt." },
      { key: "monthlyAmount", text: 'Bouwbudget per maand: "abc" is geen getal; 1.050 is gebruikt.' },
      { key: "months", text: 'Aantal maanden: "1e9" is geen getal; 12 is gebruikt.' },
      { key: "guidancePerYear", text: 'Begeleiding per jongere per jaar: "Infinity" is geen getal; het blijft niet ingevuld.' },
      { key: "anbiPerYear", text: "Kosten van de ANBI-route per jaar: -5 ligt niet tussen 0 en 100.000.000; het blijft niet ingevuld." },
      { key: "implementation", text: 'Invoeringskosten: "NaN" is geen getal; het blijft niet ingevuld.' },
    ]);
    expect(parseInput("jongeren=2,5", defaults).messages).toEqual([{ key: "youngPeople", text: "Aantal jongeren: 2,5 is geen heel getal; 10 is gebruikt." }]);
  });

  it("reads Dutch and plain notation", () => {
    expect([
      parseDutchNumber("1.050"),
      parseDutchNumber("1050"),
      parseDutchNumber("1.050,50"),
      parseDutchNumber("12,5"),
      parseDutchNumber("€ 2.000"),
      parseDutchNumber("1,2,3"),
    ]).toEqual([1050, 1050, 1050.5, 12.5, 2000, undefined]);
  });

  it("never shows NaN or Infinity, whatever the query string holds", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (a, b, c, d) => {
        const query = new URLSearchParams({ jongeren: a, bedrag: b, maanden: c, begeleiding: d, anbi: a, invoering: b }).toString();
        const { input } = parseInput(query, defaults);
        const texts = rekenTexts(input, calculate(input, 255, alternatives));
        const all = [...Object.values(texts.out), ...texts.years.flatMap((year): string[] => [year.label, year.budget, year.other, year.total])].join(" ");
        return !/NaN|Infinity|∞/.test(all);
      }),
    );
  });
});
