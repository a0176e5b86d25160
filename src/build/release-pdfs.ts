import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { chromium } from "playwright-core";
import { printEditionUrl, releasePdfUrl, releaseUrl, urlToFile } from "../content/urls.ts";
import { checkedFileNames, readCheckedFile, writeCheckedFile } from "./checked-file.ts";
import { pruneCache } from "./prune-cache.ts";
import { megabytes } from "../format/decimal.ts";

/** What the PDF step did. */
export interface PdfReport {
  /** Versions whose PDF was made now. */
  made: string[];
  /** Versions whose PDF came from `.cache/pdf/`, checked against its recorded hash. */
  reused: string[];
  /** Why no PDF was made at all (no Chromium on this machine); null when PDFs were made. */
  skipped: string | null;
  /** The size in bytes of each release's PDF. */
  sizes: Map<string, number>;
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

/**
 * Makes the PDF of each release's print edition (already in `staged`) with the system Chromium: A4, tagged, with an
 * outline from the headings, dated the build date. A PDF is reused from `cacheDir` when the hash of the print
 * edition's HTML, the Chromium version and the build date is unchanged and the cached file still has the hash recorded with it. Without Chromium nothing is
 * made, and the report says why.
 */
export async function writeReleasePdfs(staged: string, versions: readonly string[], cacheDir: string | undefined, buildDate: string): Promise<PdfReport> {
  const report: PdfReport = { made: [], reused: [], skipped: null, sizes: new Map() };
  const executable = chromiumPaths().find((candidate) => candidate !== "" && existsSync(candidate));
  if (!executable) return { ...report, skipped: "geen Chromium gevonden (zet CHROMIUM_PATH of installeer chromium)" };
  const version = await chromiumVersion(executable);
  const wanted = await Promise.all(
    versions.map(async (release) => {
      const html = await readFile(path.join(staged, urlToFile(printEditionUrl(release))));
      const key = createHash("sha256").update(html).update(`\0${version}\0${buildDate}`).digest("hex");
      return { release, key, cached: cacheDir ? await readCheckedFile(cacheDir, key, "pdf") : undefined };
    }),
  );
  const missing = wanted.filter((pdf) => !pdf.cached);
  const made = new Map<string, Uint8Array>();
  if (missing.length > 0) {
    const browser = await chromium.launch({ executablePath: executable, args: CHROMIUM_ARGS });
    try {
      let next = 0;
      const worker = async (): Promise<void> => {
        for (let pdf = missing[next++]; pdf; pdf = missing[next++]) made.set(pdf.release, stampDates(await renderPdf(browser, staged, pdf.release), buildDate));
      };
      await Promise.all(Array.from({ length: Math.min(PAGES_AT_ONCE, missing.length) }, worker));
    } finally {
      await browser.close();
    }
  }
  for (const { release, key, cached } of wanted) {
    const pdf = cached ?? made.get(release);
    if (!pdf) throw new Error(`Chromium made no PDF of release ${release}.`);
    if (cached) report.reused.push(release);
    else {
      report.made.push(release);
      if (cacheDir) await writeCheckedFile(cacheDir, key, "pdf", pdf);
    }
    await writeFile(path.join(staged, urlToFile(releasePdfUrl(release))), pdf);
    report.sizes.set(release, pdf.byteLength);
    const home = path.join(staged, urlToFile(releaseUrl(release)));
    await writeFile(home, linkPdf(await readFile(home, "utf8"), release, pdf.byteLength));
  }
  if (cacheDir) await pruneCache(cacheDir, new Set(wanted.flatMap((pdf) => checkedFileNames(pdf.key, "pdf"))));
  return report;
}

/** Print editions laid out side by side: Chromium lays out each page in one process, so two keep both cores busy. */
const PAGES_AT_ONCE = Math.min(2, availableParallelism());

/** Where the template marks a release home's download links (src/site/release-home.njk). */
const pdfMarker = (version: string): string => `<!--pdf:${version}-->`;

/** A release home's HTML with a link to the release's PDF and its size at the template's marker. */
function linkPdf(html: string, version: string, bytes: number): string {
  const size = megabytes(bytes);
  return html.replace(pdfMarker(version), `<a href="${releasePdfUrl(version)}" download>Download release ${version} als PDF</a> (PDF, ${size} MB) · `);
}

/**
 * The PDF with its creation and modification dates set to the build date, the one date of the build, so that two
 * builds of the same input make the same bytes. The dates keep their length, so the PDF's byte offsets stay valid.
 */
function stampDates(pdf: Uint8Array, buildDate: string): Uint8Array {
  const stamp = `${buildDate.replace(/-/g, "")}000000`;
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

async function renderPdf(browser: Awaited<ReturnType<typeof chromium.launch>>, staged: string, release: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    // Every request is answered from the staging folder; nothing leaves the machine.
    await page.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      const file = path.join(staged, urlToFile(decodeURIComponent(url.pathname)));
      if (url.origin !== LOCAL_ORIGIN || !file.startsWith(staged) || !existsSync(file)) return route.fulfill({ status: 404, body: "" });
      return route.fulfill({ status: 200, body: await readFile(file), contentType: contentType(file) });
    });
    await page.goto(`${LOCAL_ORIGIN}${printEditionUrl(release)}`, { waitUntil: "load" });
    return await page.pdf({ format: "A4", tagged: true, outline: true, printBackground: true });
  } finally {
    await page.close();
  }
}

function contentType(file: string): string {
  const types: Record<string, string> = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css",
    ".js": "text/javascript",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".webp": "image/webp",
  };
  return types[path.extname(file)] ?? "application/octet-stream";
}
