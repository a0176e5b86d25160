import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { buildSite } from "../../src/build/build-site.ts";
import { publishedUrls } from "../../src/build/published-urls.ts";
import { statePdfUrl, urlToFile } from "../../src/content/urls.ts";
import { dutchDate } from "../../src/format/dutch-date.ts";
import { copyFixture } from "../helpers/build-fixture.ts";
import { newestKept } from "../helpers/kept-states.ts";
import { paperProblems } from "../helpers/paper-problems.ts";
import { listFiles, readPage } from "../helpers/site-files.ts";

const realSite = inject("realSiteDir");
const preview = inject("previewSiteDir");
const poppler = (tool: string, args: string[]): string => execFileSync(tool, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const keptPdf = async (version: string): Promise<{ file: string; date: string }> => {
  const entry = await newestKept(process.cwd(), version, "pdf");
  return { file: path.join(realSite, urlToFile(statePdfUrl(version, entry.stem))), date: entry.date };
};

describe("the PDF of a release", () => {
  it("is made from the print edition: A4, tagged, one bundled font, an outline, and the release's corrected text", async () => {
    const { file, date } = await keptPdf("2.0");
    const info = poppler("pdfinfo", [file]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)$/m);
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBeGreaterThan(20);
    const fonts = poppler("pdffonts", [file]).split("\n").slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+SourceSans3/);
    const xml = poppler("pdftohtml", ["-xml", "-i", "-stdout", "-q", file]);
    for (const heading of ["Release 2.0", "Aanpak", "Randvoorwaarden", "Training", "Wat het onderzoek laat zien", "Correcties"])
      expect(xml).toContain(`>${heading}</item>`);
    const text = poppler("pdftotext", ["-layout", file, "-"]).replace(/\s+/g, " ");
    expect(text).toContain("Geen officiële uitgave van Het Bouwdepot.");
    expect(text).toContain(`Stand: ${dutchDate(date)}`);
    expect(text).toMatch(new RegExp(`Citeer als: Toolkit Het Bouwdepot, release 2\\.0 \\(2022\\), stand ${dutchDate(date)}\\.`));
    expect(text).not.toContain("huidige release");
    expect(text).not.toContain("Notitie voor de trainer");
    // Corrections read as text: the corrected text in place, plain sentences in the closing chapter, no markup labels.
    expect(text).toMatch(/Er stond: „[^”]+”\. Nu staat er: „/);
    expect(text).not.toMatch(/\[(verwijderd|toegevoegd):/);
  });

  it.each(["1.0", "2.0"])(
    "of release %s reads right on paper: nothing over the footer, contents with true page numbers, no near-empty pages",
    async (version) => {
      const { file, date } = await keptPdf(version);
      const year = version === "1.0" ? "2021" : "2022";
      expect(paperProblems(file, `Toolkit Het Bouwdepot · release ${version} (${year}) · stand ${dutchDate(date)}`)).toEqual([]);
    },
  );

  it("of a concept, made afresh in a preview build, reads right on paper too and names the day it was made", async () => {
    const file = path.join(preview, "toolkit", "3.0", "afdrukken", "toolkit-het-bouwdepot-3.0.pdf");
    const dateLine = /gemaakt op (\d+ \w+ \d{4})/.exec(poppler("pdftotext", ["-l", "2", file, "-"]))?.[1] ?? "";
    expect(dateLine).not.toBe("");
    expect(paperProblems(file, `Fixture-toolkit · release 3.0 (concept) · gemaakt op ${dateLine}`)).toEqual([]);
    expect(await readPage(preview, "/toolkit/3.0/")).toContain(
      '<a href="/toolkit/3.0/afdrukken/toolkit-het-bouwdepot-3.0.pdf" download>Download concept 3.0 als PDF</a>',
    );
  });

  it("is a download, not a ledger address", async () => {
    expect(publishedUrls(await listFiles(realSite)).filter((url) => url.endsWith(".pdf"))).toEqual([]);
  });

  it("comes back from .cache/ only while the print edition and Chromium are the same and the cached file is intact", async () => {
    const root = await copyFixture("two-releases");
    const first = await buildSite({ root, mode: "production", buildDate: "2026-12-29" });
    expect(first.reuse.pdfs).toMatchObject({ made: ["2.0", "1.0"], reused: [], skipped: null });
    // The contents' page numbers need a second layout at least; a summary has none, so one layout makes it.
    expect(first.reuse.pdfs.layouts.get("2.0")).toBeGreaterThanOrEqual(2);
    expect([...first.reuse.summaries.layouts.values()]).toEqual([1, 1]);
    const state = first.documents.fresh.find((fresh) => fresh.version === "2.0");
    const pdfFile = path.join(root, "_site", urlToFile(statePdfUrl("2.0", state?.stem ?? "")));
    const made = await readFile(pdfFile);
    const [year, month, day] = (state?.date ?? "").split("-");
    expect(poppler("pdfinfo", [pdfFile])).toMatch(new RegExp(`^CreationDate:\\s+\\w+ \\w+ +${Number(day)} 00:00:00 ${year} UTC$`, "m"));
    expect(month).toBeDefined();
    expect(paperProblems(pdfFile, `Fixture-toolkit · release 2.0 (2022) · stand ${dutchDate(state?.date ?? "")}`)).toEqual([]);
    const second = await buildSite({ root, mode: "production", buildDate: "2026-12-29" });
    expect(second.reuse.pdfs).toMatchObject({ made: [], reused: ["2.0", "1.0"] });
    expect(second.reuse.pdfs.layouts.size).toBe(0);
    expect(await readFile(pdfFile)).toEqual(made);
    for (const file of (await listFiles(path.join(root, ".cache", "pdf"))).filter((name) => name.endsWith(".pdf")))
      await writeFile(path.join(root, ".cache", "pdf", file), "kapot");
    const tampered = await buildSite({ root, mode: "production", buildDate: "2026-12-29" });
    expect(tampered.reuse.pdfs).toMatchObject({ made: ["2.0", "1.0"], reused: [] });
    expect(await readFile(pdfFile)).toEqual(made);
  });

  it("is left out, once and with a reason, where the build machine has no Chromium; the release home links the print edition", async () => {
    const root = await copyFixture("two-releases");
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/bestaat/niet/chromium";
    try {
      const report = await buildSite({ root, mode: "production" });
      expect(report.reuse.pdfs).toMatchObject({ made: [], reused: [] });
      expect(report.reuse.pdfs.skipped).toContain("geen Chromium gevonden");
      expect(report.documents.fresh).toEqual([]);
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
    const home = await readPage(path.join(root, "_site"), "/toolkit/2.0/");
    expect(home).not.toContain(".pdf");
    expect(home).toContain('<a href="/toolkit/2.0/afdrukken/">De hele release op één pagina, om af te drukken</a>');
  });
});
