import { describe, expect, it } from "vitest";
import { lintLanguage } from "../../../src/content/language-lint.ts";
import { loadContent } from "../../../src/content/load-content.ts";
import { memorySite, page, toRawFiles } from "../../helpers/memory-site.ts";

function lint(body: string) {
  const files = memorySite();
  files.set("content/toolkit/2.0/aanpak/kern.md", page("kern", body));
  const result = loadContent(toRawFiles(files));
  if (!result.ok) throw new Error(result.errors.map((error) => error.field).join());
  return lintLanguage(result.content);
}

describe("lintLanguage", () => {
  it("rejects stigmatising labels but allows the foundation's name", () => {
    const result = lint("Stichting Zwerfjongeren Nederland helpt. Een zwerfjongere krijgt geld.");
    expect(result.errors).toEqual([{ file: "content/toolkit/2.0/aanpak/kern.md", field: "tekst", expected: "'jongeren' in plaats van een label (zie de schrijfwijzer in DESIGN)", found: 'het woord "zwerfjongere"' }]);
  });

  it("warns about sentences far beyond B1 length without failing", () => {
    const long = Array.from({ length: 30 }, (_, index) => `woord${index}`).join(" ");
    const result = lint(`Korte zin. ${long}.`);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.found).toMatch(/^een zin van 30 woorden/);
  });
});
