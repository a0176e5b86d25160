import { describe, expect, it } from "vitest";
import { lintLanguage } from "../../../src/content/language-lint.ts";
import { loadContent } from "../../../src/content/load-content.ts";
import { releaseReadability } from "../../../src/content/release-readability.ts";
import { memorySite, page, toRawFiles } from "../../helpers/memory-site.ts";

const SHARED = "Een ANBI is een instelling die de Belastingdienst erkent als goed doel.";
const CHOPPED = "Dit is kort. Dit ook. Nog een zin. En nog een.";
const NATURAL = "Deze zin heeft precies twaalf woorden en dat is voor B1 prima. Ook deze tweede zin telt samen ongeveer twaalf woorden, wat goed is.";

describe("release readability", () => {
  it("lists per release the pages outside 10–15 words a sentence and the sentences and paragraphs repeated across pages", () => {
    const files = memorySite();
    files.set("content/toolkit/2.0/aanpak/kern.md", page("kern", `${CHOPPED}\n\n${SHARED}`));
    files.set(
      "content/toolkit/2.0/methodieken/methode.md",
      page("methode", `${NATURAL} ${NATURAL}\n\n${SHARED}`, "origin: Ergens.\ntargetGroup: Iedereen.\ncoreElements: [een]\nresults: []\n"),
    );
    files.set("content/toolkit/1.0/aanpak/kern.md", page("kern", NATURAL));
    const result = loadContent(toRawFiles(files));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const report = releaseReadability(result.content, lintLanguage(result.content).pages);
    const two = report.find((entry) => entry.version === "2.0");
    expect(two?.tooShort.map((entry) => entry.file)).toContain("content/toolkit/2.0/aanpak/kern.md");
    expect(two?.tooShort.map((entry) => entry.file)).not.toContain("content/toolkit/2.0/methodieken/methode.md");
    expect(two?.repeatedSentences).toEqual([{ text: SHARED, files: ["content/toolkit/2.0/aanpak/kern.md", "content/toolkit/2.0/methodieken/methode.md"] }]);
    expect(two?.repeated).toEqual(two?.repeatedSentences);
    expect(report.find((entry) => entry.version === "1.0")?.repeatedSentences).toEqual([]);
  });

  it("lists sentences that explain a glossary term again, except on the term's own page, and exercises without instructions", () => {
    const files = memorySite();
    files.set("content/toolkit/2.0/aanpak/kern.md", page("kern", SHARED));
    files.set("content/toolkit/2.0/aanpak/anbi.md", page("anbi", SHARED));
    files.set(
      "content/toolkit/2.0/begrippen.yaml",
      "begrippen:\n  - id: anbi\n    term: ANBI\n    page: anbi\n    explanation: Een instelling.\n    sources: [bron-a]\n",
    );
    const result = loadContent(toRawFiles(files));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const two = releaseReadability(result.content, lintLanguage(result.content).pages).find((entry) => entry.version === "2.0");
    expect(two?.explainedTerms).toEqual([{ file: "content/toolkit/2.0/aanpak/kern.md", term: "ANBI", sentence: SHARED }]);
    expect(result.content.releases.find((release) => release.version === "2.0")?.glossary.map((term) => term.id)).toEqual(["anbi"]);
  });

  it("lists the exercise blocks of a module that have no instructions for participants", () => {
    const files = memorySite();
    const programme =
      "audience: [ambtenaren]\nobjectives: [leren]\nmaterials: []\nprogramme:\n  - {title: Teken, minutes: 20, kind: oefening}\n  - {title: Praat, minutes: 10, kind: oefening}\n";
    files.set("content/toolkit/2.0/training/module.md", page("module", "::: oefening Teken\nTeken de route.\n:::", programme));
    const result = loadContent(toRawFiles(files));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const two = releaseReadability(result.content, lintLanguage(result.content).pages).find((entry) => entry.version === "2.0");
    expect(two?.exercisesWithoutInstructions).toEqual([{ file: "content/toolkit/2.0/training/module.md", title: "Praat" }]);
  });
});
