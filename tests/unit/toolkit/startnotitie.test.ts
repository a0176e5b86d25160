import { describe, expect, it } from "vitest";
import { docxPackage } from "../../../src/toolkit/startnotitie/docx-package.ts";
import { odtPackage } from "../../../src/toolkit/startnotitie/odt-package.ts";
import { openSavedFile, savedFileText } from "../../../src/toolkit/startnotitie/saved-file.ts";
import type { StartnotitieBasis } from "../../../src/toolkit/startnotitie/startnotitie-basis.ts";
import { startnotitieDocument } from "../../../src/toolkit/startnotitie/startnotitie-document.ts";
import { emptyState, fragmentState, stateFragment } from "../../../src/toolkit/startnotitie/startnotitie-state.ts";
import { packageParts, packageProblems } from "../../helpers/office-package.ts";

const page = (slug: string): { title: string; url: string } => ({
  title: `Titel ${slug}`,
  url: `/toolkit/1.0/randvoorwaarden/${slug}/`,
});

function basis(version: string, conditions: StartnotitieBasis["conditions"]): StartnotitieBasis {
  return {
    version,
    lasting: `release ${version} (2021)`,
    date: "2026-12-07",
    dateLabel: "7 december 2026",
    siteUrl: "https://toolkit.example",
    sinceUrl: `/toolkit/vergelijk/${version}/actueel/`,
    rekenhulp: { title: "Rekenhulp", url: `/toolkit/${version}/rekenhulp/` },
    about: [{ text: "Jongeren krijgen een jaar lang een vast bedrag.", page: page("wat-is") }],
    conditions,
    research: [],
    cautions: [],
    findings: [],
    municipalities: [{ page: page("stad"), row: ["Stad", "2021", "10", "€ 1.050", "pilot"] }],
    reken: {
      defaults: { youngPeople: 10, monthlyAmount: 1050, months: 12, guidancePerYear: null, anbiPerYear: null, implementation: null },
      youthNorm: 255,
      alternatives: [],
    },
    costTexts: { youthNorm: "De jongerennorm is ongeveer € 255 per maand.", budgetKind: "Kosten van de gemeente" },
    comparisons: { "1.0": "/toolkit/vergelijk/1.0/2.0/" },
  };
}

const condition = (id: string, kind: "verplicht" | "aanbevolen", fingerprint: string, options: string[]): StartnotitieBasis["conditions"][number] => ({
  id,
  title: `Randvoorwaarde ${id}`,
  kind,
  summary: `Wat ${id} vraagt.`,
  localChoice: `Wat de gemeente bij ${id} kiest.`,
  page: page(id),
  fingerprint,
  options: options.map((option) => ({ id: option, label: `Keuze ${option} <&>`, help: "Uitleg.", sources: [{ label: "Bron", url: null }] })),
});

const old = basis("1.0", [condition("doelgroep", "verplicht", "a1", ["tot-20", "tot-21"]), condition("weg", "aanbevolen", "w1", ["x"])]);
const state = {
  ...emptyState(old.reken.defaults),
  municipality: "Voorbeeldstad",
  start: "2027-03-01",
  reasons: "Eigen reden.",
  reken: { ...emptyState(old.reken.defaults).reken, jongeren: "12" },
  choices: { doelgroep: { option: "tot-20", other: "", note: "Omdat het kan." }, weg: { option: "x", other: "", note: "" } },
};

describe("the startnotitie document", () => {
  it("names the release, its date and the stable address first, marks own and suggested text, and computes the costs", () => {
    const document = startnotitieDocument(old, state);
    const text = JSON.stringify(document.blocks).replace(/\u00a0/g, " ");
    expect(document.blocks[1]).toEqual({
      kind: "paragraph",
      runs: [{ text: "Gemaakt met de Toolkit Het Bouwdepot, release 1.0 (2021), stand 7 december 2026.", strong: true }],
    });
    expect(text).toContain("Is er sindsdien iets veranderd? Zie https://toolkit.example/toolkit/vergelijk/1.0/actueel/");
    expect(text).toContain("Eigen tekst gemeente: ");
    expect(text).toContain("Voorstel redactie: ");
    expect(text).toContain("€ 151.200");
    expect(text).toContain("(release 1.0, „Titel doelgroep”, https://toolkit.example/toolkit/1.0/randvoorwaarden/doelgroep/)");
  });

  it("writes well-formed ODT and DOCX packages, the same bytes every time, in Dutch with the release in the properties", () => {
    const document = startnotitieDocument(old, state);
    const odt = odtPackage(document);
    const docx = docxPackage(document);
    expect(packageProblems(odt, "odt")).toEqual([]);
    expect(packageProblems(docx, "docx")).toEqual([]);
    expect(odtPackage(document)).toEqual(odt);
    expect(docxPackage(document)).toEqual(docx);
    const odtParts = packageParts(odt);
    expect(odtParts["meta.xml"]).toContain("<dc:language>nl-NL</dc:language>");
    expect(odtParts["meta.xml"]).toContain('<meta:user-defined meta:name="Release">1.0</meta:user-defined>');
    expect(odtParts["content.xml"]).toContain('text:outline-level="1"');
    expect(odtParts["content.xml"]).toContain("Keuze tot-20 &lt;&amp;&gt;");
    const docxParts = packageParts(docx);
    expect(docxParts["docProps/core.xml"]).toContain("<dc:language>nl-NL</dc:language>");
    expect(docxParts["docProps/custom.xml"]).toContain('name="Release"><vt:lpwstr>1.0</vt:lpwstr>');
    expect(docxParts["word/styles.xml"]).toContain('w:val="nl-NL"');
    const tableProperties = /<w:tblPr>(.*?)<\/w:tblPr>/.exec(docxParts["word/document.xml"] ?? "")?.[1] ?? "";
    expect(tableProperties.indexOf("<w:tblLook")).toBeGreaterThan(-1);
    expect(tableProperties.indexOf("<w:tblLook")).toBeLessThan(tableProperties.indexOf("<w:tblCaption"));
  });

  it("keeps a line break in the gemeente's own text, cites the rekenhulp without the inputs, and survives control characters", () => {
    const document = startnotitieDocument(old, { ...state, reasons: "Regel een\nRegel twee\u0007", municipality: "A\u0000B" });
    expect(JSON.stringify(document.blocks)).not.toMatch(/rekenhulp\/\?/);
    const odt = odtPackage(document);
    const docx = docxPackage(document);
    expect(packageProblems(odt, "odt")).toEqual([]);
    expect(packageProblems(docx, "docx")).toEqual([]);
    expect(packageParts(odt)["content.xml"]).toContain("Regel een<text:line-break/>Regel twee");
    expect(packageParts(docx)["word/document.xml"]).toContain('Regel een</w:t><w:br/><w:t xml:space="preserve">Regel twee');
  });
});

describe("the startnotitie's state", () => {
  it("round-trips through the fragment, leaving out what is empty", () => {
    const empty = emptyState(old.reken.defaults);
    const fragment = stateFragment(state, empty);
    expect(fragment).not.toContain("anders-");
    expect(fragmentState(`#${fragment}`, empty)).toEqual(state);
    expect(stateFragment(empty, empty)).toBe("");
    const otherFigures = { ...empty, reken: { ...empty.reken, bedrag: "900" } };
    expect(stateFragment(otherFigures, empty)).toBe("bedrag=900");
    expect(fragmentState("#gemeente=X", emptyState({ monthlyAmount: 1100, months: 12 })).reken.bedrag).toBe("1100");
  });

  it("opens a file saved under an older release and says which randvoorwaarden changed, are new or are gone", () => {
    const text = savedFileText(old, state, "2026-12-07");
    const newer = basis("2.0", [condition("doelgroep", "verplicht", "a2", ["tot-21"]), condition("nieuw", "aanbevolen", "n1", [])]);
    const opened = openSavedFile(text, newer, emptyState(newer.reken.defaults));
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.state.municipality).toBe("Voorbeeldstad");
    expect(opened.state.choices.doelgroep).toEqual({ option: "anders", other: "Keuze tot-20 <&>", note: "Omdat het kan." });
    expect(opened.notices).toEqual([
      "Dit bestand is bewaard bij release 1.0. Je werkt nu in release 2.0.",
      "Veranderd sinds het bestand werd bewaard: „Randvoorwaarde doelgroep”. Lees die randvoorwaarden opnieuw.",
      "Nieuw in release 2.0: „Randvoorwaarde nieuw”. Maak daar nog een keuze.",
      "Niet meer in release 2.0: „Randvoorwaarde weg”. Die keuze staat niet meer in de startnotitie.",
      'Deze release biedt je keuze niet meer aan bij: „Randvoorwaarde doelgroep”. Je keuze staat nu bij "anders, namelijk".',
      "Wat er verder veranderde: https://toolkit.example/toolkit/vergelijk/1.0/2.0/",
    ]);
    expect(openSavedFile(text, old, emptyState(old.reken.defaults))).toEqual({ ok: true, state, notices: [] });
    expect(openSavedFile("{}", old, emptyState(old.reken.defaults)).ok).toBe(false);
  });

  it("opens a file whose fields were changed by hand without taking over unknown fields or failing on wrong types", () => {
    const saved = JSON.parse(savedFileText(old, state, "2026-12-07")) as {
      state: Record<string, unknown>;
      conditions: Record<string, Record<string, unknown>>;
    };
    saved.state.onbekend = "x";
    saved.state.municipality = 12;
    if (saved.conditions.doelgroep) saved.conditions.doelgroep.chosen = 5;
    const newer = basis("2.0", [condition("doelgroep", "verplicht", "a2", ["tot-21"])]);
    const opened = openSavedFile(JSON.stringify(saved), newer, emptyState(newer.reken.defaults));
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.state).not.toHaveProperty("onbekend");
    expect(opened.state.municipality).toBe("");
    expect(opened.state.choices.doelgroep).toEqual({ option: "anders", other: "", note: "Omdat het kan." });
    expect(() => startnotitieDocument(newer, opened.state)).not.toThrow();
  });

  it("links a file from an older release without a published comparison to what changed since that release", () => {
    const text = savedFileText(old, state, "2026-12-07");
    const newer = { ...basis("3.0", [condition("doelgroep", "verplicht", "a3", ["tot-20"])]), comparisons: {} };
    const opened = openSavedFile(text, newer, emptyState(newer.reken.defaults));
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.notices.at(-1)).toBe("Wat er verder veranderde: https://toolkit.example/toolkit/vergelijk/1.0/actueel/");
  });
});
