import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { chromium, type Browser, type Page } from "playwright-core";
import { urlToFile } from "../content/urls.ts";
import { checkedFileNames, readCheckedFile, writeCheckedFile } from "./checked-file.ts";
import { pdfDestinations } from "./pdf-destinations.ts";
import { pruneCache } from "./prune-cache.ts";

/** One PDF to make from a page of a release: its print edition or its summary. */
export interface PdfJob {
  /** The release. */
  version: string;
  /** Where the PDF goes in the output. */
  url: string;
  /** The date it carries as its creation date: the state's date, or a concept's build date. */
  date: string;
  /** The page it is made from, already in the staging folder. */
  source: string;
  /** That page's own stylesheet with the running line of its paper pages, part of the cache key. */
  style: string;
}

/** What the PDF step did. */
export interface PdfReport {
  /** Versions whose PDF was made now. */
  made: string[];
  /** Versions whose PDF came from `.cache/pdf/`, checked against its recorded hash. */
  reused: string[];
  /** Why no PDF was made at all (no Chromium on this machine); null when PDFs were made. */
  skipped: string | null;
  /** The PDF of each release this step wrote. */
  pdfs: Map<string, Uint8Array>;
  /** How many layouts Chromium made of each page laid out now, until its page numbers held (npm run bench repeats them). */
  layouts: Map<string, number>;
}

/** Where Chromium is: CHROMIUM_PATH when set (a path that does not exist turns PDFs off), else where Debian and others put it. */
function chromiumPaths(): string[] {
  const chosen = process.env.CHROMIUM_PATH;
  return chosen !== undefined ? [chosen] : ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
}

/** Flags that work in containers and make no requests of their own. */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The host under which the print editions are served to Chromium from the staging folder, never over a network. */
const LOCAL_ORIGIN = "http://druk.invalid";

/** Layouts at most: the page numbers of the contents are read from one layout and filled into the next until they hold. */
const MAX_LAYOUTS = 4;

/** A page number in the first layout: as wide as any real one, so that filling in the real ones moves nothing. */
const PLACEHOLDER = "000";

/**
 * Makes the PDF of each job's page (a print edition or a summary, already in `staged`) with the system Chromium: A4, tagged, with an
 * outline from the headings, every `[data-page-of]` (the contents, the correction references) filled with the page
 * its element stands on, and the job's date as creation date. A PDF is reused from `cache.dir` when the hash of the
 * print edition's HTML and stylesheets, the Chromium version, the date and the code is unchanged and the cached file
 * still has the hash recorded with it. Without Chromium nothing is made, and the report says why.
 */
export async function writeReleasePdfs(staged: string, jobs: readonly PdfJob[], cache: { dir: string; codeKey: string } | undefined): Promise<PdfReport> {
  const report: PdfReport = { made: [], reused: [], skipped: null, pdfs: new Map(), layouts: new Map() };
  if (jobs.length === 0) return report;
  const executable = chromiumPaths().find((candidate) => candidate !== "" && existsSync(candidate));
  if (!executable) return { ...report, skipped: "geen Chromium gevonden (zet CHROMIUM_PATH of installeer chromium)" };
  const version = await chromiumVersion(executable);
  const wanted = await Promise.all(
    jobs.map(async (job) => {
      const key = createHash("sha256")
        .update(await readFile(path.join(staged, urlToFile(job.source))))
        .update(await readFile(path.join(staged, urlToFile(job.style))))
        .update(`\0${version}\0${job.date}\0${cache?.codeKey ?? ""}`)
        .digest("hex");
      return { job, key, cached: cache ? await readCheckedFile(cache.dir, key, "pdf") : undefined };
    }),
  );
  const missing = wanted.filter((pdf) => !pdf.cached);
  const made = new Map<string, Uint8Array>();
  if (missing.length > 0) {
    const browser = await chromium.launch({ executablePath: executable, args: CHROMIUM_ARGS });
    try {
      let next = 0;
      const worker = async (): Promise<void> => {
        for (let pdf = missing[next++]; pdf; pdf = missing[next++]) {
          const rendered = await renderPdf(browser, staged, pdf.job);
          made.set(pdf.job.version, stampDates(rendered.pdf, pdf.job.date));
          report.layouts.set(pdf.job.version, rendered.layouts);
        }
      };
      await Promise.all(Array.from({ length: Math.min(PAGES_AT_ONCE, missing.length) }, worker));
    } finally {
      await browser.close();
    }
  }
  for (const { job, key, cached } of wanted) {
    const pdf = cached ?? made.get(job.version);
    if (!pdf) throw new Error(`Chromium made no PDF of ${job.source}.`);
    if (cached) report.reused.push(job.version);
    else {
      report.made.push(job.version);
      if (cache) await writeCheckedFile(cache.dir, key, "pdf", pdf);
    }
    await writeFile(path.join(staged, urlToFile(job.url)), pdf);
    report.pdfs.set(job.version, pdf);
  }
  if (cache) await pruneCache(cache.dir, new Set(wanted.flatMap((pdf) => checkedFileNames(pdf.key, "pdf"))));
  return report;
}

/** Print editions laid out side by side: Chromium lays out each page in one process, so two keep both cores busy. */
const PAGES_AT_ONCE = Math.min(2, availableParallelism());

/**
 * The PDF with its creation and modification dates set to the given day, so that the same print edition makes the
 * same bytes on any build day. The dates keep their length, so the PDF's byte offsets stay valid.
 */
function stampDates(pdf: Uint8Array, date: string): Uint8Array {
  const stamp = `${date.replace(/-/g, "")}000000`;
  const text = Buffer.from(pdf)
    .toString("latin1")
    .replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (_match, name: string) => `/${name} (D:${stamp}`);
  return new Uint8Array(Buffer.from(text, "latin1"));
}

/** Chromium's version string, part of the cache key: another Chromium may lay out the same HTML differently. */
async function chromiumVersion(executable: string): Promise<string> {
  const { stdout } = await promisify(execFile)(executable, ["--version"], { timeout: 30_000 });
  return stdout.trim();
}

/**
 * Lays the page out twice or more: Chromium has margin boxes with counter(page) but no target-counter(), so
 * the page of each heading is read from one layout (its named destination) and written into the next, until the
 * numbers of a layout are the ones it shows. A page without `[data-page-of]` (the summary) is laid out once. Returns
 * the PDF and how many layouts it took.
 */
async function renderPdf(browser: Browser, staged: string, job: PdfJob): Promise<{ pdf: Uint8Array; layouts: number }> {
  const page = await browser.newPage();
  try {
    // Every request is answered from the staging folder; nothing leaves the machine.
    await page.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      const file = path.join(staged, urlToFile(decodeURIComponent(url.pathname)));
      if (url.origin !== LOCAL_ORIGIN || !file.startsWith(staged) || !existsSync(file)) return route.fulfill({ status: 404, body: "" });
      return route.fulfill({ status: 200, body: await readFile(file), contentType: contentType(file) });
    });
    await page.goto(`${LOCAL_ORIGIN}${job.source}`, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    let shown = new Map<string, string>();
    for (let layout = 1; layout <= MAX_LAYOUTS; layout += 1) {
      await fillPageNumbers(page, shown);
      const pdf = await page.pdf({ preferCSSPageSize: true, tagged: true, outline: true, printBackground: true });
      const pages = await pdfDestinations(pdf);
      const wanted = await pageTargets(page);
      const missing = wanted.filter((id) => !pages.has(id));
      if (missing.length > 0) throw new Error(`De PDF van ${job.source} mist de plaats van ${missing.join(", ")}.`);
      const found = new Map(wanted.map((id) => [id, String(pages.get(id))]));
      if (wanted.every((id) => shown.get(id) === found.get(id))) return { pdf, layouts: layout };
      shown = found;
    }
    throw new Error(`De paginanummers van de PDF van ${job.source} komen na ${MAX_LAYOUTS} opmaakrondes niet vast te staan.`);
  } finally {
    await page.close();
  }
}

/** The ids whose pages the print edition shows. */
async function pageTargets(page: Page): Promise<string[]> {
  return page.$$eval("[data-page-of]", (spans) => [...new Set(spans.map((span) => span.getAttribute("data-page-of") ?? ""))]);
}

/** Writes each id's page into its `[data-page-of]` elements; an id not yet laid out gets the placeholder. */
async function fillPageNumbers(page: Page, pages: ReadonlyMap<string, string>): Promise<void> {
  await page.$$eval(
    "[data-page-of]",
    (spans, [numbers, placeholder]) => {
      for (const span of spans) span.textContent = numbers[span.getAttribute("data-page-of") ?? ""] ?? placeholder;
    },
    [Object.fromEntries(pages), PLACEHOLDER] as const,
  );
}

function contentType(file: string): string {
  const types: Record<string, string> = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".webp": "image/webp",
    ".woff2": "font/woff2",
  };
  return types[path.extname(file)] ?? "application/octet-stream";
}
