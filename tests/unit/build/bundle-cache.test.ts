import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeBundlesCached, type BundleCacheInput } from "../../../src/build/bundle-cache.ts";
import type { SearchBundle } from "../../../src/search/search-bundles.ts";
import type { SearchRecord } from "../../../src/search/tool-records.ts";

/** A record as the tools table makes them. */
function record(description: string): SearchRecord {
  return { url: "/toolkit/2.0/rekenhulp/", content: description, meta: { title: "Rekenhulp", beschrijving: description }, filters: { release: ["2.0"] } };
}

/** Writes each bundle as one file naming its records, and counts the bundles it was asked to index. */
async function cacheRun(root: string, records: SearchRecord[]): Promise<{ reused: number; built: number; indexed: string[] }> {
  const outputDir = path.join(root, `out-${Math.random().toString(36).slice(2)}`);
  await mkdir(path.join(outputDir, "toolkit", "2.0", "aanpak", "a"), { recursive: true });
  await writeFile(path.join(outputDir, "toolkit", "2.0", "aanpak", "a", "index.html"), "<p>pagina</p>");
  const indexed: string[] = [];
  const input: BundleCacheInput = {
    outputDir,
    files: ["toolkit/2.0/aanpak/a/index.html"],
    hashes: new Map([["toolkit/2.0/aanpak/a/index.html", "hash-a"]]),
    cacheDir: path.join(root, "cache"),
    settings: "pagefind test",
    write: async (dir, bundles) => {
      for (const bundle of bundles) {
        indexed.push(bundle.name);
        await mkdir(path.join(dir, "zoeken", "index", bundle.name), { recursive: true });
        await writeFile(path.join(dir, "zoeken", "index", bundle.name, "pagefind.js"), JSON.stringify(bundle.records));
      }
    },
  };
  const bundle: SearchBundle = { name: "2.0", urls: [], glob: "toolkit/2.0/*/*/index.html", records };
  return { ...(await writeBundlesCached(input, [bundle])), indexed };
}

describe("search bundle cache", () => {
  it("reuses a bundle only while its pages and its tool records are unchanged", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "bundle-cache-"));
    expect(await cacheRun(root, [record("Reken uit wat het kost.")])).toEqual({ reused: 0, built: 1, indexed: ["2.0"] });
    expect(await cacheRun(root, [record("Reken uit wat het kost.")])).toEqual({ reused: 1, built: 0, indexed: [] });
    expect(await cacheRun(root, [record("Reken uit wat Het Bouwdepot kost.")])).toEqual({ reused: 0, built: 1, indexed: ["2.0"] });
  });
});
