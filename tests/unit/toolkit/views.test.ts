import { describe, expect, it } from "vitest";
import { azIndex, sortTitle } from "../../../src/toolkit/a-z-index.ts";
import { sectionIndexGroups, type SectionIndexEntry } from "../../../src/toolkit/release-tools.ts";
import { compareVariants } from "../../../src/toolkit/compare-variants.ts";
import type { VariantData } from "../../../src/content/schemas/variant.ts";
import type { RandvoorwaardeData } from "../../../src/content/schemas/randvoorwaarde.ts";

const common = { summary: "S.", sources: ["x"], basis: "bron" as const };
const variant = (id: string, extra: Partial<VariantData>): { url: string; data: VariantData } => ({
  url: `/v/${id}/`,
  data: {
    ...common,
    id,
    title: `Variant ${id}`,
    municipalities: [id],
    start: null,
    participants: null,
    monthlyAmount: null,
    durationMonths: null,
    status: "pilot",
    partners: null,
    deviations: [],
    ...extra,
  },
});
const precondition = (id: string): { url: string; data: RandvoorwaardeData } => ({
  url: `/r/${id}/`,
  data: { ...common, id, title: `Voorwaarde ${id}`, kind: "verplicht", rationale: "R.", localChoice: "K." },
});

describe("compareVariants", () => {
  it("shows unknown values as onbekend and a deviation in its precondition's row", () => {
    const table = compareVariants(
      [
        variant("a", { participants: 30, monthlyAmount: 1050, start: "2022-06" }),
        variant("b", { deviations: [{ precondition: "leeftijd", reason: "Tot 21 jaar." }] }),
      ],
      [precondition("bedrag"), precondition("leeftijd")],
    );
    expect(table.variants).toEqual([
      { title: "Variant a", url: "/v/a/" },
      { title: "Variant b", url: "/v/b/" },
    ]);
    expect(table.fields.find((row) => row.label === "Aantal jongeren")?.cells).toEqual(["30", "onbekend"]);
    expect(table.fields.find((row) => row.label === "Start")?.cells).toEqual(["juni 2022", "onbekend"]);
    expect(table.fields.find((row) => row.label === "Bouwbudget per maand")?.cells[0]).toMatch(/^€\s1\.050$/);
    expect(table.preconditions).toEqual([{ title: "Voorwaarde leeftijd", url: "/r/leeftijd/", kind: "verplicht", cells: [null, "Tot 21 jaar."] }]);
  });

  it("says once what every variant shares: a field with the same value, and the preconditions no variant departs from", () => {
    const table = compareVariants([variant("a", { participants: 30 }), variant("b", {}), variant("c", {})], [precondition("bedrag"), precondition("leeftijd")]);
    expect(table.fields.find((row) => row.label === "Duur per jongere")).toEqual({
      label: "Duur per jongere",
      cells: ["onbekend", "onbekend", "onbekend"],
      same: "onbekend",
    });
    expect(table.fields.find((row) => row.label === "Aantal jongeren")?.same).toBeNull();
    expect(table.shared).toContainEqual({ label: "Duur per jongere", value: "onbekend" });
    expect(table.shared.map((field) => field.label)).not.toContain("Aantal jongeren");
    expect(table.preconditions).toEqual([]);
    expect(table.undisputed).toEqual([
      { title: "Voorwaarde bedrag", url: "/r/bedrag/", kind: "verplicht" },
      { title: "Voorwaarde leeftijd", url: "/r/leeftijd/", kind: "verplicht" },
    ]);
  });

  it("collapses nothing for a single variant", () => {
    const table = compareVariants([variant("a", {})], [precondition("bedrag")]);
    expect(table.fields.every((row) => row.same === null)).toBe(true);
  });
});

describe("azIndex", () => {
  it("groups pages by first letter in Dutch order, ignoring accents and case", () => {
    const groups = azIndex([
      { title: "Wie doet mee", url: "/w/", section: "Aanpak" },
      { title: "ANBI-stichting", url: "/a/", section: "Randvoorwaarden" },
      { title: "Één jaar", url: "/e/", section: "Aanpak" },
      { title: "aanpak", url: "/a2/", section: "Aanpak" },
      { title: "010 in Rotterdam", url: "/0/", section: "Methodieken" },
    ]);
    expect(groups.map((group) => `${group.letter}: ${group.pages.map((entry) => entry.title).join(", ")}`)).toEqual([
      "#: 010 in Rotterdam",
      "A: aanpak, ANBI-stichting",
      "E: Één jaar",
      "W: Wie doet mee",
    ]);
  });

  it("files and sorts a title by the word after a leading article, and shows the title as it is", () => {
    const groups = azIndex([
      { title: "Het bouwplan begeleiden", url: "/b/", section: "Training" },
      { title: "De Doorbraakmethodiek", url: "/d/", section: "Methodieken" },
      { title: "Een vast bouwbudget", url: "/v/", section: "Randvoorwaarden" },
      { title: "Amersfoort", url: "/a/", section: "Varianten" },
      { title: "'t Gooi", url: "/g/", section: "Varianten" },
      { title: "Bossche Bond", url: "/bb/", section: "Methodieken" },
      { title: "Deventer", url: "/dv/", section: "Varianten" },
      { title: "Hettie", url: "/h/", section: "Aanpak" },
    ]);
    expect(groups.map((group) => `${group.letter}: ${group.pages.map((entry) => entry.title).join(", ")}`)).toEqual([
      "A: Amersfoort",
      "B: Bossche Bond, Het bouwplan begeleiden",
      "D: Deventer, De Doorbraakmethodiek",
      "G: 't Gooi",
      "H: Hettie",
      "V: Een vast bouwbudget",
    ]);
  });

  it("takes an article off only when a word follows it", () => {
    expect(sortTitle("De Rijnstreek")).toBe("Rijnstreek");
    expect(sortTitle("’t Zandt")).toBe("Zandt");
    expect(sortTitle("Een")).toBe("Een");
    expect(sortTitle("Deventer")).toBe("Deventer");
    expect(sortTitle("Eenheid")).toBe("Eenheid");
  });
});

describe("sectionIndexGroups", () => {
  const entry = (title: string, kind: string | null): SectionIndexEntry => ({ title, summary: "", url: `/${title}/`, kind });

  it("puts the mandatory preconditions first and keeps reading order within each group", () => {
    const groups = sectionIndexGroups([entry("a", "aanbevolen"), entry("b", "verplicht"), entry("c", "aanbevolen"), entry("d", "verplicht")]);
    expect(groups.map((group) => `${group.title}: ${group.pages.map((page) => page.title).join(", ")}`)).toEqual(["Verplicht: b, d", "Aanbevolen: a, c"]);
  });

  it("leaves out an empty group, and keeps other sections in one group without a heading", () => {
    expect(sectionIndexGroups([entry("a", "verplicht")]).map((group) => group.title)).toEqual(["Verplicht"]);
    expect(sectionIndexGroups([entry("a", null), entry("b", null)])).toEqual([{ title: null, description: null, pages: [entry("a", null), entry("b", null)] }]);
  });
});
