import { describe, expect, it } from "vitest";
import { loadContent } from "../../../src/content/load-content.ts";
import type { SiteContent } from "../../../src/content/model.ts";
import { answerSentences, answerText } from "../../../src/toolkit/answer-sentences.ts";
import { headedPassage } from "../../../src/toolkit/headed-passage.ts";
import type { SummaryView } from "../../../src/toolkit/summary-view.ts";
import { SUMMARY_TEXTS, summaryText } from "../../../src/toolkit/summary-texts.ts";
import { buildToolkitView } from "../../../src/toolkit/toolkit-view.ts";
import { memorySite, page, toRawFiles } from "../../helpers/memory-site.ts";

/** A memory site whose release 2.0 has the pages a summary is made from; 1.0 keeps the bare pages. */
function content(): SiteContent {
  const files = memorySite();
  const at = (file: string): string => `content/toolkit/2.0/${file}`;
  files.set(
    at("aanpak/wat-is-het-bouwdepot.md"),
    page("wat-is-het-bouwdepot", "Tekst.", "order: 1\n").replace(
      "summary: Over wat-is-het-bouwdepot.",
      "summary: Jongeren krijgen een jaar lang een vast bedrag. Deze pagina legt het uit.",
    ),
  );
  files.set(
    at("aanpak/wat-het-onderzoek-laat-zien.md"),
    page(
      "wat-het-onderzoek-laat-zien",
      "Eerst dit.\n\n## Uitkomsten\n\nHet werkte.\n\n## Let op\n\nHet gaat om één pilot.\n\nMet weinig jongeren.\n\n## Daarna\n\nNiet dit.",
    ),
  );
  files.set(
    at("randvoorwaarden/doelgroep.md"),
    page("doelgroep", "Tekst.", "kind: verplicht\nrationale: Reden.\nlocalChoice: De gemeente kiest de leeftijd.\n").replace(
      "summary: Over doelgroep.",
      "summary: Het Bouwdepot is voor jongeren die er alleen voor staan. Hier lees je wie mee kan doen.",
    ),
  );
  files.set(at("randvoorwaarden/beeld.md"), page("beeld", "Tekst.", "kind: aanbevolen\nrationale: Reden.\nlocalChoice: De gemeente kiest de woorden.\n"));
  const result = loadContent(toRawFiles(files));
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.file}: ${error.field} ${error.found}`).join("\n"));
  return result.content;
}

function summaryOf(version: string): SummaryView {
  const view = buildToolkitView(content(), "production").summaries.find((summary) => summary.release.version === version);
  if (!view) throw new Error(`no summary of ${version}`);
  return view;
}

describe("answerSentences", () => {
  it("keeps the sentences that answer and drops those that only say what the page is for", () => {
    expect(answerSentences("Het bouwbudget is een gift. Deze randvoorwaarde beschrijft wie mee kan doen. Hier lees je waarom.")).toEqual([
      "Het bouwbudget is een gift.",
    ]);
    expect(answerSentences("Welke jongeren in aanmerking komen, en wie er werken.")).toEqual([]);
  });
});

describe("answerText", () => {
  it("cuts a closing clause about the page, keeps the rest of the sentence, and is empty when only the page is described", () => {
    expect(answerText("Jongeren krijgen elk een bouwbudget, en hier lees je welk bedrag de bronnen noemen. De gemeente kiest.")).toBe(
      "Jongeren krijgen elk een bouwbudget. De gemeente kiest.",
    );
    expect(answerText("Het is voor jongeren die er alleen voor staan, en deze randvoorwaarde beschrijft wie mee kan doen.")).toBe(
      "Het is voor jongeren die er alleen voor staan.",
    );
    expect(answerText("Het bouwbudget is een gift, en de jongere besteedt het zelf.")).toBe("Het bouwbudget is een gift, en de jongere besteedt het zelf.");
    expect(answerText("Deze randvoorwaarde gaat over onderzoek.")).toBe("");
  });
});

describe("headedPassage", () => {
  it("takes the paragraphs under one ## heading, up to the next", () => {
    const html = '<p>Vooraf.</p>\n<h2 id="let-op" class="utrecht-heading-2">Let op</h2>\n<p>Een.</p>\n<p>Twee.</p>\n<h2 id="x">Verder</h2>\n<p>Niet.</p>';
    expect(headedPassage(html, "Let op")).toEqual(["<p>Een.</p>", "<p>Twee.</p>"]);
    expect(headedPassage(html, "Ontbreekt")).toEqual([]);
  });
});

describe("the summary of a release", () => {
  it("is made of its pages: the answering sentences of their summaries, the preconditions by kind with what the municipality chooses, the variants and the research page's warning", () => {
    const view = summaryOf("2.0");
    expect(view.url).toBe("/toolkit/2.0/samenvatting/");
    expect(view.about.map((excerpt) => [excerpt.text, excerpt.source.url])).toEqual([
      ["Jongeren krijgen een jaar lang een vast bedrag.", "/toolkit/2.0/aanpak/wat-is-het-bouwdepot/"],
      ["Het Bouwdepot is voor jongeren die er alleen voor staan.", "/toolkit/2.0/randvoorwaarden/doelgroep/"],
    ]);
    expect(view.conditions.map((group) => [group.title, group.conditions.map((condition) => condition.localChoice)])).toEqual([
      ["Verplicht", ["De gemeente kiest de leeftijd.", "Keuze."]],
      ["Aanbevolen", ["De gemeente kiest de woorden."]],
    ]);
    expect(view.variants).toEqual([
      expect.objectContaining({ url: "/toolkit/2.0/varianten/stad/", municipalities: "Stad", start: "onbekend", participants: "onbekend", status: "pilot" }),
    ]);
    expect(view.research.passages).toEqual(["<p>Het gaat om één pilot.</p>", "<p>Met weinig jongeren.</p>"]);
    expect(view.research.page?.url).toBe("/toolkit/2.0/aanpak/wat-het-onderzoek-laat-zien/");
    expect(view.noResearch).toBeNull();
    expect(view.costs).toBeNull();
    expect(view.readOn.map((entry) => entry.address)).toContain("https://test.example/toolkit/2.0/aanpak/wat-het-onderzoek-laat-zien/");
    expect(view.sources.map((source) => source.url)).toEqual(expect.arrayContaining(["/toolkit/2.0/randvoorwaarden/beeld/", "/toolkit/2.0/varianten/stad/"]));
    expect(view.state).toMatchObject({ date: "2026-12-07", reason: "nieuwe opmaak", dateLabel: "7 december 2026" });
    expect(view.styleUrl).toBe("/toolkit/2.0/samenvatting/pagina.css");
  });

  it("says so, in its own connecting sentence, when a release names no research", () => {
    const view = summaryOf("1.0");
    expect(view.about).toEqual([]);
    expect(view.research.passages).toEqual([]);
    expect(view.noResearch).toBe(summaryText("noResearch", { version: "1.0" }));
    expect(view.texts.lead).toBe(SUMMARY_TEXTS.lead.replace("{version}", "1.0"));
  });
});
