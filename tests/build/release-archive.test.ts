import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { buildSite } from "../../src/build/build-site.ts";
import { copyFixture } from "../helpers/build-fixture.ts";
import { listFiles, readPage } from "../helpers/site-files.ts";

const realSite = inject("realSiteDir");
const preview = inject("previewSiteDir");
const zipOf = (dir: string, version: string): string => path.join(dir, "toolkit", version, `toolkit-het-bouwdepot-${version}.zip`);

describe("the archive copy of a published release", () => {
  it("holds the release's files and the assets they use, sorted and dated the release date, without the release home", async () => {
    const listing = execFileSync("zipinfo", ["-1", zipOf(realSite, "2.0")], { encoding: "utf8" })
      .trim()
      .split("\n");
    expect(listing).toEqual([...listing].sort());
    const expected = (await listFiles(realSite)).filter(
      (file) =>
        (file.startsWith("toolkit/2.0/") || file.startsWith("assets/")) &&
        file !== "toolkit/2.0/index.html" &&
        !file.includes("toolkit-het-bouwdepot-2.0.zip") &&
        file !== "toolkit/2.0/offline.json",
    );
    expect(listing).toEqual(expected.sort());
    expect(listing).toContain("toolkit/2.0/afdrukken/toolkit-het-bouwdepot-2.0.pdf");
    const dates = new Set(execFileSync("zipinfo", ["-T", zipOf(realSite, "2.0")], { encoding: "utf8" }).match(/ \d{8}\.\d{6} /g));
    expect([...dates]).toEqual([" 20220101.120000 "]);
    const unzipped = execFileSync("unzip", ["-p", zipOf(realSite, "2.0"), "toolkit/2.0/aanpak/wie-doet-mee/index.html"]);
    expect(unzipped.equals(await readFile(path.join(realSite, "toolkit/2.0/aanpak/wie-doet-mee/index.html")))).toBe(true);
  });

  it("has its SHA-256 beside it, as sha256sum reads it, and on the release home", async () => {
    const hash = createHash("sha256")
      .update(await readFile(zipOf(realSite, "2.0")))
      .digest("hex");
    expect(await readFile(`${zipOf(realSite, "2.0")}.sha256`, "utf8")).toBe(`${hash}  toolkit-het-bouwdepot-2.0.zip\n`);
    const home = await readPage(realSite, "/toolkit/2.0/");
    expect(home).toMatch(/<p><a href="\/toolkit\/2\.0\/toolkit-het-bouwdepot-2\.0\.zip" download>Archiefkopie van release 2\.0<\/a> \(ZIP, \d+,?\d* MB\)<\/p>/);
    const details = /<details class="checksum"><summary>Controleer dit bestand<\/summary>([\s\S]*?)<\/details>/.exec(home)?.[1] ?? "";
    expect(details).toContain(`<code class="hash">${hash}</code>`);
    expect(details).toContain("<code>sha256sum toolkit-het-bouwdepot-2.0.zip</code>");
    expect(details).toContain("<code>Get-FileHash toolkit-het-bouwdepot-2.0.zip</code>");
    expect(home.split(hash)).toHaveLength(2);
  });

  it("is made for published releases only, never for a concept", async () => {
    expect(existsSync(zipOf(preview, "2.0"))).toBe(true);
    expect(existsSync(zipOf(preview, "3.0"))).toBe(false);
    expect(await readPage(preview, "/toolkit/3.0/")).not.toContain("Archiefkopie");
  });

  it("comes back from .cache/ only while its members are the same and the cached file is intact", async () => {
    const root = await copyFixture("two-releases");
    await buildSite({ root, mode: "production", buildDate: "2026-11-29" });
    const made = await readFile(zipOf(path.join(root, "_site"), "2.0"));
    const cached = (await listFiles(path.join(root, ".cache", "zip"))).filter((file) => file.endsWith(".zip"));
    expect(cached).toHaveLength(2);
    for (const file of cached) await writeFile(path.join(root, ".cache", "zip", file), "kapot");
    await buildSite({ root, mode: "production", buildDate: "2026-11-29" });
    expect(await readFile(zipOf(path.join(root, "_site"), "2.0"))).toEqual(made);
    expect(
      createHash("sha256")
        .update(await readFile(path.join(root, ".cache", "zip", cached[0] ?? "")))
        .digest("hex"),
    ).not.toBe(createHash("sha256").update("kapot").digest("hex"));
  });
});
