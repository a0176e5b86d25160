import { describe, expect, it } from "vitest";
import type { FieldChange } from "../../../src/content/errata.ts";
import type { CitedSource, PageCorrection, ToolkitPage } from "../../../src/content/model.ts";
import type { VariantData } from "../../../src/content/schemas/variant.ts";
import { changedSentences } from "../../../src/toolkit/changed-sentences.ts";
import { correctionSummary, correctionsView } from "../../../src/toolkit/correction-view.ts";
import { erratumViews } from "../../../src/toolkit/errata-view.ts";
import { pageFields, releaseFields } from "../../../src/toolkit/shown-fields.ts";

const bron: CitedSource = { label: '"Bron A", Uitgever, 2022. Een lange beschrijving van de bron.', url: "https://bron.example/a" };
const ander: CitedSource = { label: "Bron B.", url: null };

const correction = (date: string, why: string, wrong: string, right: string, extra: Partial<PageCorrection> = {}): PageCorrection => ({
  date,
  why,
  sources: [bron],
  wrong,
  right,
  fields: [],
  ...extra,
});

const variantData: VariantData = {
  id: "stad",
  title: "Stad",
  summary: "Een stad.",
  sources: ["bron-a"],
  basis: "bron",
  trefwoorden: ["jit", "onderzoek"],
  municipalities: ["Stad"],
  start: "2021",
  participants: 30,
  monthlyAmount: 1050,
  durationMonths: 12,
  status: "pilot",
  partners: ["Gemeente Stad", "Stichting"],
  deviations: [],
};
const variant = {
  version: "1.0",
  slug: "stad",
  url: "/toolkit/1.0/varianten/stad/",
  file: "content/toolkit/1.0/varianten/stad.md",
  html: "",
  trainerHtml: "",
  exercises: [],
  cases: [],
  mainPoints: [],
  sources: [bron],
  corrections: [],
  section: "varianten",
  data: variantData,
} satisfies ToolkitPage;

const allText = (view: ReturnType<typeof correctionsView>): string => view.errata.flatMap((erratum) => [erratum.why, ...erratum.changes]).join(" ");

describe("changedSentences", () => {
  it("quotes only the sentences that differ, not those both texts share at the start and the end", () => {
    expect(changedSentences("Eén. Dat schrijft de VNG (2022). Drie.", "Eén. Dat schrijven de initiatiefnemers. Drie.")).toEqual({
      before: "Dat schrijft de VNG (2022).",
      after: "Dat schrijven de initiatiefnemers.",
    });
    expect(changedSentences("Eén. Twee.", "Eén.")).toEqual({ before: "Twee.", after: "" });
    expect(changedSentences("## Wat we niet weten", "## Waarom\n\nOmdat het zo is.\n\n## Wat we niet weten")).toEqual({
      before: "",
      after: "Waarom. Omdat het zo is.",
    });
  });

  it("marks a passage that starts or stops mid-sentence with an ellipsis", () => {
    expect(changedSentences("er werd niet gestemd, zegt de VNG", "er werd niet gestemd, zeggen de initiatiefnemers")).toEqual({
      before: "…er werd niet gestemd, zegt de VNG…",
      after: "…er werd niet gestemd, zeggen de initiatiefnemers…",
    });
  });
});

describe("correctionsView", () => {
  it("groups changes per erratum, names its sources once, and tells each change in plain sentences with one full stop", () => {
    const view = correctionsView([
      correction("2026-11-29", "De VNG schreef het niet zelf.", "Eén. Dat schrijft de VNG (2022).", "Eén. Dat schrijven de initiatiefnemers."),
      correction("2026-11-29", "De VNG schreef het niet zelf.", "Twee is fout.", ""),
      correction("2026-11-30", "Er ontbrak iets", "Drie.", "Drie. Vier is nieuw."),
    ]);
    expect(view.errata.map((erratum) => [erratum.date, erratum.why, erratum.changes])).toEqual([
      [
        "2026-11-29",
        "De VNG schreef het niet zelf.",
        ["Er stond: „Dat schrijft de VNG (2022).” Nu staat er: „Dat schrijven de initiatiefnemers.”", "Deze tekst is weggehaald: „Twee is fout.”"],
      ],
      ["2026-11-30", "Er ontbrak iets.", ["Deze tekst is toegevoegd: „Vier is nieuw.”"]],
    ]);
    expect(view.sharedSources).toEqual([{ label: '"Bron A", Uitgever, 2022. Een lange beschrijving van de bron', url: "https://bron.example/a" }]);
    expect(view.errata.every((erratum) => erratum.sources.length === 0)).toBe(true);
    expect(allText(view)).not.toMatch(/\.\./);
    expect(allText(view)).not.toMatch(/\[(verwijderd|toegevoegd)/);
    expect(correctionSummary(view, "#correcties")).toEqual({ latestDate: "2026-11-30", count: 3, anchor: "#correcties" });
  });

  it("names each erratum's sources with it when the errata name different ones", () => {
    const view = correctionsView([correction("2026-11-29", "Eén.", "a", "b"), correction("2026-11-30", "Twee.", "c", "d", { sources: [ander] })]);
    expect(view.sharedSources).toEqual([]);
    expect(view.errata.map((erratum) => erratum.sources)).toEqual([[{ label: bron.label.slice(0, -1), url: bron.url }], [{ label: "Bron B", url: null }]]);
  });

  it("says when a correction undoes an earlier one, for a text and for a field", () => {
    const status = (before: string, after: string): FieldChange[] => [{ key: "status", before, after }];
    const view = correctionsView(
      [
        correction("2026-11-29", "Het is structureel.", "Het is een pilot.", "Het is structureel."),
        correction("2026-11-29", "Het is structureel.", "status: pilot", "status: structureel", { fields: status("pilot", "structureel") }),
        correction("2026-12-01", "Toch een pilot.", "Het is structureel.", "Het is een pilot."),
        correction("2026-12-01", "Toch een pilot.", "status: structureel", "status: pilot", { fields: status("structureel", "pilot") }),
      ],
      pageFields(variant),
    );
    expect(view.errata[0]?.changes).toEqual([
      "Er stond: „Het is een pilot.” Nu staat er: „Het is structureel.”",
      "Bij Stand van zaken stond: „pilot”. Nu staat er: „structureel”.",
    ]);
    expect(view.errata[1]?.changes).toEqual([
      "Dit draait de correctie van 29 november 2026 terug. Er stond: „Het is structureel.” Nu staat er weer: „Het is een pilot.”",
      "Dit draait de correctie van 29 november 2026 terug. Bij Stand van zaken stond: „structureel”. Nu staat er weer: „pilot”.",
    ]);
  });
});

describe("the fields of a frontmatter correction", () => {
  it("are named as the page shows them, else by their schema's title, with values as readers see them", () => {
    const fields = pageFields(variant)([
      { key: "durationMonths", before: 12, after: null },
      { key: "partners", before: ["Gemeente Stad", "Stichting"], after: ["Stichting"] },
      { key: "trefwoorden", before: ["jit", "onderzoek"], after: ["jit", "onderzoek", "sociaal werk"] },
      { key: "sources", before: ["Bron A.", "Bron B."], after: ["Bron A."] },
      { key: "order", before: undefined, after: 3 },
    ]);
    expect(fields.map(({ label, before, after }) => [label, before, after])).toEqual([
      ["Duur per jongere", ["12 maanden"], ["onbekend"]],
      ["Partners", ["Gemeente Stad"], []],
      ["Trefwoorden", [], ["sociaal werk"]],
      ["Bronnen", ["Bron B."], []],
      ["Volgorde", [], ["3"]],
    ]);
    const view = correctionsView(
      [correction("2026-11-29", "Omdat.", "x", "y", { fields: [{ key: "partners", before: ["A", "B", "C"], after: null }] })],
      pageFields(variant),
    );
    expect(view.errata[0]?.changes).toEqual(["Bij Partners stond: „A, B en C”. Nu staat er: „onbekend”."]);
  });

  it("of a release's notes are named by the release schema's titles, never by their YAML key", () => {
    expect(
      releaseFields([
        { key: "summary", before: "Oud.", after: "Nieuw." },
        { key: "released", before: "2021", after: "2022" },
      ]).map((field) => field.label),
    ).toEqual(["Samenvatting", "Datum van de release"]);
  });
});

describe("erratumViews", () => {
  it("numbers the errata of a release and names each source once, without a full stop for the sentence to add", () => {
    const [view] = erratumViews(
      {
        version: "1.0",
        errata: [{ date: "2026-11-29", why: "Het klopte niet", sources: [bron, bron], corrections: [{ page: "release", wrong: "a", right: "b" }] }],
      },
      [],
    );
    expect(view).toEqual({
      version: "1.0",
      date: "2026-11-29",
      number: 1,
      why: "Het klopte niet.",
      sources: [{ label: bron.label.slice(0, -1), url: bron.url }],
      pages: [{ title: "de releasenotities van release 1.0", url: "/toolkit/1.0/" }],
    });
  });
});
