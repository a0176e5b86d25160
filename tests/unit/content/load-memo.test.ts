import { describe, expect, it } from "vitest";
import { loadContent } from "../../../src/content/load-content.ts";
import { LoadMemo } from "../../../src/content/load-memo.ts";
import type { RawFile } from "../../../src/content/loader.ts";
import { memorySite, page, toRawFiles } from "../../helpers/memory-site.ts";

function replace(files: RawFile[], path: string, text: string): RawFile[] {
  return files.map((file) => (file.path === path ? { path, bytes: new TextEncoder().encode(text) } : file));
}

function pages(files: RawFile[], memo: LoadMemo): Map<string, object> {
  const result = loadContent(files, memo);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return new Map(result.content.pages.map((loaded) => [loaded.file, loaded]));
}

describe("loadContent with a memo (the dev server between saves)", () => {
  it("returns the same page objects for unchanged bytes and a new one for the edited file", () => {
    const memo = new LoadMemo();
    const site = memorySite();
    site.set("content/toolkit/2.0/release.md", String(site.get("content/toolkit/2.0/release.md")).replace("status: released", "status: concept"));
    const files = toRawFiles(site);
    const first = pages(files, memo);
    const edited = "content/toolkit/2.0/methodieken/methode.md";
    const second = pages(
      replace(files, edited, page("methode", "Nieuwe tekst.", "origin: Ergens.\ntargetGroup: Iedereen.\ncoreElements: [een]\nresults: []\n")),
      memo,
    );
    expect(second.get("content/toolkit/2.0/aanpak/kern.md")).toBe(first.get("content/toolkit/2.0/aanpak/kern.md"));
    expect(second.get(edited)).not.toBe(first.get(edited));
    expect(second.get(edited)).toMatchObject({ html: "<p>Nieuwe tekst.</p>\n" });
  });

  it("renders links again when the page they point to moves", () => {
    const memo = new LoadMemo();
    const files = toRawFiles(memorySite());
    pages(files, memo);
    const moved = replace(
      files,
      "content/toolkit/2.0/randvoorwaarden/voorwaarde.md",
      page("voorwaarde-nieuw", "Tekst.", "kind: verplicht\nrationale: Reden.\nlocalChoice: Keuze.\n"),
    );
    const result = loadContent(moved, memo);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((error) => error.file)).toContain("content/toolkit/2.0/aanpak/kern.md");
  });

  it("reports the errors of an unchanged broken file on every load", () => {
    const memo = new LoadMemo();
    const files = replace(toRawFiles(memorySite()), "content/toolkit/1.0/aanpak/kern.md", "---\nid: kern\n---\nTekst.\n");
    const first = loadContent(files, memo);
    const second = loadContent(files, memo);
    expect(first.ok ? [] : first.errors).not.toEqual([]);
    expect(second.ok ? [] : second.errors).toEqual(first.ok ? [] : first.errors);
  });
});
