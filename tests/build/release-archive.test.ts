import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { buildSite } from "../../src/build/build-site.ts";
import { stateZipUrl, urlToFile } from "../../src/content/urls.ts";
import { copyFixture } from "../helpers/build-fixture.ts";
import { keptEntries, newestKept } from "../helpers/kept-states.ts";
import { listFiles, readPage } from "../helpers/site-files.ts";

const realSite = inject("realSiteDir");
const preview = inject("previewSiteDir");
const zipDates = (zip: string): string[] => [...new Set(execFileSync("zipinfo", ["-T", zip], { encoding: "utf8" }).match(/ \d{8}\.\d{6} /g))];

describe("the archive copy of a published release", () => {
  it("holds the release's files and the assets they use with the state's own PDF, sorted and dated the state's date", async () => {
    const entry = await newestKept(process.cwd(), "2.0", "zip");
    const zip = path.join(realSite, urlToFile(stateZipUrl("2.0", entry.stem)));
    const listing = execFileSync("zipinfo", ["-1", zip], { encoding: "utf8" }).trim().split("\n");
    expect(listing).toEqual([...listing].sort());
    // A state kept before summaries existed has no summary in its archive copy; later states have theirs.
    const summary = (await keptEntries(process.cwd())).some((other) => other.stem === entry.stem && other.version === "2.0" && other.kind === "samenvatting");
    expect(listing.filter((file) => file.endsWith(".pdf"))).toEqual([
      `toolkit/2.0/afdrukken/toolkit-het-bouwdepot-2.0-${entry.stem}.pdf`,
      ...(summary ? [`toolkit/2.0/samenvatting/samenvatting-het-bouwdepot-2.0-${entry.stem}.pdf`] : []),
    ]);
    expect(listing.filter((file) => /\.(zip|sha256)$/.test(file) || file === "toolkit/2.0/index.html" || file === "toolkit/2.0/offline.json")).toEqual([]);
    expect(listing.every((file) => file.startsWith("toolkit/2.0/") || file.startsWith("assets/"))).toBe(true);
    expect(listing).toContain("toolkit/2.0/aanpak/wie-doet-mee/index.html");
    expect(zipDates(zip)).toEqual([` ${entry.date.replace(/-/g, "")}.120000 `]);
    const pdf = execFileSync("unzip", ["-p", zip, `toolkit/2.0/afdrukken/toolkit-het-bouwdepot-2.0-${entry.stem}.pdf`], { maxBuffer: 64 * 1024 * 1024 });
    expect(pdf.equals(await readFile(path.join(realSite, "toolkit/2.0/afdrukken", `toolkit-het-bouwdepot-2.0-${entry.stem}.pdf`)))).toBe(true);
  });

  it("made afresh for a state not kept yet, holds exactly the release's files as the build wrote them", async () => {
    const root = await copyFixture("two-releases");
    const report = await buildSite({ root, mode: "production" });
    const state = report.documents.fresh.find((fresh) => fresh.version === "2.0");
    const site = path.join(root, "_site");
    const zip = path.join(site, urlToFile(stateZipUrl("2.0", state?.stem ?? "")));
    const listing = execFileSync("zipinfo", ["-1", zip], { encoding: "utf8" }).trim().split("\n");
    const expected = (await listFiles(site)).filter(
      (file) =>
        (file.startsWith("toolkit/2.0/") || file.startsWith("assets/")) &&
        !["toolkit/2.0/index.html", "toolkit/2.0/offline.json"].includes(file) &&
        !/\.(zip|sha256)$/.test(file),
    );
    expect(listing).toEqual(expected.sort());
    expect(listing).toContain(`toolkit/2.0/afdrukken/toolkit-het-bouwdepot-2.0-${state?.stem ?? ""}.pdf`);
    expect(listing).toContain(`toolkit/2.0/samenvatting/samenvatting-het-bouwdepot-2.0-${state?.stem ?? ""}.pdf`);
  });

  it("has its SHA-256 beside it, as sha256sum reads it, and on the release home", async () => {
    const entry = await newestKept(process.cwd(), "2.0", "zip");
    const zip = path.join(realSite, urlToFile(stateZipUrl("2.0", entry.stem)));
    const hash = createHash("sha256")
      .update(await readFile(zip))
      .digest("hex");
    expect(hash).toBe(entry.sha256);
    expect(await readFile(`${zip}.sha256`, "utf8")).toBe(`${hash}  ${entry.name}\n`);
    const home = await readPage(realSite, "/toolkit/2.0/");
    expect(home).toMatch(
      new RegExp(
        `<a href="/toolkit/2\\.0/${entry.name.replace(/\./g, "\\.")}" download>Archiefkopie van release 2\\.0, stand \\d+ \\w+ \\d{4}(, [^<]+)?</a> \\(ZIP, [\\d,]+ MB\\)`,
      ),
    );
    const details = /<details class="checksum"><summary>Zo controleer je een bestand<\/summary>([\s\S]*?)<\/details>/.exec(home)?.[1] ?? "";
    expect(details).toContain("<code>sha256sum toolkit-het-bouwdepot-2.0-");
    expect(details).toContain("<code>Get-FileHash toolkit-het-bouwdepot-2.0-");
    expect(home.split(hash)).toHaveLength(2);
  });

  it("is made for published releases only, never for a concept", async () => {
    expect((await listFiles(path.join(preview, "toolkit", "2.0"))).some((file) => file.endsWith(".zip"))).toBe(true);
    expect((await listFiles(path.join(preview, "toolkit", "3.0"))).some((file) => file.endsWith(".zip"))).toBe(false);
    expect(existsSync(path.join(preview, "toolkit", "3.0", "toolkit-het-bouwdepot-3.0.zip"))).toBe(false);
    expect(await readPage(preview, "/toolkit/3.0/")).not.toContain("Archiefkopie");
  });

  it("comes back from .cache/ only while its members are the same and the cached file is intact", async () => {
    const root = await copyFixture("two-releases");
    const report = await buildSite({ root, mode: "production", buildDate: "2026-12-29" });
    const zipFile = path.join(root, "_site", urlToFile(stateZipUrl("2.0", report.documents.fresh[0]?.stem ?? "")));
    const made = await readFile(zipFile);
    const cached = (await listFiles(path.join(root, ".cache", "zip"))).filter((file) => file.endsWith(".zip"));
    expect(cached).toHaveLength(2);
    for (const file of cached) await writeFile(path.join(root, ".cache", "zip", file), "kapot");
    await buildSite({ root, mode: "production", buildDate: "2026-12-29" });
    expect(await readFile(zipFile)).toEqual(made);
    expect(
      createHash("sha256")
        .update(await readFile(path.join(root, ".cache", "zip", cached[0] ?? "")))
        .digest("hex"),
    ).not.toBe(createHash("sha256").update("kapot").digest("hex"));
  });
});
