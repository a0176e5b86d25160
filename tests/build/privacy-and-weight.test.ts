import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { isOffSite, pageResources } from "../helpers/page-resources.ts";
import { listFiles } from "../helpers/site-files.ts";

const siteDir = inject("realSiteDir");
const files = await listFiles(siteDir);
const htmlFiles = files.filter((file) => file.endsWith(".html"));
const pages = await Promise.all(htmlFiles.map(async (file) => ({ file, html: await readFile(path.join(siteDir, file), "utf8") })));

/** Page budget: HTML plus the CSS and JS it loads up front, gzipped. */
const BUDGET_BYTES = 30 * 1024;
/** The print editions hold a whole release on one page for paper, on purpose; their budget is that of the release's pages together. */
const isPrintEdition = (file: string): boolean => /^toolkit\/[^/]+\/afdrukken\/index\.html$/.test(file);
/** A comparison of two releases shows every changed page of the newer one word by word; its budget is that of the newer release's pages together. */
const isComparison = (file: string): boolean => /^toolkit\/vergelijk\/[^/]+\/[^/]+\/index\.html$/.test(file);

async function gzipSize(url: string): Promise<number> {
  return gzipSync(await readFile(path.join(siteDir, url))).length;
}

describe("privacy and security of every built page", () => {
  it("loads nothing from another origin", () => {
    const offenders = pages.flatMap(({ file, html }) =>
      pageResources(html)
        .loads.filter(isOffSite)
        .map((url) => `${file}: ${url}`),
    );
    expect(offenders).toEqual([]);
  });

  it("has no inline scripts and no on…= event handlers", () => {
    for (const { file, html } of pages) {
      const resources = pageResources(html);
      expect(resources.inlineScripts, file).toBe(0);
      expect(resources.eventHandlers, file).toEqual([]);
    }
  });

  it("has no external url() in its stylesheets", async () => {
    for (const file of files.filter((name) => name.endsWith(".css"))) {
      const css = await readFile(path.join(siteDir, file), "utf8");
      expect(css, file).not.toMatch(/url\(\s*["']?(?:[a-z]+:|\/\/)/i);
      expect(css, file).not.toMatch(/@import/i);
    }
  });

  it("recognises what the checks look for", () => {
    const resources = pageResources(
      '<head><script>x()</script><script src="/a.js"></script><link rel="stylesheet" href="https://cdn.example/x.css"></head><body><img src="//t.example/p.gif" alt="" onerror="x()"></body>',
    );
    expect(resources.inlineScripts).toBe(1);
    expect(resources.scripts).toEqual([{ src: "/a.js", blocking: true, inHead: true }]);
    expect(resources.loads.filter(isOffSite)).toEqual(["https://cdn.example/x.css", "//t.example/p.gif"]);
    expect(resources.eventHandlers).toEqual(["<img onerror>"]);
  });
});

describe("page weight", () => {
  it(`keeps every page with its up-front CSS and JS within ${BUDGET_BYTES / 1024} KB gzip, without render-blocking scripts`, async () => {
    const weights: { file: string; bytes: number }[] = [];
    for (const { file, html } of pages) {
      const resources = pageResources(html);
      expect(
        resources.scripts.filter((script) => script.blocking),
        file,
      ).toEqual([]);
      const upFront = [...resources.stylesheets, ...resources.scripts.map((script) => script.src)];
      const assetBytes = (await Promise.all(upFront.map(gzipSize))).reduce((sum, size) => sum + size, 0);
      weights.push({ file, bytes: gzipSync(html).length + assetBytes });
    }
    const heaviest = weights.reduce((max, entry) => (entry.bytes > max.bytes ? entry : max));
    console.log(`Heaviest page: ${heaviest.file}, ${(heaviest.bytes / 1024).toFixed(1)} KB gzip with its CSS and JS`);
    expect(weights.filter((entry) => entry.bytes > BUDGET_BYTES && !isPrintEdition(entry.file) && !isComparison(entry.file))).toEqual([]);
    const release = (file: string): string => file.split("/")[1] ?? "";
    const releasePages = (version: string): number =>
      weights
        .filter((entry) => /^toolkit\/[^/]+\/[a-z]+\/[^/]+\/index\.html$/.test(entry.file) && release(entry.file) === version)
        .reduce((sum, entry) => sum + entry.bytes, 0);
    for (const edition of weights.filter((entry) => isPrintEdition(entry.file)))
      expect(edition.bytes, edition.file).toBeLessThan(releasePages(release(edition.file)));
    for (const comparison of weights.filter((entry) => isComparison(entry.file)))
      expect(comparison.bytes, comparison.file).toBeLessThan(releasePages(comparison.file.split("/")[3] ?? ""));
  });
});
