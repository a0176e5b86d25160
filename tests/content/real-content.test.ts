import { describe, expect, it } from "vitest";
import { lintLanguage } from "../../src/content/language-lint.ts";
import { loadSiteContent } from "../../src/content/load-site-content.ts";
import { repeatedClaims } from "../../src/content/repeated-claims.ts";
import type { SiteContent } from "../../src/content/model.ts";
import { SECTIONS, type SectionSlug } from "../../src/content/sections.ts";

const loaded = await loadSiteContent(process.cwd());
const content = loaded.ok ? loaded.content : undefined;

function pagesOf(version: string, section: SectionSlug): SiteContent["pages"] {
  return content?.pages.filter((page) => page.version === version && page.section === section) ?? [];
}

function ids(version: string, section: SectionSlug): string[] {
  return pagesOf(version, section).map((page) => page.data.id);
}

describe("the real content", () => {
  it("validates every file under content/ and _data/", () => {
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
  });

  it("has releases 1.0, 2.0 and 3.0 released", () => {
    expect(content?.releases.map((release) => [release.version, release.status])).toEqual([
      ["3.0", "released"],
      ["2.0", "released"],
      ["1.0", "released"],
    ]);
  });

  it("has at least one page per section in every release", () => {
    for (const release of content?.releases ?? []) {
      for (const section of SECTIONS) expect(pagesOf(release.version, section).length, `${release.version}/${section}`).toBeGreaterThan(0);
    }
  });

  it.each([
    ["1.0", 8, 2, 4, 7],
    ["2.0", 8, 4, 4, 7],
  ])("release %s has at least %i preconditions, %i variants, %i modules and %i methods", (version, preconditions, variants, modules, methods) => {
    expect(pagesOf(version, "randvoorwaarden").length).toBeGreaterThanOrEqual(preconditions);
    expect(pagesOf(version, "varianten").length).toBeGreaterThanOrEqual(variants);
    expect(pagesOf(version, "training").length).toBeGreaterThanOrEqual(modules);
    expect(pagesOf(version, "methodieken").length).toBeGreaterThanOrEqual(methods);
  });

  it("covers the methods the sources describe in every release", () => {
    for (const version of ["1.0", "2.0", "3.0"]) {
      expect(ids(version, "methodieken")).toEqual(
        expect.arrayContaining([
          "het-bouwdepot",
          "project-010",
          "bossche-bond",
          "doorbraakmethodiek",
          "welkom-in-de-buurt",
          "integraal-werken-hof-van-twente",
          "toekomstbestendig-werk-utrecht",
        ]),
      );
    }
  });

  it("keeps each release to its own time: 2022 variants only from 2.0 on", () => {
    expect(ids("1.0", "varianten")).not.toEqual(expect.arrayContaining(["amersfoort"]));
    expect(ids("2.0", "varianten")).toEqual(expect.arrayContaining(["amersfoort", "groningen", "rijnstreek"]));
    const releaseOne =
      content?.pages
        .filter((page) => page.version === "1.0")
        .map((page) => page.html)
        .join("\n") ?? "";
    expect(releaseOne).not.toMatch(/Amersfoort|Rijnstreek|2023|2024/);
  });

  it("marks every training programme as an editorial sample programme with trainer notes", () => {
    for (const page of content?.pages.filter((candidate) => candidate.section === "training") ?? []) {
      expect(page.data.basis, page.file).toBe("redactioneel");
      expect(page.html, page.file).toContain("Voorbeeldprogramma");
      expect(page.trainerHtml, page.file).toContain("trainer-notitie");
      expect(page.html, page.file).not.toContain("trainer-notitie");
    }
  });

  it("classifies every precondition and says what a municipality decides itself", () => {
    for (const page of content?.pages.filter((candidate) => candidate.section === "randvoorwaarden") ?? []) {
      if (page.section !== "randvoorwaarden") continue;
      expect(["verplicht", "aanbevolen"], page.file).toContain(page.data.kind);
      expect(page.data.localChoice.length, page.file).toBeGreaterThan(10);
    }
  });

  it("cites at least one resolved source on every toolkit page", () => {
    for (const page of content?.pages ?? []) expect(page.sources.length, page.file).toBeGreaterThan(0);
  });

  it("uses the page id as the file name, so URLs and ids agree", () => {
    for (const page of content?.pages ?? []) expect(page.slug, page.file).toBe(page.data.id);
  });

  it("says no figure or attribution on more than three pages of concept release 3.0", () => {
    if (!content) throw new Error("content invalid");
    expect(repeatedClaims(content.releases, content.pages).filter((claim) => claim.version === "3.0")).toEqual([]);
  });

  it("passes the language lint: at most 20 words a sentence on average, titles up to 70 characters, no labels", () => {
    if (!content) throw new Error("content invalid");
    expect(lintLanguage(content).errors).toEqual([]);
  });
});
