import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SMALL_SIZE, syntheticCorpus } from "../../../scripts/bench/corpus.ts";
import { buildAssets } from "../../../src/assets/build-assets.ts";
import { LoadMemo } from "../../../src/content/load-memo.ts";
import { loadContent } from "../../../src/content/load-content.ts";
import { lockFile } from "../../../src/content/locks.ts";
import type { RawFile } from "../../../src/content/loader.ts";
import type { SiteContent } from "../../../src/content/model.ts";
import { deriveMemo, type DeriveMemo } from "../../../src/toolkit/derive-memo.ts";
import { deriveSite } from "../../../src/views/derive-site.ts";

const audio = [{ bytes: new Uint8Array(readFileSync("scripts/bench-audio/audio-1.mp3")), duration: 5.6 }];
const assets = await buildAssets();

/** The small bench corpus with its newest release (4.0) a concept, as editors have it while they work. */
function corpus(): Map<string, string | Uint8Array> {
  const files = syntheticCorpus(SMALL_SIZE, audio);
  files.set("content/toolkit/4.0/release.md", String(files.get("content/toolkit/4.0/release.md")).replace("status: released", "status: concept"));
  files.delete(lockFile("4.0"));
  return files;
}

/** Loads the files as the dev server does: one load memo, and the same bytes object for a file that did not change. */
function loader(): (files: Map<string, string | Uint8Array>) => SiteContent {
  const memo = new LoadMemo();
  const held = new Map<string, RawFile>();
  return (files) => {
    const raw = [...files].map(([path, data]) => {
      const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
      const known = held.get(path);
      const file = known?.bytes && Buffer.from(known.bytes).equals(bytes) ? known : { path, bytes };
      held.set(path, file);
      return file;
    });
    const loaded = loadContent(raw, memo);
    if (!loaded.ok) throw new Error(loaded.errors.map((error) => `${error.file} ${error.field}: ${error.found}`).join("\n"));
    return loaded.content;
  };
}

/** "Zie ook" of one page: it links to the page whose title the first test edits. */
const related = new Map([["4.0", new Map([["aanpak-pagina-006", ["randvoorwaarden-pagina-012"]]])]]);

const derive = (content: SiteContent, memo?: DeriveMemo) =>
  deriveSite({ content, mode: "dev", related, assets, buildDate: "2026-12-08", contentErrors: [], ...(memo ? { memo } : {}) });

/** Every view in full, by template: what the dev server renders from. */
function texts(views: ReturnType<typeof derive>["views"]): Record<string, string[]> {
  return Object.fromEntries(Object.entries(views).map(([name, list]: [string, unknown[]]) => [name, list.map((view) => JSON.stringify(view))]));
}

describe("the dev server's derive memo", () => {
  it("gives the same views as deriving afresh, after an edit of a page's text and of a title other pages link to", () => {
    const files = corpus();
    const load = loader();
    const memo = deriveMemo();
    expect(texts(derive(load(files), memo).views)).toEqual(texts(derive(load(files)).views));

    // The text of a concept page, the title of a page others link to ("Zie ook", deviations) and a page of 1.0.
    const page = "content/toolkit/4.0/aanpak/aanpak-pagina-001.md";
    files.set(page, `${String(files.get(page))}\nEen nieuwe zin.\n`);
    const target = "content/toolkit/4.0/randvoorwaarden/randvoorwaarden-pagina-012.md";
    files.set(target, String(files.get(target)).replace(/^title: .*$/m, "title: Een nieuwe titel"));
    const edits = [page, target];
    for (const edited of edits) expect(files.has(edited)).toBe(true);
    const content = load(files);
    expect(texts(derive(content, memo).views)).toEqual(texts(derive(content).views));
  });

  it("keeps the views of the releases a save did not touch as the same objects, and renews the edited page's", () => {
    const files = corpus();
    const load = loader();
    const memo = deriveMemo();
    const before = derive(load(files), memo).views;
    const page = "content/toolkit/4.0/aanpak/aanpak-pagina-001.md";
    files.set(page, `${String(files.get(page))}\nEen nieuwe zin.\n`);
    const after = derive(load(files), memo).views;
    const byUrl = (views: typeof before) => new Map(views.toolkitPages.map((view) => [view.url, view]));
    const [old, next] = [byUrl(before), byUrl(after)];
    // The edited page's history in every release now says it changed in 4.0; every other page of 1.0 is kept.
    const lineage = "/aanpak/aanpak-pagina-001/";
    const earlier = [...next].filter(([url]) => url.startsWith("/toolkit/1.0/") && !url.endsWith(lineage));
    expect(earlier.length).toBe(SMALL_SIZE.pagesPerRelease - 1);
    expect(earlier.filter(([url, view]) => old.get(url) !== view).map(([url]) => url)).toEqual([]);
    expect(next.get(`/toolkit/1.0${lineage}`)).not.toBe(old.get(`/toolkit/1.0${lineage}`));
    expect(next.get(`/toolkit/1.0${lineage}`)?.history.changedIn.map((change) => change.version)).toContain("4.0");
    expect(next.get("/toolkit/4.0/aanpak/aanpak-pagina-001/")).not.toBe(old.get("/toolkit/4.0/aanpak/aanpak-pagina-001/"));
    // Release-wide views are placed afresh each save, around the kept parts; the print edition holds every page's
    // view, so the edited page's history renews it, but a section index lists only titles and summaries.
    const index = (views: typeof before) => views.sectionIndexes.find((view) => view.url === "/toolkit/1.0/aanpak/")?.pages;
    expect(index(after)).toBeDefined();
    expect(index(after)).toBe(index(before));
  });
});
