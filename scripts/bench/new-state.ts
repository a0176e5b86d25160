import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { fileHashes } from "../../src/build/file-hashes.ts";
import { writeReleaseArchives } from "../../src/build/release-archives.ts";
import { writeReleasePdfs, type PdfJob } from "../../src/build/release-pdfs.ts";
import { printEditionUrl, printStyleUrl, statePdfUrl, stateSummaryUrl, summaryStyleUrl, summaryUrl, urlToFile } from "../../src/content/urls.ts";
import { listFiles } from "../../src/files/list-files.ts";
import { sha256 } from "../../src/files/sha256.ts";

/** One measured making of a new state's documents, and Chromium doing only its layouts. */
export interface NewStateCost {
  /** Seconds our code took to make the state's PDF, summary PDF and archive copy. */
  ours: number;
  /** Seconds Chromium alone took to lay out the same two pages as often as ours did. */
  chromium: number;
  /** The layouts ours made of the print edition and of the summary. */
  layouts: { edition: number; summary: number };
}

/** The two PDF jobs of a new state of `version`: its print edition and its summary, dated the state's day. */
function newStateJobs(version: string, stem: string, date: string): { edition: PdfJob; summary: PdfJob } {
  return {
    edition: { version, url: statePdfUrl(version, stem), date, source: printEditionUrl(version), style: printStyleUrl(version) },
    summary: { version, url: stateSummaryUrl(version, stem), date, source: summaryUrl(version), style: summaryStyleUrl(version) },
  };
}

/**
 * Makes the documents of one new state of `version` in a built site `siteDir`, on their own and without `.cache/`, as
 * a build makes them for an erratum or a new print design: the print edition's PDF, the summary's PDF (each step with
 * its own Chromium, as in the build) and the archive copy. The pages' HTML hashes are taken beforehand, as the build's
 * link scan supplies them. Then Chromium alone (one browser, nothing of ours) lays out the same two pages as many times.
 */
export async function measureNewState(siteDir: string, version: string, launch: () => Promise<Browser>): Promise<NewStateCost> {
  const date = "2099-01-01";
  const stem = `${date}-bench`;
  const jobs = newStateJobs(version, stem, date);
  const files = await listFiles(siteDir);
  const known = new Map(
    await Promise.all(files.filter((file) => file.endsWith(".html")).map(async (file) => [file, sha256(await readFile(path.join(siteDir, file)))] as const)),
  );
  const started = performance.now();
  const edition = await writeReleasePdfs(siteDir, [jobs.edition], undefined);
  const summary = await writeReleasePdfs(siteDir, [jobs.summary], undefined);
  if (edition.skipped ?? summary.skipped) throw new Error(`no PDFs made: ${edition.skipped ?? summary.skipped ?? ""}`);
  await writeReleaseArchives(siteDir, await listFiles(siteDir), [{ version, date, stem }], fileHashes(siteDir, known), undefined);
  const ours = (performance.now() - started) / 1000;
  const layouts = { edition: edition.layouts.get(version) ?? 1, summary: summary.layouts.get(version) ?? 1 };
  const chromium = await chromiumAlone(siteDir, [jobs.edition.source, jobs.summary.source], [layouts.edition, layouts.summary], launch);
  return { ours, chromium, layouts };
}

/** Seconds Chromium takes to open each page of `sources` in one browser and print it `layouts[i]` times, with our PDF options. */
async function chromiumAlone(siteDir: string, sources: readonly string[], layouts: readonly number[], launch: () => Promise<Browser>): Promise<number> {
  const started = performance.now();
  const browser = await launch();
  try {
    for (const [index, source] of sources.entries()) {
      const page = await browser.newPage();
      await serveFolder(page, siteDir);
      await page.goto(`${ORIGIN}${source}`, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      for (let layout = 0; layout < (layouts[index] ?? 1); layout += 1)
        await page.pdf({ preferCSSPageSize: true, tagged: true, outline: true, printBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return (performance.now() - started) / 1000;
}

const ORIGIN = "http://druk.invalid";

/** Answers every request of `page` from `dir`, as the build serves a print edition to Chromium. */
async function serveFolder(page: Page, dir: string): Promise<void> {
  await page.route("**/*", async (route) => {
    const file = path.join(dir, urlToFile(decodeURIComponent(new URL(route.request().url()).pathname)));
    if (!file.startsWith(dir) || !existsSync(file)) return route.fulfill({ status: 404, body: "" });
    return route.fulfill({ status: 200, body: await readFile(file), contentType: CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream" });
  });
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};
