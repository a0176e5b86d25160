import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { search } from "../../src/assets/ts/search-ui.ts";
import { buildSite, type BuildReport } from "../../src/build.ts";
import { copyFixture } from "../helpers/build-fixture.ts";
import { pagefindSource } from "../helpers/pagefind-node.ts";
import { listFiles } from "../helpers/site-files.ts";

/**
 * Every file of a built site with its bytes, to compare two builds exactly. Pagefind's own files are left out: it
 * indexes pages in parallel, so two runs over the same pages may order its index differently. Search is checked
 * by querying instead.
 */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = (await listFiles(dir)).filter((file) => !file.startsWith("zoeken/index/"));
  return new Map(await Promise.all(files.map(async (file) => [file, (await readFile(path.join(dir, file))).toString("base64")] as const)));
}

/** Builds the same content afresh, without cache, into a separate folder. */
async function coldBuild(root: string): Promise<Map<string, string>> {
  const outDir = path.join(root, "_site-cold");
  await buildSite({ root, mode: "production", outDir, cache: false });
  return snapshot(outDir);
}

async function edit(root: string, file: string, change: (text: string) => string): Promise<void> {
  const target = path.join(root, file);
  await writeFile(target, change(await readFile(target, "utf8")));
}

describe("a build reuses what did not change and equals a build from scratch", () => {
  let root: string;
  let first: BuildReport;

  beforeAll(async () => {
    root = await copyFixture("two-releases");
    first = await buildSite({ root, mode: "production" });
  });

  it("renders everything the first time", () => {
    expect(first.reused).toBe(0);
    expect(first.rendered).toBeGreaterThan(20);
  });

  it("renders nothing again when nothing changed, and the site stays byte-identical", async () => {
    const before = new Map([...(await listFiles(path.join(root, "_site")))].map((file) => [file, ""]));
    const bytes = await snapshot(path.join(root, "_site"));
    const again = await buildSite({ root, mode: "production" });
    expect(again.rendered).toBe(0);
    expect(again.reused).toBe(first.rendered);
    expect(await snapshot(path.join(root, "_site"))).toEqual(bytes);
    expect(new Map([...(await listFiles(path.join(root, "_site")))].map((file) => [file, ""]))).toEqual(before);
  });

  it("re-renders only the edited page's own output after a change in its text", async () => {
    await edit(root, "content/toolkit/2.0/methodieken/methode-b.md", (text) => `${text}\nEen nieuwe alinea over INCREMENTEEL-BOUWEN.\n`);
    const report = await buildSite({ root, mode: "production" });
    expect(report.rendered).toBeGreaterThanOrEqual(1);
    expect(report.rendered).toBeLessThan(first.rendered / 4);
    expect(await readFile(path.join(root, "_site", "toolkit", "2.0", "methodieken", "methode-b", "index.html"), "utf8")).toContain("INCREMENTEEL-BOUWEN");
    expect(await snapshot(path.join(root, "_site"))).toEqual(await coldBuild(root));
    const found = await search("incrementeel", "2.0", ["2.0", "1.0"], 5, pagefindSource(path.join(root, "_site")));
    expect(found.map((result) => result.data.url)).toEqual(["/toolkit/2.0/methodieken/methode-b/"]);
  });

  it("updates every page that names a page whose title changed", async () => {
    await edit(root, "content/toolkit/2.0/randvoorwaarden/voorwaarde-a.md", (text) => text.replace("title: Voorwaarde A", "title: Voorwaarde A, hernoemd"));
    await buildSite({ root, mode: "production" });
    const variant = await readFile(path.join(root, "_site", "toolkit", "2.0", "varianten", "stad-a", "index.html"), "utf8");
    expect(variant).toContain("Voorwaarde A, hernoemd");
    expect(await snapshot(path.join(root, "_site"))).toEqual(await coldBuild(root));
  });

  it("updates the home page and the feed when their text changes, and only those", async () => {
    await edit(root, "content/pages/home.md", (text) => `${text}\nNieuw op de HOME-PAGINA.\n`);
    await edit(root, "content/podcast/001-test-aflevering/index.md", (text) => text.replace("Shownotes met", "Nieuwe SHOWNOTES met"));
    const report = await buildSite({ root, mode: "production" });
    expect(report.rendered).toBeLessThan(first.rendered / 2);
    expect(await readFile(path.join(root, "_site", "index.html"), "utf8")).toContain("HOME-PAGINA");
    expect(await readFile(path.join(root, "_site", "podcast", "feed.xml"), "utf8")).toContain("Nieuwe SHOWNOTES");
    expect(await snapshot(path.join(root, "_site"))).toEqual(await coldBuild(root));
  });

  it("renders every page again when a site setting shown on every page changes", async () => {
    await edit(root, "_data/site.yaml", (text) => text.replace(/^title: .*$/m, "title: Toolkit met een nieuwe naam"));
    const report = await buildSite({ root, mode: "production" });
    expect(report.rendered).toBe(first.rendered);
    expect(await readFile(path.join(root, "_site", "toolkit", "1.0", "aanpak", "gedeeld", "index.html"), "utf8")).toContain("Toolkit met een nieuwe naam");
    expect(await snapshot(path.join(root, "_site"))).toEqual(await coldBuild(root));
  });

  it("renders a file again when it was changed by hand in _site", async () => {
    const target = path.join(root, "_site", "toolkit", "2.0", "aanpak", "gedeeld", "index.html");
    const original = await readFile(target, "utf8");
    await writeFile(target, "handmatig veranderd");
    const report = await buildSite({ root, mode: "production" });
    expect(report.rendered).toBe(1);
    expect(await readFile(target, "utf8")).toBe(original);
  });
});
