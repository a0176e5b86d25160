import { describe, expect, it } from "vitest";
import { lintLanguage } from "../../../src/content/language-lint.ts";
import { loadContent } from "../../../src/content/load-content.ts";
import { runningText } from "../../../src/content/running-text.ts";
import { countWords, splitSentences } from "../../../src/content/sentences.ts";
import { memorySite, page, toRawFiles } from "../../helpers/memory-site.ts";

function lint(body: string, title = "Pagina kern") {
  const files = memorySite();
  files.set("content/toolkit/2.0/aanpak/kern.md", page("kern", body).replace("title: Pagina kern", `title: ${title}`));
  const result = loadContent(toRawFiles(files));
  if (!result.ok) throw new Error(result.errors.map((error) => error.field).join());
  return lintLanguage(result.content);
}

const words = (count: number): string => Array.from({ length: count }, (_, index) => (index === 0 ? "Woord" : `woord${index}`)).join(" ");

describe("splitSentences", () => {
  it("does not end a sentence at Dutch abbreviations or decimals", () => {
    expect(splitSentences("Je krijgt bijv. geld, o.a. voor huur. Dat is ca. €1.050 per maand, d.w.z. 12 keer. Klaar!")).toEqual([
      "Je krijgt bijv. geld, o.a. voor huur.",
      "Dat is ca. €1.050 per maand, d.w.z. 12 keer.",
      "Klaar!",
    ]);
    expect(splitSentences("Van 18 t/m 21 jaar. Zie nr. 3 e.d. voor meer.")).toEqual(["Van 18 t/m 21 jaar.", "Zie nr. 3 e.d. voor meer."]);
  });

  it("counts words, keeping numbers and hyphenated words whole", () => {
    expect(countWords("Het bouwbudget is €1.050 per maand, zo'n 60,9 procent in 2021-2022.")).toBe(11);
  });
});

describe("runningText", () => {
  it("takes paragraphs and list items, not headings or tables", () => {
    const html = "<h2>Kop die niet telt</h2><p>Een alinea.</p><ul><li>Een punt.</li></ul><table><tr><td><p>Cel</p></td></tr></table>";
    expect(runningText(html)).toEqual(["Een alinea.", "Een punt."]);
  });
});

describe("lintLanguage", () => {
  it("reports the average and longest sentence of every page", () => {
    const result = lint(`${words(10)}. ${words(20)}.`);
    const kern = result.pages.find((entry) => entry.file === "content/toolkit/2.0/aanpak/kern.md");
    expect(kern?.longest.words).toBe(20);
    expect(kern?.sentences).toBe(3);
  });

  it("fails a page that averages more than 20 words a sentence, and warns about one very long sentence", () => {
    const result = lint(`${words(26)}. ${words(26)}. ${words(30)}.`);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({
      file: "content/toolkit/2.0/aanpak/kern.md",
      field: "tekst",
      expected: "gemiddeld hoogstens 20 woorden per zin (streef naar 15)",
      found: "gemiddeld 21.0 woorden per zin",
    });
    expect(result.warnings.map((warning) => warning.found)).toEqual([
      expect.stringMatching(/^een zin van 26 woorden/),
      expect.stringMatching(/^een zin van 26 woorden/),
      expect.stringMatching(/^een zin van 30 woorden/),
    ]);
  });

  it("accepts a page that averages exactly 20 words", () => {
    expect(lint(`${words(24)}. ${words(24)}. ${words(30)}.`).errors).toEqual([]);
  });

  it("does not count headings or tables", () => {
    const result = lint(`## ${words(40)}\n\n| a | b |\n|---|---|\n| ${words(40)} | x |\n\nKorte zin hier.`);
    expect(result.errors).toEqual([]);
  });

  it("rejects stigmatising labels but allows the foundation's name", () => {
    const result = lint("Stichting Zwerfjongeren Nederland helpt. Een zwerfjongere krijgt geld.");
    expect(result.errors).toEqual([
      {
        file: "content/toolkit/2.0/aanpak/kern.md",
        field: "tekst",
        expected: "'jongeren' in plaats van een label (zie de schrijfwijzer)",
        found: 'het woord "zwerfjongere"',
      },
    ]);
  });
});
