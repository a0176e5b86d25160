import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { buildSite } from "../../src/build/build-site.ts";
import { publishedUrls } from "../../src/build/published-urls.ts";
import { copyFixture } from "../helpers/build-fixture.ts";
import { listFiles, readPage } from "../helpers/site-files.ts";

const realSite = inject("realSiteDir");
const pdfOf = (dir: string, version: string): string => path.join(dir, "toolkit", version, "afdrukken", `toolkit-het-bouwdepot-${version}.pdf`);
const poppler = (tool: string, args: string[]): string => execFileSync(tool, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

describe("the PDF of a release", () => {
  it("is made from the print edition: A4, tagged, with an outline of sections and pages, and the release's text", () => {
    const pdf = pdfOf(realSite, "2.0");
    const info = poppler("pdfinfo", [pdf]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)$/m);
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBeGreaterThan(20);
    const xml = poppler("pdftohtml", ["-xml", "-i", "-stdout", "-q", pdf]);
    for (const heading of ["Release 2.0", "Aanpak", "Randvoorwaarden", "Training", "Wat het onderzoek laat zien"]) expect(xml).toContain(`>${heading}</item>`);
    const text = poppler("pdftotext", ["-layout", pdf, "-"]).replace(/\s+/g, " ");
    expect(text).toContain("Geen officiële uitgave van Het Bouwdepot.");
    expect(text).toMatch(/Pagina 2\b/);
    expect(text).toContain("release 2.0 (2022)");
    expect(text).not.toContain("huidige release");
    expect(text).not.toContain("Notitie voor de trainer");
  });

  it("is linked from the release home with its size, and is a download, not a ledger address", async () => {
    const home = await readPage(realSite, "/toolkit/2.0/");
    const bytes = (await readFile(pdfOf(realSite, "2.0"))).byteLength;
    const size = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 }).format(bytes / 1_000_000);
    expect(home).toContain(`<a href="/toolkit/2.0/afdrukken/toolkit-het-bouwdepot-2.0.pdf" download>Download release 2.0 als PDF</a> (PDF, ${size} MB)`);
    expect(publishedUrls(await listFiles(realSite)).filter((url) => url.endsWith(".pdf"))).toEqual([]);
  });

  it("comes back from .cache/ only while the print edition and Chromium are the same and the cached file is intact", async () => {
    const root = await copyFixture("two-releases");
    const first = await buildSite({ root, mode: "production", buildDate: "2026-11-29" });
    expect(first.reuse.pdfs).toMatchObject({ made: ["2.0", "1.0"], reused: [], skipped: null });
    const made = await readFile(pdfOf(path.join(root, "_site"), "2.0"));
    expect(poppler("pdfinfo", [pdfOf(path.join(root, "_site"), "2.0")])).toMatch(/^CreationDate:\s+Sun Nov 29 00:00:00 2026 UTC$/m);
    const second = await buildSite({ root, mode: "production", buildDate: "2026-11-29" });
    expect(second.reuse.pdfs).toMatchObject({ made: [], reused: ["2.0", "1.0"] });
    expect(await readFile(pdfOf(path.join(root, "_site"), "2.0"))).toEqual(made);
    for (const file of (await listFiles(path.join(root, ".cache", "pdf"))).filter((name) => name.endsWith(".pdf")))
      await writeFile(path.join(root, ".cache", "pdf", file), "kapot");
    const tampered = await buildSite({ root, mode: "production", buildDate: "2026-11-29" });
    expect(tampered.reuse.pdfs).toMatchObject({ made: ["2.0", "1.0"], reused: [] });
    expect(await readFile(pdfOf(path.join(root, "_site"), "2.0"))).toEqual(made);
  });

  it("is left out, once and with a reason, where the build machine has no Chromium; the release home links the print edition", async () => {
    const root = await copyFixture("two-releases");
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/bestaat/niet/chromium";
    try {
      const report = await buildSite({ root, mode: "production" });
      expect(report.reuse.pdfs).toMatchObject({ made: [], reused: [] });
      expect(report.reuse.pdfs.skipped).toContain("geen Chromium gevonden");
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
    const home = await readPage(path.join(root, "_site"), "/toolkit/2.0/");
    expect(home).not.toContain(".pdf");
    expect(home).toContain('<a href="/toolkit/2.0/afdrukken/">De hele release op één pagina, om af te drukken</a>');
  });
});
