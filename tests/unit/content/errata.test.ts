import { describe, expect, it } from "vitest";
import type { ContentError } from "../../../src/content/content-error.ts";
import { applyErrata } from "../../../src/content/errata.ts";
import type { RawFile } from "../../../src/content/loader.ts";
import type { ErratumData } from "../../../src/content/schemas/errata.ts";

const file = (path: string, text: string): RawFile => ({ path, bytes: new TextEncoder().encode(text) });
const page = (id: string, body: string): string => `---\nid: ${id}\ntitle: T\n---\n${body}\n`;
const text = (files: readonly RawFile[], path: string): string =>
  new TextDecoder().decode(files.find((candidate) => candidate.path === path)?.bytes ?? new Uint8Array());

describe("applyErrata", () => {
  const files = [
    file("content/toolkit/1.0/aanpak/a.md", page("een", "Het kost €1.050 per maand.")),
    file("content/toolkit/2.0/aanpak/a.md", page("een", "Het kost €1.050 per maand.")),
  ];
  const erratum = (wrong: string, right: string, id = "een"): Map<string, ErratumData[]> =>
    new Map([["1.0", [{ date: "2026-11-29", why: "Omdat.", sources: ["bron"], corrections: [{ page: id, wrong, right }] }]]]);

  it("replaces the wrong text in the page of that release only, literally (a $ in the new text stays a $)", () => {
    const errors: ContentError[] = [];
    const result = applyErrata(files, erratum("€1.050", "$& en €1.100"), errors);
    expect(errors).toEqual([]);
    expect(text(result.files, "content/toolkit/1.0/aanpak/a.md")).toContain("Het kost $& en €1.100 per maand.");
    expect(text(result.files, "content/toolkit/2.0/aanpak/a.md")).toContain("Het kost €1.050 per maand.");
    expect(result.files[1]).toBe(files[1]);
    expect(result.corrections.get("content/toolkit/1.0/aanpak/a.md")).toEqual([
      { date: "2026-11-29", why: "Omdat.", sources: ["bron"], wrong: "€1.050", right: "$& en €1.100", fields: [] },
    ]);
  });

  it("reports a wrong text found zero or several times, and an unknown page, and changes nothing then", () => {
    for (const [wrong, found] of [
      ["€2.000", "tekst die daar niet (meer) staat"],
      ["e", "tekst die daar 5 keer staat"],
    ]) {
      const errors: ContentError[] = [];
      const result = applyErrata(files, erratum(wrong ?? "", "x"), errors);
      expect(errors.map((error) => `${error.field}: ${error.found}`)).toEqual([`errata[1].corrections[1].wrong: ${found}`]);
      expect(result.files).toEqual(files);
    }
    const errors: ContentError[] = [];
    applyErrata(files, erratum("€1.050", "x", "twee"), errors);
    expect(errors).toEqual([
      {
        file: "content/errata/1.0.yaml",
        field: "errata[1].corrections[1].page",
        expected: 'het id van een pagina in release 1.0, of "release" voor de release-notities',
        found: '"twee"',
      },
    ]);
  });

  it("corrects the release notes (release.md) under the page name release", () => {
    const notes = file("content/toolkit/1.0/release.md", '---\nversion: "1.0"\n---\nDe VNG schrijft dit.\n');
    const errors: ContentError[] = [];
    const result = applyErrata([...files, notes], erratum("De VNG schrijft dit.", "De initiatiefnemers schrijven dit.", "release"), errors);
    expect(errors).toEqual([]);
    expect(text(result.files, "content/toolkit/1.0/release.md")).toContain("De initiatiefnemers schrijven dit.");
    expect(result.corrections.get("content/toolkit/1.0/release.md")?.map((correction) => correction.right)).toEqual(["De initiatiefnemers schrijven dit."]);
  });

  it("records which frontmatter fields a correction changed, with their values before and after", () => {
    const variant = file("content/toolkit/1.0/varianten/v.md", "---\nid: v\ntitle: T\ndurationMonths: 12\npartners:\n  - Gemeente\n  - Team\n---\nTekst.\n");
    const corrections = new Map([
      [
        "1.0",
        [
          {
            date: "2026-11-29",
            why: "Omdat.",
            sources: ["bron"],
            corrections: [{ page: "v", wrong: "durationMonths: 12\npartners:\n  - Gemeente\n", right: "durationMonths: null\npartners:\n" }],
          },
        ],
      ],
    ]);
    const result = applyErrata([variant], corrections, []);
    expect(result.corrections.get(variant.path)?.[0]?.fields).toEqual([
      { key: "durationMonths", before: 12, after: null },
      { key: "partners", before: ["Gemeente", "Team"], after: ["Team"] },
    ]);
  });
});
