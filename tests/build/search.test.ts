import { readFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { search, type BundleSource, type Shown } from "../../src/assets/ts/search-ui.ts";
import { buildSite } from "../../src/build/build-site.ts";
import { cachedRelated } from "../../src/build/related-cache.ts";
import { loadSiteContent } from "../../src/content/load-site-content.ts";
import { copyFixture } from "../helpers/build-fixture.ts";
import { pagefindSource } from "../helpers/pagefind-node.ts";
import { listFiles, readPage } from "../helpers/site-files.ts";

const realDir = inject("realSiteDir");
const real = pagefindSource(realDir);
let fixture: BundleSource;
let fixtureDir: string;

beforeAll(async () => {
  const root = await copyFixture("two-releases");
  await buildSite({ root, mode: "production" });
  fixtureDir = path.join(root, "_site");
  fixture = pagefindSource(fixtureDir);
});

/** The text Pagefind indexed for a page (what excerpts are cut from): the content of its fragment in the built bundles. */
async function indexedContent(siteDir: string, url: string): Promise<string> {
  const indexDir = path.join(siteDir, "zoeken", "index");
  for (const file of (await listFiles(indexDir)).filter((name) => name.endsWith(".pf_fragment"))) {
    const text = gunzipSync(await readFile(path.join(indexDir, file))).toString("utf8");
    const fragment = JSON.parse(text.slice(text.indexOf("{"))) as { url: string; content: string };
    if (fragment.url === url) return fragment.content;
  }
  throw new Error(`no fragment for ${url}`);
}

async function urls(source: BundleSource, query: string, scope: string, releases: string[]): Promise<string[]> {
  return (await search(query, scope, releases, 50, source)).map((result) => result.data.url);
}

describe("Pagefind bundles, searched in Node as the browser would", () => {
  it("writes one bundle per released release and one for podcast and pages, never for a concept", async () => {
    const bundles = (await listFiles(path.join(realDir, "zoeken", "index"))).filter((file) => file.endsWith("pagefind.js")).sort();
    expect(bundles).toEqual(["1.0/pagefind.js", "2.0/pagefind.js", "3.0/pagefind.js", "algemeen/pagefind.js"]);
    const fixtureBundles = (await listFiles(path.join(fixtureDir, "zoeken", "index"))).filter((file) => file.endsWith("pagefind.js")).sort();
    expect(fixtureBundles).toEqual(["1.0/pagefind.js", "2.0/pagefind.js", "algemeen/pagefind.js"]);
  });

  it("stems Dutch: a plural finds a page that has only the singular", async () => {
    expect(await urls(fixture, "woonplaatsen", "2.0", ["2.0", "1.0"])).toContain("/toolkit/2.0/aanpak/zoektest/");
  });

  it("indexes trefwoorden: a broad term finds a page that only has the compound", async () => {
    const found = await urls(fixture, "schuld", "2.0", ["2.0", "1.0"]);
    expect(found).toContain("/toolkit/2.0/aanpak/zoektest/");
    expect(found).not.toContain("/toolkit/2.0/methodieken/methode-b/");
  });

  it("finds an episode by words that only its transcript has", async () => {
    expect(await urls(fixture, "kort", "2.0", ["2.0", "1.0"])).toEqual(["/podcast/test-aflevering/"]);
  });

  it("indexes a fact's term and value as separate words, so excerpts and searches see both", async () => {
    expect(await indexedContent(fixtureDir, "/toolkit/2.0/randvoorwaarden/voorwaarde-a/")).toMatch(/\bSoort\P{L}+Verplicht\b/u);
    expect(await urls(fixture, "verplicht", "2.0", ["2.0", "1.0"])).toContain("/toolkit/2.0/randvoorwaarden/voorwaarde-a/");
  });

  it("indexes an episode's transcript without its m:ss times", async () => {
    const content = await indexedContent(fixtureDir, "/podcast/test-aflevering/");
    expect(content).toContain("Dit is een testaflevering.");
    expect(content).not.toMatch(/\b\d{1,2}:\d{2}\b/);
  });

  it("links results to headings through their ids", async () => {
    const [result] = await search("anker", "2.0", ["2.0", "1.0"], 5, fixture);
    expect(result?.data.sub_results.map((sub) => sub.url)).toContain("/toolkit/2.0/aanpak/zoektest/#tweede-kop");
  });

  it("searches the release being read plus the rest by default", async () => {
    const found = async (scope: string): Promise<Shown[]> => search("gedeelde", scope, ["2.0", "1.0"], 50, fixture);
    const pages = (results: Shown[]): string[] => results.filter((result) => result.data.meta.soort === "toolkit").map((result) => result.data.url);
    const toolkit = (results: Shown[]): string[] => results.map((result) => result.data.url).filter((url) => url.startsWith("/toolkit/"));
    expect(pages(await found("1.0"))).toEqual(["/toolkit/1.0/aanpak/gedeeld/"]);
    expect(pages(await found("2.0"))).toEqual(["/toolkit/2.0/aanpak/gedeeld/"]);
    expect(toolkit(await found("1.0")).every((url) => url.startsWith("/toolkit/1.0/"))).toBe(true);
    expect(await urls(fixture, "kort", "1.0", ["2.0", "1.0"])).toEqual(["/podcast/test-aflevering/"]);
  });

  it("merges all releases and shows each page once, with the releases it appears in", async () => {
    const results = (await search("gedeelde", "alle", ["2.0", "1.0"], 50, fixture)).filter((result) => result.data.meta.soort === "toolkit");
    expect(results).toHaveLength(1);
    expect(results[0]?.data.url).toBe("/toolkit/2.0/aanpak/gedeeld/");
    expect(results[0]?.releases.map((release) => release.version).sort()).toEqual(["1.0", "2.0"]);
    const realResults = await search("Bouwdepot", "alle", ["2.0", "1.0"], 50, real);
    const keys = realResults.map((result) => result.data.meta.pagina ?? result.data.url);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("never finds trainer notes, concept pages, A–Z, actueel pages, section indexes or navigation", async () => {
    for (const query of ["GEHEIME-TRAINERNOTITIE", "CONCEPTPAGINA-NIEUW", "CONCEPTAFLEVERING"]) {
      expect(await urls(fixture, query, "alle", ["2.0", "1.0"]), query).toEqual([]);
    }
    // Pagefind falls back to the longest indexed word a query starts with, so what must be absent is a result that
    // marks the navigation's own word.
    for (const query of ["hoofdmenu", "kruimelpad", "citeer"]) {
      const results = await search(query, "alle", ["2.0", "1.0"], 50, real);
      const marking = results.filter((result) => result.data.excerpt.toLowerCase().includes(`<mark>${query}`));
      expect(
        marking.map((result) => result.data.url),
        query,
      ).toEqual([]);
    }
    const everything = [...(await urls(real, "Bouwdepot", "alle", ["2.0", "1.0"])), ...(await urls(real, "jongeren", "alle", ["2.0", "1.0"]))];
    expect(
      everything.filter((url) =>
        /\/(a-z|trainer|actueel)\/|^\/toolkit\/\d+\.\d+\/$|\/toolkit\/\d+\.\d+\/(aanpak|randvoorwaarden|varianten|methodieken|training)\/$|^\/toolkit\/vergelijk\//.test(
          url,
        ),
      ),
    ).toEqual([]);
  });

  it("indexes each tool of a released release by its description and search words, never by its body", async () => {
    // The rekenhulp's body names Nibud for one of its figures; only its description and search words are indexed.
    expect(await urls(real, "nibud", "2.0", ["2.0", "1.0"])).not.toContain("/toolkit/2.0/rekenhulp/");
    expect((await urls(real, "begroting", "2.0", ["2.0", "1.0"]))[0]).toBe("/toolkit/2.0/rekenhulp/");
    const merged = (await search("rekenhulp", "alle", ["2.0", "1.0"], 10, real)).filter((result) => result.data.meta.soort === "hulpmiddel");
    expect(merged.map((result) => result.releases.map((release) => release.url))).toEqual([["/toolkit/2.0/rekenhulp/", "/toolkit/1.0/rekenhulp/"]]);
    const sheets = await urls(fixture, "hand-out", "alle", ["2.0", "1.0"]);
    expect(sheets).toContain("/toolkit/2.0/training/module-a/hand-out/");
    expect(sheets.filter((url) => url.startsWith("/toolkit/3.0/"))).toEqual([]);
  });

  it("shows release and section on every result", async () => {
    for (const result of await search("gemeente", "2.0", ["2.0", "1.0"], 20, real)) {
      expect(result.data.meta.sectie, result.data.url).toBeTruthy();
      if (result.data.url.startsWith("/toolkit/")) expect(result.data.meta.release).toBe("2.0");
    }
  });
});

describe("related pages (Zie ook)", () => {
  it("lists 3–5 other pages of the same release on every toolkit page, never the page itself", async () => {
    const html = await readPage(realDir, "/toolkit/2.0/randvoorwaarden/anbi-stichting/");
    const list = /<nav class="see-also"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
    const links = [...list.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(links.length).toBeLessThanOrEqual(5);
    expect(links.every((link) => link?.startsWith("/toolkit/2.0/"))).toBe(true);
    expect(links).not.toContain("/toolkit/2.0/randvoorwaarden/anbi-stichting/");
  });

  it("is sensible for a known pair: the ANBI precondition and the money-and-rules module", async () => {
    const loaded = await loadSiteContent(process.cwd());
    if (!loaded.ok) throw new Error("content invalid");
    const { related } = await cachedRelated(loaded.content, undefined, "code");
    expect(related.get("2.0")?.get("anbi-stichting")).toContain("geld-en-regels");
    expect(related.get("2.0")?.get("geld-en-regels")).toContain("anbi-stichting");
  });

  it("is the same with and without the cache, and across runs", async () => {
    const loaded = await loadSiteContent(process.cwd());
    if (!loaded.ok) throw new Error("content invalid");
    const cacheDir = path.join(path.dirname(fixtureDir), ".cache-test");
    const fresh = await cachedRelated(loaded.content, undefined, "code");
    const cold = await cachedRelated(loaded.content, cacheDir, "code");
    const warm = await cachedRelated(loaded.content, cacheDir, "code");
    const otherCode = await cachedRelated(loaded.content, cacheDir, "other code");
    expect(cold.related).toEqual(fresh.related);
    expect(warm.related).toEqual(fresh.related);
    expect(cold.report).toEqual({ reused: 0, ranked: loaded.content.releases.length });
    expect(warm.report).toEqual({ reused: loaded.content.releases.length, ranked: 0 });
    expect(otherCode.report.reused).toBe(0);
    const cached = await Promise.all((await listFiles(cacheDir)).map(async (file) => JSON.parse(await readFile(path.join(cacheDir, file), "utf8")) as unknown));
    expect(cached).toContainEqual(Object.fromEntries(fresh.related.get("2.0") ?? []));
  });
});
