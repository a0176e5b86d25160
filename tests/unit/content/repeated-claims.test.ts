import { describe, expect, it } from "vitest";
import { loadContent } from "../../../src/content/load-content.ts";
import { attributionsIn, figuresIn, repeatedClaims } from "../../../src/content/repeated-claims.ts";
import { memorySite, toRawFiles } from "../../helpers/memory-site.ts";

const AMOUNT = "Het bouwbudget is €1.050 per maand.";
const FILES = ["aanpak/kern.md", "randvoorwaarden/voorwaarde.md", "varianten/stad.md", "methodieken/methode.md"];

/** The memory site with release 2.0 as `status`, and the amount on the given number of its pages. */
function siteWithAmount(status: "concept" | "released", pages: number): Map<string, string | Uint8Array> {
  const files = memorySite();
  files.set(
    "content/toolkit/2.0/release.md",
    `---\nversion: "2.0"\nreleased: "2022"\nstatus: ${status}\npodcastSeason: 2\nsummary: Release 2.0.\n---\nNotities.\n`,
  );
  for (const file of FILES.slice(0, pages)) {
    const key = `content/toolkit/2.0/${file}`;
    const text = files.get(key);
    if (typeof text !== "string") throw new Error(key);
    files.set(key, text.replace(/\n---\n/, `\n---\n${AMOUNT}\n\n`));
  }
  return files;
}

describe("figures and attributions said on too many pages", () => {
  it("finds amounts, percentages and counts with their unit, but not years, dates, versions or training minutes", () => {
    expect(figuresIn("Ze krijgen €1.050 of € 255, en 8.000 euro.")).toEqual(["€1.050", "€255", "€8.000"]);
    expect(figuresIn("Van 60,9% naar 82,6 procent.")).toEqual(["60,9%", "82,6%"]);
    expect(figuresIn("In 2022 deden 30 jongeren mee, 18 tot 21 jaar oud.")).toEqual(["30 jongeren", "21 jaar"]);
    expect(figuresIn("Op 9 december, in release 2.0, een blok van 15 minuten.")).toEqual([]);
  });

  it("finds who is said to say something, once per clause, and not what a source leaves out", () => {
    expect(
      attributionsIn("Volgens de initiatiefnemers werkt het. Dat schrijven de initiatiefnemers van Het Bouwdepot in hun inzending voor #GemeenteDelers 2022."),
    ).toEqual(["volgens de initiatiefnemers", "volgens de initiatiefnemers", "de inzending voor #GemeenteDelers"]);
    expect(attributionsIn("Dat meldt de website van Het Bouwdepot.")).toEqual(["volgens de website van het bouwdepot"]);
    expect(attributionsIn("De bron zegt het niet. Ze noemen het zelf geen randvoorwaarde.")).toEqual([]);
  });

  it("stops a concept release with an amount on four pages, at each of those pages", () => {
    const result = loadContent(toRawFiles(siteWithAmount("concept", 4)));
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors.filter((error) => error.field === "tekst (getal)");
    expect(errors.map((error) => error.file).sort()).toEqual(FILES.map((file) => `content/toolkit/2.0/${file}`).sort());
    expect(errors[0]?.found).toContain('"€1.050" op 4 pagina\'s, ook op: ');
    expect(errors[0]?.expected).toContain("op hoogstens 3 pagina's van release 2.0");
  });

  it("lets a concept release say an amount on three pages", () => {
    const result = loadContent(toRawFiles(siteWithAmount("concept", 3)));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it("only reports a locked release with an amount on four pages", () => {
    const result = loadContent(toRawFiles(siteWithAmount("released", 4)));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const claims = repeatedClaims(result.content.releases, result.content.pages);
    expect(claims).toEqual([
      { version: "2.0", concept: false, kind: "getal", text: "€1.050", files: FILES.map((file) => `content/toolkit/2.0/${file}`).sort() },
    ]);
  });

  it("stops a concept release whose change note runs over 40 words", () => {
    const files = siteWithAmount("concept", 0);
    const note = Array.from({ length: 41 }, () => "woord").join(" ");
    files.set(
      "content/toolkit/2.0/release.md",
      `---\nversion: "2.0"\nreleased: "2022"\nstatus: concept\npodcastSeason: 2\nsummary: Release 2.0.\nchanges:\n  kern: ${note}.\n---\nNotities.\n`,
    );
    const result = loadContent(toRawFiles(files));
    expect(result.ok ? [] : result.errors).toEqual([
      {
        file: "content/toolkit/2.0/release.md",
        field: "changes.kern",
        expected: "hoogstens 40 woorden: wat er voor de lezer veranderde en waarom",
        found: "41 woorden",
      },
    ]);
  });
});
