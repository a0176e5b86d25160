import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { missingKept } from "../../../scripts/bench/kept-corpus.ts";
import { SMALL_SIZE, syntheticCorpus, twoReleaseSize } from "../../../scripts/bench/corpus.ts";
import { loadContent } from "../../../src/content/load-content.ts";
import { lockFile } from "../../../src/content/locks.ts";
import type { KeptEntry } from "../../../src/build/kept-list.ts";
import { buildToolkitView } from "../../../src/toolkit/toolkit-view.ts";

const audio = [{ bytes: new Uint8Array(readFileSync("scripts/bench-audio/audio-1.mp3")), duration: 5.6 }];

function load(size = SMALL_SIZE) {
  const files = [...syntheticCorpus(size, audio)].map(([path, data]) => ({ path, bytes: typeof data === "string" ? new TextEncoder().encode(data) : data }));
  const loaded = loadContent(files);
  if (!loaded.ok) throw new Error(loaded.errors.map((error) => `${error.file} ${error.field}: ${error.found}`).join("\n"));
  return loaded.content;
}

describe("the bench corpus", () => {
  it("is valid content with today's shapes: every release published, training modules with presentation modes, a summary per release", () => {
    const content = load();
    expect(content.releases.map((release) => [release.version, release.status])).toEqual([
      ["4.0", "released"],
      ["3.0", "released"],
      ["2.0", "released"],
      ["1.0", "released"],
    ]);
    const toolkit = buildToolkitView(content, "production");
    expect(toolkit.presentations.length).toBeGreaterThan(0);
    expect(toolkit.presentations.every((module) => module.presentationUrl !== null && module.blocks.some((block) => block.points.length > 0))).toBe(true);
    expect(toolkit.summaries.map((summary) => summary.release.version).sort()).toEqual(["1.0", "2.0", "3.0", "4.0"]);
  });

  it("gives every release its rekenhulp and its startnotitie, with choices for several randvoorwaarden", () => {
    const content = load();
    const toolkit = buildToolkitView(content, "production");
    expect(toolkit.rekenhulpen.map((view) => view.release.version).sort()).toEqual(["1.0", "2.0", "3.0", "4.0"]);
    expect(toolkit.startnotities.map((view) => view.release.version).sort()).toEqual(["1.0", "2.0", "3.0", "4.0"]);
    expect(content.rekenhulp?.figures.map((figure) => figure.role)).toEqual(
      expect.arrayContaining(["maandbedrag", "jongerennorm", "alternatief", "bijdrage", "terugverdientijd"]),
    );
    const conditions = Object.values(content.startnotitie?.conditions ?? {});
    expect(conditions.length).toBeGreaterThanOrEqual(3);
    expect(conditions.every((options) => options.length >= 2 && options.length <= 3)).toBe(true);
  });

  it("stays valid when its newest release is a concept, as the dev loop makes it (a concept is checked in full)", () => {
    const files = syntheticCorpus(SMALL_SIZE, audio);
    const release = files.get("content/toolkit/4.0/release.md");
    if (typeof release !== "string") throw new Error("the corpus has no release 4.0");
    files.set("content/toolkit/4.0/release.md", release.replace("status: released", "status: concept"));
    files.delete(lockFile("4.0"));
    const loaded = loadContent([...files].map(([path, data]) => ({ path, bytes: typeof data === "string" ? new TextEncoder().encode(data) : data })));
    expect(loaded.ok ? [] : loaded.errors.map((error) => `${error.file} ${error.field}: ${error.found}`)).toEqual([]);
  });

  it("has a 2-release twin of the same shape: as many pages and episodes per release", () => {
    const two = twoReleaseSize({ releases: 10, pagesPerRelease: 400, episodes: 300 });
    expect(two).toEqual({ releases: 2, pagesPerRelease: 400, episodes: 60 });
    const content = load(twoReleaseSize(SMALL_SIZE));
    expect(content.releases).toHaveLength(2);
    expect(content.pages.filter((page) => page.version === "2.0")).toHaveLength(SMALL_SIZE.pagesPerRelease);
  });
});

describe("the check of the corpus's kept documents", () => {
  const entry = (version: string, kind: KeptEntry["kind"]): KeptEntry => ({
    version,
    date: "2026-12-07",
    reason: "nieuwe opmaak",
    stem: "2026-12-07",
    errata: 0,
    name: `${version}-${kind}`,
    kind,
    sha256: "0".repeat(64),
    line: 1,
  });

  it("names each release that lacks its PDF, archive copy or summary", () => {
    const entries = [entry("1.0", "pdf"), entry("1.0", "zip"), entry("1.0", "samenvatting"), entry("2.0", "zip")];
    expect(missingKept(entries, ["1.0", "2.0", "3.0"])).toEqual(["2.0: pdf, samenvatting", "3.0: pdf, zip, samenvatting"]);
  });
});
