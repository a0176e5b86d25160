import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readFileSync } from "node:fs";
import { checkRekenhulp, REKENHULP_FILE } from "../../../src/content/rekenhulp-figures.ts";
import { rekenhulpSchema } from "../../../src/content/schemas/rekenhulp.ts";
import { zodIssuesToErrors } from "../../../src/content/zod-issues.ts";
import type { ContentError } from "../../../src/content/content-error.ts";
import { setAsideReason } from "../../../src/toolkit/rekenhulp-view.ts";

/** The figures as the site has them. */
const real = parse(readFileSync(REKENHULP_FILE, "utf8")) as { figures: Record<string, unknown>[] };

/** The figures file with one figure changed. */
function withFigure(id: string, change: (figure: Record<string, unknown>) => Record<string, unknown>): unknown {
  return { ...real, figures: real.figures.map((figure) => (figure.id === id ? change({ ...figure }) : figure)) };
}

/** The Dutch errors of a figures file, as the build reports them. */
function errorsOf(input: unknown): ContentError[] {
  const result = rekenhulpSchema.safeParse(input);
  if (!result.success) return zodIssuesToErrors(REKENHULP_FILE, input, result.error.issues);
  const errors: ContentError[] = [];
  checkRekenhulp(result.data, undefined, {}, errors);
  return errors.filter((error) => !error.field.endsWith(".source"));
}

describe("whose cost each rekenhulp figure is", () => {
  it("gives every figure of the site a kind and an age group, and accepts them", () => {
    expect(errorsOf(real)).toEqual([]);
    const kindOf = (id: string): unknown => real.figures.find((figure) => figure.id === id)?.kind;
    expect(["bouwbudget", "schuldopbouw", "huisuitzetting", "uitkering"].map(kindOf)).toEqual(["gemeente", "jongere", "maatschappij", "gemeente"]);
  });

  it("refuses a figure without a kind, naming file, field, what it expects and what it found", () => {
    const errors = errorsOf(withFigure("opvang", ({ kind: _kind, ...rest }) => rest));
    expect(errors.map(({ file, field, expected }) => ({ file, field, expected }))).toEqual([
      { file: REKENHULP_FILE, field: "figures[4].kind", expected: "een van: gemeente, maatschappij, jongere" },
    ]);
    expect(errors[0]?.found).toContain("ontbreekt");
  });

  it("refuses a figure without an age group, and an unknown kind", () => {
    expect(errorsOf(withFigure("opvang", ({ ageGroup: _age, ...rest }) => rest)).map((error) => error.field)).toEqual(["figures[4].ageGroup"]);
    const unknown = errorsOf(withFigure("opvang", (figure) => ({ ...figure, kind: "rijk" })));
    expect(unknown.map((error) => [error.field, error.expected])).toEqual([["figures[4].kind", "een van: gemeente, maatschappij, jongere"]]);
    expect(unknown[0]?.found).toContain("rijk");
  });

  it("refuses a bouwbudget that is not the municipality's, and a bearer for anything but a cost to society", () => {
    expect(errorsOf(withFigure("bouwbudget", (figure) => ({ ...figure, kind: "maatschappij" }))).map((error) => error.field)).toEqual(["figures[1].kind"]);
    expect(errorsOf(withFigure("schuldopbouw", (figure) => ({ ...figure, bears: "de gemeente" }))).map((error) => error.field)).toEqual(["figures[6].bears"]);
  });

  it("never compares a young person's own debt or an adult's benefit with the bouwbudget", () => {
    const young = { kind: "jongere", ageGroup: { scope: "jongeren", label: "18 tot 21" } } as const;
    const adult = { kind: "gemeente", ageGroup: { scope: "volwassenen", label: "volwassene" } } as const;
    const society = { kind: "maatschappij", ageGroup: { scope: "niet-genoemd", label: "geen leeftijd" } } as const;
    expect(setAsideReason(young, "ongeveer € 255 per maand")).toContain("eigen situatie van de jongere");
    expect(setAsideReason(adult, "ongeveer € 255 per maand")).toContain("jongerennorm: ongeveer € 255 per maand");
    expect(setAsideReason(society, "ongeveer € 255 per maand")).toBeUndefined();
  });
});
