import { describe, expect, it } from "vitest";
import { loadSiteContent } from "../../src/content/load-site-content.ts";
import { SECTIONS } from "../../src/toolkit/sections.ts";

const loaded = await loadSiteContent(process.cwd());

describe("the real content", () => {
  it("validates every file under content/ and _data/", () => {
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
  });

  const content = loaded.ok ? loaded.content : undefined;

  it("has releases 1.0 and 2.0 released, each with at least one page per section", () => {
    for (const version of ["1.0", "2.0"]) {
      expect(content?.releases.find((release) => release.version === version)?.status).toBe("released");
      for (const section of SECTIONS) {
        expect(content?.pages.some((page) => page.version === version && page.section === section), `${version}/${section}`).toBe(true);
      }
    }
  });

  it("cites at least one resolved source on every toolkit page", () => {
    for (const page of content?.pages ?? []) expect(page.sources.length, page.file).toBeGreaterThan(0);
  });

  it("uses the page id as the file name, so URLs and ids agree", () => {
    for (const page of content?.pages ?? []) expect(page.slug, page.file).toBe(page.data.id);
  });

  it("never calls young people by a stigmatising label", () => {
    for (const page of content?.pages ?? []) expect(page.html.replace(/Zwerfjongeren Nederland/g, ""), page.file).not.toMatch(/zwerfjongere/i);
  });
});
