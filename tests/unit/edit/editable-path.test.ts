import { describe, expect, it } from "vitest";
import { refusedEdit, type EditRules } from "../../../src/edit/editable-path.ts";

const rules: EditRules = {
  concepts: new Set(["3.0"]),
  released: new Set(["1.0", "2.0"]),
  episodeRelease: (folder) => ({ "001-eerste": "1.0", "007-nieuw": "3.0" })[folder],
  exists: (file) => file === "content/pages/over.md",
};

describe("refusedEdit", () => {
  it.each([
    "content/toolkit/3.0/varianten/amersfoort.md",
    "content/toolkit/3.0/aanpak/schema.png",
    "content/toolkit/3.0/release.md",
    "content/toolkit/3.0/begrippen.yaml",
    "content/podcast/007-nieuw/index.md",
    "content/podcast/007-nieuw/aflevering.mp3",
    "content/pages/over.md",
    "content/errata/2.0.yaml",
  ])("allows %s", (file) => {
    expect(refusedEdit(file, rules)).toBeNull();
  });

  it.each([
    ["content/toolkit/2.0/varianten/amersfoort.md", /gepubliceerd.*erratum/],
    ["content/toolkit/2.0/release.md", /gepubliceerd/],
    ["content/toolkit/2.0/begrippen.yaml", /gepubliceerd/],
    ["content/toolkit/9.0/aanpak/nieuw.md", /geen conceptrelease 9\.0.*npm run release/],
    ["content/podcast/001-eerste/index.md", /gepubliceerde release \(1\.0\)/],
    ["content/pages/nieuw.md", /Nieuwe sitepagina/],
    ["content/errata/3.0.yaml", /geen gepubliceerde release/],
    ["content/errata/2.0.md", /geen gepubliceerde release/],
    ["content/locks/3.0.json", /kan in de beheeromgeving niet/],
    ["content/ledger.txt", /kan in de beheeromgeving niet/],
    ["content/toolkit/3.0/onbekend/pagina.md", /kan in de beheeromgeving niet/],
    ["content/toolkit/3.0/aanpak/script.js", /kan in de beheeromgeving niet/],
    ["content/toolkit/3.0/../2.0/aanpak/x.md", /geen pad/],
    ["_data/site.yaml", /buiten content/],
    ["/etc/passwd", /geen pad/],
  ])("refuses %s", (file, reason) => {
    expect(refusedEdit(file, rules)).toMatch(reason);
  });
});
