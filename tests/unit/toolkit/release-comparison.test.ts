import { describe, expect, it } from "vitest";
import { loadContent } from "../../../src/content/load-content.ts";
import type { SiteContent } from "../../../src/content/model.ts";
import { comparisonPairs } from "../../../src/toolkit/comparison-pairs.ts";
import { dutchTokens } from "../../../src/toolkit/dutch-words.ts";
import { pageBlocks } from "../../../src/toolkit/page-blocks.ts";
import { compareReleases } from "../../../src/toolkit/release-comparison.ts";
import { wordDiff } from "../../../src/toolkit/text-diff.ts";
import { memorySite, page, toRawFiles } from "../../helpers/memory-site.ts";

function content(change: (files: Map<string, string | Uint8Array>) => void = () => undefined): SiteContent {
  const files = memorySite();
  change(files);
  const result = loadContent(toRawFiles(files));
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.file}: ${error.field}`).join("\n"));
  return result.content;
}

describe("dutchTokens", () => {
  it("keeps Dutch words, amounts and numbers whole and gives the text back exactly", () => {
    const text = "Zo'n 18-jarige krijgt €1.050 per maand (60,9 procent), d.w.z. #GemeenteDelers!";
    const tokens = dutchTokens(text);
    expect(tokens.join("")).toBe(text);
    expect(tokens).toEqual(expect.arrayContaining(["Zo'n", "18-jarige", "€1.050", "60,9", "#GemeenteDelers", "d.w.z"]));
    expect(tokens).not.toContain("1");
  });
});

describe("wordDiff", () => {
  it("marks whole words, and a changed amount as one word out and one in", () => {
    expect(wordDiff("Je krijgt €1.050 per maand.", "Je krijgt €1.100 per maand.")).toEqual([
      { text: "Je krijgt ", change: "same" },
      { text: "€1.050", change: "removed" },
      { text: "€1.100", change: "added" },
      { text: " per maand.", change: "same" },
    ]);
  });

  it("reads a reworded phrase as one removal and one addition, and gives both texts back", () => {
    const before = "Het geld heet het bouwbudget en komt elke maand.";
    const after = "Dat bedrag noemen we het bouwbudget en komt elke maand.";
    const parts = wordDiff(before, after);
    expect(
      parts
        .filter((part) => part.change !== "added")
        .map((part) => part.text)
        .join(""),
    ).toBe(before);
    expect(
      parts
        .filter((part) => part.change !== "removed")
        .map((part) => part.text)
        .join(""),
    ).toBe(after);
    expect(parts.slice(0, 2).map((part) => part.change)).toEqual(["removed", "added"]);
    expect(parts[0]?.text.trim()).toBe("Het geld heet");
  });

  it("shows a rewritten text as the old text out and the new text in, not as a confetti of small changes", () => {
    expect(wordDiff("De gemeente betaalt het bouwbudget als subsidie.", "Jongeren schrijven zelf hun plan, met hulp van een coach.")).toEqual([
      { text: "De gemeente betaalt het bouwbudget als subsidie.", change: "removed" },
      { text: "Jongeren schrijven zelf hun plan, met hulp van een coach.", change: "added" },
    ]);
    expect(wordDiff("", "Nieuw.")).toEqual([{ text: "Nieuw.", change: "added" }]);
  });
});

describe("pageBlocks", () => {
  it("gives headings, paragraphs, list items (nested ones apart) and table rows in reading order", () => {
    const html =
      "<h2>Kop</h2><p>Een <a href='/x/'>alinea</a> &amp; meer.</p><ul><li>Punt<ul><li>Binnen</li></ul></li></ul><table><tr><th>A</th><td>B</td></tr></table>";
    expect(pageBlocks(html)).toEqual([
      { kind: "heading", text: "Kop" },
      { kind: "paragraph", text: "Een alinea & meer." },
      { kind: "item", text: "Binnen" },
      { kind: "item", text: "Punt" },
      { kind: "row", text: "A | B" },
    ]);
  });
});

describe("compareReleases", () => {
  it("finds added, removed, changed and unchanged pages by id, with changed facts and blocks", () => {
    const site = content((files) => {
      files.delete("content/toolkit/2.0/methodieken/methode.md");
      files.set("content/toolkit/2.0/aanpak/nieuw.md", page("nieuw", "Nieuw."));
      files.set("content/toolkit/1.0/aanpak/kern.md", page("kern", "## Waarom\n\nDe jongere krijgt €1.050.\n\nDeze alinea blijft.\n\nDeze alinea gaat weg."));
      files.set(
        "content/toolkit/2.0/aanpak/kern.md",
        page("kern", "## Waarom\n\nDe jongere krijgt €1.100.\n\nDeze alinea blijft.").replace("title: Pagina kern", "title: Kern"),
      );
    });
    const comparison = compareReleases(site.pages, "1.0", "2.0");
    expect(comparison.added.map((entry) => entry.id)).toEqual(["nieuw"]);
    expect(comparison.removed.map((entry) => [entry.id, entry.fromUrl, entry.toUrl])).toEqual([["methode", "/toolkit/1.0/methodieken/methode/", null]]);
    expect(comparison.unchanged.map((entry) => entry.id)).toEqual(["voorwaarde", "stad", "module"]);
    const [kern] = comparison.changed;
    expect(kern?.id).toBe("kern");
    expect(kern?.facts).toEqual([
      {
        label: "Titel",
        parts: [
          { text: "Pagina kern", change: "removed" },
          { text: "Kern", change: "added" },
        ],
      },
    ]);
    expect(kern?.blocks).toEqual([
      {
        change: "changed",
        kind: "paragraph",
        under: "Waarom",
        parts: [
          { text: "De jongere krijgt ", change: "same" },
          { text: "€1.050", change: "removed" },
          { text: "€1.100", change: "added" },
          { text: ".", change: "same" },
        ],
      },
      { change: "removed", kind: "paragraph", under: "Waarom", parts: [{ text: "Deze alinea gaat weg.", change: "removed" }] },
    ]);
    expect(kern?.words).toEqual({ added: 2, removed: 7 });
  });

  it("sees a changed reader-facing fact of a section, and ignores what only orders or finds pages", () => {
    const site = content((files) => {
      const variant = files.get("content/toolkit/2.0/varianten/stad.md") as string;
      files.set(
        "content/toolkit/2.0/varianten/stad.md",
        variant.replace("participants: null", "participants: 30").replace("basis: bron\n", "basis: bron\norder: 3\ntrefwoorden: [schuld]\n"),
      );
    });
    const [stad] = compareReleases(site.pages, "1.0", "2.0").changed;
    expect(stad?.facts).toEqual([
      {
        label: "Aantal jongeren",
        parts: [
          { text: "onbekend", change: "removed" },
          { text: "30", change: "added" },
        ],
      },
    ]);
    const reorderedOnly = content((files) => {
      const variant = files.get("content/toolkit/2.0/varianten/stad.md") as string;
      files.set("content/toolkit/2.0/varianten/stad.md", variant.replace("basis: bron\n", "basis: bron\norder: 3\ntrefwoorden: [schuld]\n"));
    });
    expect(compareReleases(reorderedOnly.pages, "1.0", "2.0").changed).toEqual([]);
  });

  it("marks a source added to a page's list as a whole item, the others as they were", () => {
    const site = content((files) => {
      files.set(
        "_data/sources.yaml",
        `${String(files.get("_data/sources.yaml"))}bron-b:\n  title: Bron B met een lange naam\n  publisher: null\n  date: null\n  url: null\n`,
      );
      files.set(
        "content/toolkit/2.0/aanpak/kern.md",
        String(files.get("content/toolkit/2.0/aanpak/kern.md")).replace("sources: [bron-a]", "sources: [bron-b, bron-a]"),
      );
    });
    const [kern] = compareReleases(site.pages, "1.0", "2.0").changed;
    expect(kern?.facts.map((fact) => [fact.label, fact.parts.map((part) => `${part.change}:${part.text}`)])).toEqual([
      [
        "Bronnen",
        ['added:"Bron B met een lange naam", uitgever niet vermeld, jaar niet vermeld', "same:; ", 'same:"Bron A", uitgever niet vermeld, jaar niet vermeld'],
      ],
    ]);
  });
});

describe("comparisonPairs", () => {
  it("compares each released release with the one before and with the current one, and a concept with the current", () => {
    const pairs = comparisonPairs([
      { version: "4.0", role: "concept" },
      { version: "3.0", role: "current" },
      { version: "2.0", role: "archived" },
      { version: "1.0", role: "archived" },
    ]);
    expect(pairs).toEqual([
      { from: "1.0", to: "2.0" },
      { from: "1.0", to: "3.0" },
      { from: "2.0", to: "3.0" },
      { from: "3.0", to: "4.0" },
    ]);
    expect(comparisonPairs([{ version: "1.0", role: "current" }])).toEqual([]);
  });
});
