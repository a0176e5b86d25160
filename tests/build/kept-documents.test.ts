import { execFileSync } from "node:child_process";
import { appendFile, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { buildSite } from "../../src/build/build-site.ts";
import { keepDocuments, readKeptDocuments } from "../../src/build/kept-documents.ts";
import { KEPT_LIST } from "../../src/build/kept-list.ts";
import type { ContentError } from "../../src/content/content-error.ts";
import { ContentErrors } from "../../src/content/content-error.ts";
import { loadSiteContent } from "../../src/content/load-site-content.ts";
import { documentState } from "../../src/toolkit/document-state.ts";
import { copyFixture } from "../helpers/build-fixture.ts";
import { keptEntries, servedFile } from "../helpers/kept-states.ts";
import { listFiles, readPage } from "../helpers/site-files.ts";

const realSite = inject("realSiteDir");
const documentsOf = async (dir: string): Promise<Map<string, Buffer>> => {
  const files = (await listFiles(dir)).filter((file) => /\.(pdf|zip|sha256)$/.test(file));
  return new Map(await Promise.all(files.map(async (file) => [file, await readFile(path.join(dir, file))] as const)));
};
const daysAfter = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const appendErratum = async (root: string, date: string, wrong: string, right: string): Promise<void> =>
  appendFile(
    path.join(root, "content", "errata", "1.0.yaml"),
    [
      `  - date: "${date}"`,
      "    why: Volgens de bron geldt de voorwaarde vanaf 1 maart 2020.",
      "    sources: [bron-a]",
      "    corrections:",
      "      - page: voorwaarde-a",
      `        wrong: ${wrong}`,
      `        right: ${right}`,
      "",
    ].join("\n"),
  );
const pdfText = (file: string): string => execFileSync("pdftotext", [file, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }).replace(/\s+/g, " ");
const buildError = async (root: string): Promise<string> =>
  buildSite({ root, mode: "production" }).then(
    () => "",
    (error: unknown) => (error instanceof ContentErrors ? error.message : String(error)),
  );

describe("the kept documents of published releases", () => {
  it("agree with their list in the repository, and the current state of every published release is kept", async () => {
    const errors: ContentError[] = [];
    const kept = await readKeptDocuments(process.cwd(), ["1.0", "2.0", "3.0"], errors);
    expect(errors).toEqual([]);
    const loaded = await loadSiteContent(process.cwd());
    if (!loaded.ok) throw new Error("content");
    for (const version of ["1.0", "2.0", "3.0"]) {
      const release = loaded.content.releases.find((candidate) => candidate.version === version);
      const states = kept.entries.filter((entry) => entry.version === version);
      expect(states.map((entry) => entry.kind).sort()).toContain("pdf");
      expect(states.some((entry) => release && entry.date >= documentState(release).date)).toBe(true);
    }
    const list = await readFile(path.join(process.cwd(), KEPT_LIST), "utf8");
    expect(list.match(/nooit bewaard/g)).toHaveLength(1);
  });

  it("are served byte for byte by the build, listed on the release home with date and hash, newest first", async () => {
    for (const entry of await keptEntries(process.cwd())) {
      const served = await readFile(path.join(realSite, servedFile(entry)));
      expect(served.equals(await readFile(path.join(process.cwd(), "bewaard", entry.version, entry.name)))).toBe(true);
      expect(await readFile(path.join(realSite, `${servedFile(entry)}.sha256`), "utf8")).toBe(`${entry.sha256}  ${entry.name}\n`);
      const home = await readPage(realSite, `/toolkit/${entry.version}/`);
      expect(home).toContain(`<code class="hash">${entry.sha256}</code>`);
      expect(home).toContain("De controlecode (SHA-256) hoort bij precies één bestand");
      if (entry.version !== "3.0") expect(home).toContain(`Documenten van release ${entry.version} van vóór`);
    }
  });

  it("in a build with the clock 45 days ahead are the same bytes (real site)", async () => {
    const entries = await keptEntries(process.cwd());
    const later = daysAfter(entries.at(-1)?.date ?? "2026-12-07", 45);
    const outDir = path.join(os.tmpdir(), `bouwdepot-later-${process.pid}`);
    try {
      const report = await buildSite({ root: process.cwd(), mode: "production", outDir, buildDate: later, cache: false });
      expect(report.documents.fresh).toEqual([]);
      expect(report.reuse.pdfs.made).toEqual([]);
      expect(await documentsOf(outDir)).toEqual(await documentsOf(realSite));
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });

  it("are made once per state: kept after the first build, served by later builds and clocks, and a new erratum makes a new state", async () => {
    const root = await copyFixture("two-releases");
    const first = await buildSite({ root, mode: "production", buildDate: "2026-12-20" });
    expect(first.documents.fresh.map((state) => [state.version, state.reason])).toEqual([
      ["2.0", "nieuwe opmaak"],
      ["1.0", "nieuwe opmaak"],
    ]);
    await keepDocuments(root, first.documents.fresh);
    const kept = await buildSite({ root, mode: "production", buildDate: "2026-12-20" });
    expect(kept.documents).toEqual({ kept: ["2.0", "1.0"], fresh: [] });
    expect(kept.reuse.pdfs.made).toEqual([]);
    const served = await documentsOf(path.join(root, "_site"));
    await buildSite({ root, mode: "production", buildDate: daysAfter("2026-12-20", 45) });
    expect(await documentsOf(path.join(root, "_site"))).toEqual(served);

    await appendFile(
      path.join(root, "content", "errata", "1.0.yaml"),
      [
        '  - date: "2026-12-15"',
        "    why: Volgens de bron geldt de voorwaarde vanaf 1 maart 2020.",
        "    sources: [bron-a]",
        "    corrections:",
        "      - page: voorwaarde-a",
        "        wrong: Omdat het moet, vanaf maart 2020.",
        "        right: Omdat het moet, vanaf 1 maart 2020.",
        "",
      ].join("\n"),
    );
    const corrected = await buildSite({ root, mode: "production", buildDate: "2026-12-20" });
    expect(corrected.documents.kept).toEqual(["2.0"]);
    expect(corrected.documents.fresh.map((state) => [state.version, state.date, state.reason])).toEqual([["1.0", "2026-12-15", "correctie"]]);
    await keepDocuments(root, corrected.documents.fresh);
    const entries = await keptEntries(root);
    expect(entries.filter((entry) => entry.version === "1.0").map((entry) => [entry.date, entry.reason, entry.kind])).toEqual([
      ["2026-12-07", "nieuwe opmaak", "pdf"],
      ["2026-12-07", "nieuwe opmaak", "zip"],
      ["2026-12-07", "nieuwe opmaak", "samenvatting"],
      ["2026-12-15", "correctie", "pdf"],
      ["2026-12-15", "correctie", "zip"],
      ["2026-12-15", "correctie", "samenvatting"],
    ]);
    await buildSite({ root, mode: "production", buildDate: "2026-12-20" });
    const home = await readPage(path.join(root, "_site"), "/toolkit/1.0/");
    expect(home.indexOf("Stand van 15 december 2026")).toBeGreaterThan(-1);
    expect(home.indexOf("Stand van 15 december 2026")).toBeLessThan(home.indexOf("Stand van 7 december 2026"));
    expect(home).toContain("toolkit-het-bouwdepot-1.0-2026-12-07.pdf");
    expect(home).not.toContain("Voorlopig");
  });

  it("make a new state for an erratum on the day of a kept state, and again for a second erratum that day, each under names of its own", async () => {
    const root = await copyFixture("two-releases");
    const site = path.join(root, "_site");
    await keepDocuments(root, (await buildSite({ root, mode: "production", buildDate: "2026-12-20" })).documents.fresh);
    const firstList = await readFile(path.join(root, KEPT_LIST), "utf8");
    const firstFiles = await documentsOf(path.join(root, "bewaard"));

    await appendErratum(root, "2026-12-07", "Omdat het moet, vanaf maart 2020.", "Omdat het moet, vanaf 1 maart 2020.");
    const corrected = await buildSite({ root, mode: "production", buildDate: "2026-12-20" });
    expect(corrected.documents.kept).toEqual(["2.0"]);
    expect(corrected.documents.fresh.map((state) => [state.version, state.date, state.reason, state.stem, state.errata])).toEqual([
      ["1.0", "2026-12-07", "correctie", "2026-12-07-2", 5],
    ]);
    expect(pdfText(path.join(site, "toolkit/1.0/afdrukken/toolkit-het-bouwdepot-1.0-2026-12-07-2.pdf"))).toContain("vanaf 1 maart 2020");
    expect(pdfText(path.join(site, "toolkit/1.0/afdrukken/toolkit-het-bouwdepot-1.0-2026-12-07.pdf"))).not.toContain("vanaf 1 maart 2020");
    await keepDocuments(root, corrected.documents.fresh);
    const secondList = await readFile(path.join(root, KEPT_LIST), "utf8");
    expect(secondList.startsWith(firstList)).toBe(true);
    expect(
      secondList
        .slice(firstList.length)
        .trim()
        .split("\n")
        .map((line) =>
          line
            .split(" ")
            .filter((_, index) => index !== 3)
            .join(" "),
        ),
    ).toEqual([
      "1.0 2026-12-07 toolkit-het-bouwdepot-1.0-2026-12-07-2.pdf correctie errata=5",
      "1.0 2026-12-07 toolkit-het-bouwdepot-1.0-2026-12-07-2.zip correctie errata=5",
      "1.0 2026-12-07 samenvatting-het-bouwdepot-1.0-2026-12-07-2.pdf correctie errata=5",
    ]);
    const secondFiles = await documentsOf(path.join(root, "bewaard"));
    for (const [file, bytes] of firstFiles) expect(secondFiles.get(file)).toEqual(bytes);

    const served = await buildSite({ root, mode: "production", buildDate: "2026-12-20" });
    expect(served.documents).toEqual({ kept: ["2.0", "1.0"], fresh: [] });
    expect(served.reuse.pdfs.made).toEqual([]);
    expect(served.reuse.summaries.made).toEqual([]);
    const home = await readPage(site, "/toolkit/1.0/");
    expect(home).toContain("<strong>Stand van 7 december 2026, correctie</strong> · na een correctie (nieuwste).");
    expect(home).toContain("<strong>Stand van 7 december 2026, nieuwe opmaak</strong> · nieuwe opmaak.");
    expect(home.indexOf("toolkit-het-bouwdepot-1.0-2026-12-07-2.pdf")).toBeLessThan(home.indexOf("toolkit-het-bouwdepot-1.0-2026-12-07.pdf"));
    expect(home).not.toContain("Voorlopig");
    expect(await readPage(site, "/toolkit/1.0/samenvatting/")).toContain("samenvatting-het-bouwdepot-1.0-2026-12-07-2.pdf");

    await appendErratum(root, "2026-12-07", "Omdat het moet, vanaf 1 maart 2020.", "Omdat het moet, vanaf 1 maart 2020, zegt bron A.");
    const again = await buildSite({ root, mode: "production", buildDate: "2026-12-20" });
    expect(again.documents.fresh.map((state) => [state.version, state.date, state.reason, state.stem, state.errata])).toEqual([
      ["1.0", "2026-12-07", "correctie", "2026-12-07-3", 6],
    ]);
    await keepDocuments(root, again.documents.fresh);
    expect((await readFile(path.join(root, KEPT_LIST), "utf8")).startsWith(secondList)).toBe(true);
    const thirdFiles = await documentsOf(path.join(root, "bewaard"));
    for (const [file, bytes] of secondFiles) expect(thirdFiles.get(file)).toEqual(bytes);
    expect((await buildSite({ root, mode: "production", buildDate: "2026-12-20" })).documents.fresh).toEqual([]);
    const third = await readPage(site, "/toolkit/1.0/");
    expect(third).toContain("<strong>Stand van 7 december 2026, 2e correctie</strong> · na een correctie (nieuwste).");
    expect(third).toContain("<strong>Stand van 7 december 2026, correctie</strong> · na een correctie.");
    expect(pdfText(path.join(site, "toolkit/1.0/afdrukken/toolkit-het-bouwdepot-1.0-2026-12-07-3.pdf"))).toContain("zegt bron A");
  });

  it("take in a new kind of document once: a state kept before the summary existed gets its summary, and nothing it had changes", async () => {
    const root = await copyFixture("two-releases");
    const first = await buildSite({ root, mode: "production", buildDate: "2026-12-20" });
    // As the list stood before summaries: each state with its PDF and archive copy only.
    await keepDocuments(
      root,
      first.documents.fresh.map((state) => ({ ...state, files: state.files.filter((file) => file.kind !== "samenvatting") })),
    );
    const before = await readFile(path.join(root, KEPT_LIST), "utf8");
    const keptBefore = await documentsOf(path.join(root, "bewaard"));
    const joined = await buildSite({ root, mode: "production", buildDate: "2026-12-20" });
    expect(joined.reuse.pdfs.made).toEqual([]);
    expect(joined.documents.kept).toEqual(["2.0", "1.0"]);
    expect(joined.documents.fresh.map((state) => [state.version, state.date, state.reason, state.files.map((file) => file.kind)])).toEqual([
      ["2.0", "2026-12-07", "nieuwe opmaak", ["samenvatting"]],
      ["1.0", "2026-12-07", "nieuwe opmaak", ["samenvatting"]],
    ]);
    expect(await readPage(path.join(root, "_site"), "/toolkit/2.0/")).toContain("Voorlopig: de samenvatting is nog niet bewaard");
    await keepDocuments(root, joined.documents.fresh);
    const after = await readFile(path.join(root, KEPT_LIST), "utf8");
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length).trim().split("\n")).toHaveLength(2);
    const keptAfter = await documentsOf(path.join(root, "bewaard"));
    for (const [file, bytes] of keptBefore) expect(keptAfter.get(file)).toEqual(bytes);
    const served = await buildSite({ root, mode: "production", buildDate: "2026-12-20" });
    expect(served.documents.fresh).toEqual([]);
    expect(served.reuse.summaries.made).toEqual([]);
    const home = await readPage(path.join(root, "_site"), "/toolkit/2.0/");
    expect(home).toContain("samenvatting-het-bouwdepot-2.0-2026-12-07.pdf");
    expect(home).not.toContain("Voorlopig");
  });

  it("stop the build, naming the file, when a kept file changed, went missing or is not in the list", async () => {
    const root = await copyFixture("two-releases");
    const report = await buildSite({ root, mode: "production" });
    const written = await keepDocuments(root, report.documents.fresh);
    const pdf = written.find((file) => file.endsWith(".pdf")) ?? "";
    await writeFile(path.join(root, pdf), "veranderd");
    const changed = await buildError(root);
    expect(changed).toContain(`${pdf}: bewaard document`);
    expect(changed).toContain("een bewaard document verandert nooit");
    expect(changed).toContain(`git checkout -- ${pdf}`);
    await rm(path.join(root, pdf));
    expect(await buildError(root)).toContain(`${pdf}: bewaard document — verwacht: het bestand dat ${KEPT_LIST} in regel`);
    await writeFile(path.join(root, pdf), "extra");
    await writeFile(
      path.join(root, KEPT_LIST),
      (await readFile(path.join(root, KEPT_LIST), "utf8"))
        .split("\n")
        .filter((line) => !line.includes(path.basename(pdf)))
        .join("\n"),
    );
    const unlisted = await buildError(root);
    expect(unlisted).toContain(`${pdf}: bewaard document — verwacht: alleen documenten die ${KEPT_LIST} noemt`);
    expect(unlisted).toContain("bij elke stand een PDF en een archiefkopie");
  });
});
