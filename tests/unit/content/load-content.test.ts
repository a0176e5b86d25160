import { describe, expect, it } from "vitest";
import { formatContentError, formatContentErrors } from "../../../src/content/content-error.ts";
import { loadContent } from "../../../src/content/load-content.ts";
import { memorySite, page, pngHeader, toRawFiles } from "../../helpers/memory-site.ts";

function errorsFor(change: (files: Map<string, string | Uint8Array>) => void): string[] {
  const files = memorySite();
  change(files);
  const result = loadContent(toRawFiles(files));
  if (result.ok) throw new Error("expected the content to be rejected");
  return result.errors.map(formatContentError);
}

describe("loadContent", () => {
  it("accepts a valid site and renders every page", () => {
    const result = loadContent(toRawFiles(memorySite()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.content.releases.map((release) => release.version)).toEqual(["2.0", "1.0"]);
    expect(result.content.pages).toHaveLength(10);
    const kern = result.content.pages.find((candidate) => candidate.version === "2.0" && candidate.data.id === "kern");
    expect(kern?.html).toContain('href="/toolkit/2.0/randvoorwaarden/voorwaarde/"');
  });

  it("names file, field, expectation and finding for a schema error", () => {
    const errors = errorsFor((files) => files.set("content/toolkit/2.0/aanpak/kern.md", page("kern", "x").replace("title: Pagina kern", "title: ''")));
    expect(errors).toEqual(["content/toolkit/2.0/aanpak/kern.md: title — verwacht: tekst die niet leeg is; gevonden: lege tekst"]);
  });

  it("rejects a wrongly typed field and tells the editor to quote it", () => {
    const errors = errorsFor((files) =>
      files.set("content/toolkit/2.0/release.md", '---\nversion: 2.0\nreleased: "2022"\nstatus: released\npodcastSeason: 2\nsummary: S.\n---\n'),
    );
    expect(errors[0]).toMatch(/^content\/toolkit\/2\.0\/release\.md: version — verwacht: tekst; zet de waarde tussen aanhalingstekens; gevonden: het getal 2/);
  });

  it("rejects a title longer than 70 characters and unknown fields", () => {
    const errors = errorsFor((files) =>
      files.set("content/toolkit/1.0/aanpak/kern.md", page("kern", "x").replace("title: Pagina kern", `title: ${"a".repeat(71)}\ntitel: typo`)),
    );
    expect(errors).toContain(
      'content/toolkit/1.0/aanpak/kern.md: title — verwacht: tekst van hoogstens 70 tekens; gevonden: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…" (71 tekens)',
    );
    expect(errors).toContain(
      "content/toolkit/1.0/aanpak/kern.md: titel — verwacht: alleen velden die bij dit soort pagina horen (zie README); gevonden: een onbekend veld (tikfout?)",
    );
  });

  it("lists every error of a run, not just the first", () => {
    const errors = errorsFor((files) => {
      files.set("content/toolkit/1.0/aanpak/kern.md", page("kern", "x").replace("basis: bron", "basis: mening"));
      files.set("content/toolkit/2.0/randvoorwaarden/voorwaarde.md", page("voorwaarde", "x"));
    });
    expect(errors.length).toBeGreaterThanOrEqual(4);
    expect(errors.some((line) => line.startsWith("content/toolkit/1.0/aanpak/kern.md: basis — verwacht: een van: bron, redactioneel"))).toBe(true);
    expect(errors.some((line) => line.startsWith("content/toolkit/2.0/randvoorwaarden/voorwaarde.md: kind"))).toBe(true);
    expect(formatContentErrors([])).toContain("0 fouten");
  });

  it("rejects a duplicate id within a release but allows the same id across releases", () => {
    const errors = errorsFor((files) => files.set("content/toolkit/2.0/aanpak/kern-kopie.md", page("kern", "x")));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^content\/toolkit\/2\.0\/aanpak\/kern(-kopie)?\.md: id — verwacht: een id dat in deze release nog niet bestaat; gevonden: "kern", ook gebruikt in/,
    );
  });

  it("rejects two releases with the same version", () => {
    const errors = errorsFor((files) =>
      files.set("content/toolkit/2.0.0/release.md", '---\nversion: "2.0.0"\nreleased: "2022"\nstatus: released\npodcastSeason: 3\nsummary: S.\n---\n'),
    );
    expect(
      errors.some((line) =>
        /^content\/toolkit\/2\.0\.0\/release\.md: version — verwacht: een versienummer dat geen andere release heeft; gevonden: "2\.0\.0", ook gebruikt in content\/toolkit\/2\.0\/release\.md/.test(
          line,
        ),
      ),
    ).toBe(true);
  });

  it("rejects a version that differs from its folder", () => {
    const errors = errorsFor((files) =>
      files.set("content/toolkit/2.0/release.md", '---\nversion: "2.1"\nreleased: "2022"\nstatus: released\npodcastSeason: 2\nsummary: S.\n---\n'),
    );
    expect(errors).toContain('content/toolkit/2.0/release.md: version — verwacht: de naam van de map ("2.0"); gevonden: "2.1"');
  });

  it("rejects a release date that does not exist", () => {
    const errors = errorsFor((files) =>
      files.set("content/toolkit/2.0/release.md", '---\nversion: "2.0"\nreleased: "2022-02-30"\nstatus: released\npodcastSeason: 2\nsummary: S.\n---\n'),
    );
    expect(errors[0]).toMatch(/^content\/toolkit\/2\.0\/release\.md: released — verwacht: een datum die bestaat/);
  });

  it("rejects a deviation that points to no precondition of the release", () => {
    const errors = errorsFor((files) =>
      files.set(
        "content/toolkit/1.0/varianten/stad.md",
        String(memorySite().get("content/toolkit/1.0/varianten/stad.md")).replace("precondition: voorwaarde", "precondition: bestaat-niet"),
      ),
    );
    expect(errors).toEqual([
      'content/toolkit/1.0/varianten/stad.md: deviations[1].precondition — verwacht: het id van een randvoorwaarde in dezelfde release; gevonden: "bestaat-niet", dat in deze release geen randvoorwaarde is',
    ]);
  });

  it("rejects an id link to a page of another release only", () => {
    const errors = errorsFor((files) => {
      files.set("content/toolkit/2.0/aanpak/nieuw.md", page("nieuw", "Nieuw."));
      files.set("content/toolkit/1.0/aanpak/kern.md", page("kern", "Zie [nieuw](id:nieuw)."));
    });
    expect(errors).toEqual([
      'content/toolkit/1.0/aanpak/kern.md: tekst (regel 8), link "id:nieuw" — verwacht: het id van een pagina in dezelfde release; gevonden: "nieuw", dat in deze release niet bestaat',
    ]);
  });

  it("rejects javascript: and data: links", () => {
    const errors = errorsFor((files) => files.set("content/toolkit/1.0/aanpak/kern.md", page("kern", "[a](javascript:alert(1)) [b](data:text/html,x)")));
    expect(errors.map((line) => line.replace(/ \(regel \d+\)/, ""))).toEqual([
      'content/toolkit/1.0/aanpak/kern.md: tekst, link "javascript:alert(1)" — verwacht: een link naar http(s), mailto, tel, id: of begrip:; gevonden: het niet toegestane schema "javascript:"',
      'content/toolkit/1.0/aanpak/kern.md: tekst, link "data:text/html,x" — verwacht: een link naar http(s), mailto, tel, id: of begrip:; gevonden: het niet toegestane schema "data:"',
    ]);
  });

  it("rejects reserved slugs and ids", () => {
    const errors = errorsFor((files) => {
      files.set(
        "content/toolkit/1.0/varianten/vergelijk.md",
        page("vergelijking", "x").replace(
          "sources",
          "municipalities: [A]\nstart: null\nparticipants: null\nmonthlyAmount: null\ndurationMonths: null\nstatus: pilot\npartners: null\ndeviations: []\nsources",
        ),
      );
      files.set("content/toolkit/1.0/aanpak/a-z-lijst.md", page("a-z", "x"));
    });
    expect(errors).toContain(
      'content/toolkit/1.0/varianten/vergelijk.md: bestandsnaam — verwacht: een naam die de site niet zelf gebruikt (niet: vergelijk, planner, trainer, a-z, actueel, release); gevonden: "vergelijk"',
    );
    expect(errors.some((line) => line.startsWith("content/toolkit/1.0/aanpak/a-z-lijst.md: id — verwacht: een id dat de site niet zelf gebruikt"))).toBe(true);
  });

  it("rejects invalid UTF-8, missing frontmatter and invalid YAML with the file's path", () => {
    const errors = errorsFor((files) => {
      files.set("content/toolkit/1.0/aanpak/latin1.md", new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]));
      files.set("content/toolkit/1.0/aanpak/kaal.md", "Alleen tekst.\n");
      files.set("content/toolkit/1.0/aanpak/kapot.md", "---\ntitle: [open\n---\n");
    });
    expect(errors).toContain(
      "content/toolkit/1.0/aanpak/latin1.md: bestand — verwacht: tekst in UTF-8 (kies bij opslaan 'UTF-8'); gevonden: tekens in een andere codering",
    );
    expect(errors.some((line) => line.startsWith("content/toolkit/1.0/aanpak/kaal.md: frontmatter — verwacht: het bestand begint met een regel '---'"))).toBe(
      true,
    );
    expect(errors.some((line) => line.startsWith("content/toolkit/1.0/aanpak/kapot.md: frontmatter (regel"))).toBe(true);
  });

  it("keeps YAML dates as text instead of converting them", () => {
    const files = memorySite();
    files.set("content/toolkit/2.0/release.md", '---\nversion: "2.0"\nreleased: 2022-06-01\nstatus: released\npodcastSeason: 2\nsummary: S.\n---\n');
    const result = loadContent(toRawFiles(files));
    expect(result.ok && result.content.releases[0]?.released).toBe("2022-06-01");
  });

  it("rejects unknown sources, unknown places and missing required pages", () => {
    const errors = errorsFor((files) => {
      files.set("content/toolkit/1.0/aanpak/kern.md", page("kern", "x").replace("[bron-a]", "[bron-a, onbekend, http://onveilig.example]"));
      files.set("content/toolkit/1.0/extra/los.md", page("los", "x"));
      files.delete("content/pages/privacy.md");
    });
    expect(errors).toContain(
      'content/toolkit/1.0/aanpak/kern.md: sources[2] — verwacht: een sleutel uit _data/sources.yaml of een https-adres; gevonden: "onbekend"',
    );
    expect(errors).toContain(
      'content/toolkit/1.0/aanpak/kern.md: sources[3] — verwacht: een sleutel uit _data/sources.yaml of een https-adres; gevonden: "http://onveilig.example"',
    );
    expect(errors.some((line) => line.startsWith("content/toolkit/1.0/extra/los.md: map — verwacht: een van de secties"))).toBe(true);
    expect(errors).toContain("content/pages/privacy.md: bestand — verwacht: deze pagina; de site linkt ernaar; gevonden: geen bestand");
  });

  it("rejects an image without alt text and one that does not exist", () => {
    const errors = errorsFor((files) => {
      files.set("content/toolkit/1.0/aanpak/schema.png", pngHeader());
      files.set("content/toolkit/1.0/aanpak/kern.md", page("kern", "![](schema.png)\n\n![Schema](weg.png)"));
    });
    expect(errors.map((line) => line.replace(/ \(regel \d+\)/, ""))).toEqual([
      'content/toolkit/1.0/aanpak/kern.md: tekst, afbeelding "schema.png" — verwacht: een beschrijving (alt-tekst) tussen de vierkante haken: ![beschrijving](bestand.png); gevonden: een afbeelding zonder beschrijving',
      'content/toolkit/1.0/aanpak/kern.md: tekst, afbeelding "weg.png" — verwacht: een bestand dat bestaat in content/; gevonden: geen bestand op die plek',
    ]);
  });

  it("publishes images next to their page and rewrites their address", () => {
    const files = memorySite();
    files.set("content/toolkit/2.0/aanpak/schema.png", pngHeader());
    files.set("content/toolkit/2.0/aanpak/kern.md", page("kern", "![Schema van het jaar](schema.png)"));
    const result = loadContent(toRawFiles(files));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.content.assets.map((asset) => asset.url)).toEqual(["/toolkit/2.0/aanpak/schema.png"]);
    expect(result.content.pages.find((candidate) => candidate.version === "2.0" && candidate.data.id === "kern")?.html).toContain(
      '<img src="/toolkit/2.0/aanpak/schema.png" alt="Schema van het jaar">',
    );
  });
});

describe("errors do not cascade", () => {
  it("reports only the broken page when other pages link to it or deviate from it", () => {
    const errors = errorsFor((files) =>
      files.set("content/toolkit/2.0/randvoorwaarden/voorwaarde.md", page("voorwaarde", "Tekst.", "kind: nodig\nrationale: Reden.\nlocalChoice: Keuze.\n")),
    );
    expect(errors).toEqual([
      'content/toolkit/2.0/randvoorwaarden/voorwaarde.md: kind — verwacht: een van: verplicht, aanbevolen; gevonden: "nodig" (5 tekens)',
    ]);
  });
});

describe("partial content for the dev server", () => {
  it("keeps every valid file when one file is invalid", () => {
    const files = memorySite();
    files.set("content/toolkit/2.0/methodieken/methode.md", page("methode", "x"));
    const result = loadContent(toRawFiles(files));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.partial?.pages.map((candidate) => `${candidate.version}/${candidate.data.id}`).sort()).toEqual([
      "1.0/kern",
      "1.0/methode",
      "1.0/module",
      "1.0/stad",
      "1.0/voorwaarde",
      "2.0/kern",
      "2.0/module",
      "2.0/stad",
      "2.0/voorwaarde",
    ]);
  });

  it("has no partial content when the site settings are invalid", () => {
    const files = memorySite();
    files.set("_data/site.yaml", "title: x\n");
    const result = loadContent(toRawFiles(files));
    expect(!result.ok && result.partial).toBeUndefined();
  });
});
