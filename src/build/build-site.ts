import { mkdtemp, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { buildAssets } from "../assets/build-assets.ts";
import { checkInternalLinks, type BrokenLink } from "../checks/link-check.ts";
import { ContentErrors, type ContentError } from "../content/content-error.ts";
import { releaseUrl, summaryUrl, urlToFile } from "../content/urls.ts";
import { loadSiteContent } from "../content/load-site-content.ts";
import type { SiteContent } from "../content/model.ts";
import { placeholderWarnings } from "../content/placeholders.ts";
import { PAGES_PER_PASS, passCount, viewPart } from "../render/view-parts.ts";
import { writeFiles } from "../render/write-files.ts";
import bouwdepotPlugin, { eleventyDirectories } from "../index.ts";
import { listFiles } from "../files/list-files.ts";
import { replaceDirectory } from "../files/replace-directory.ts";
import { PAGEFIND_OPTIONS, writeSearchIndexes } from "../search/pagefind.ts";
import { datedInput } from "../content/date-episodes.ts";
import { stampEpisodes, type EpisodeDate } from "../content/episode-dates.ts";
import { searchBundles } from "../search/search-bundles.ts";
import { deriveSite, publishedFiles } from "../views/derive-site.ts";
import { siteUrl } from "../views/site-data.ts";
import { writeBundlesCached, type BundleReport } from "./bundle-cache.ts";
import { addressErrors, publishedUrls } from "./published-urls.ts";
import { cachedDiffs, type DiffReport } from "./diff-cache.ts";
import { codeFingerprint, runtimeVersion } from "./code-fingerprint.ts";
import { fileHashes } from "./file-hashes.ts";
import { cachedRelated, type RelatedReport } from "./related-cache.ts";
import { collectGarbage } from "./collect-garbage.ts";
import { writeOfflineManifests } from "./offline-manifests.ts";
import { cachedPages, type PageReport } from "./page-cache.ts";
import { documentPlans, type DocumentReport } from "./document-plan.ts";
import { readKeptDocuments } from "./kept-documents.ts";
import { writeReleaseArchives } from "./release-archives.ts";
import { writeReleaseDocuments } from "./release-documents.ts";
import { writeReleasePdfs, type PdfReport } from "./release-pdfs.ts";
import { scansCached, type ScanReport } from "./scan-cache.ts";
import { removeStaleBuilds, stagingPrefix } from "./stale-builds.ts";

/** Options of one production or preview build. */
export interface BuildOptions {
  /** Folder holding content/ and _data/; the output goes to `<root>/_site` unless `outDir` is given. */
  root: string;
  /** `production` leaves concept releases out; `preview` includes them with banner and noindex. */
  mode: "production" | "preview";
  /** Where the finished site goes; default `<root>/_site`. */
  outDir?: string;
  /** Set to false to build without reading or writing `<root>/.cache` (a cold build). */
  cache?: boolean;
  /** The build date, "YYYY-MM-DD"; default SOURCE_DATE_EPOCH from the environment, else today (UTC). */
  buildDate?: string;
  /** The runtime string in every cache key; default Node's version with its ICU and Unicode data. */
  runtime?: string;
  /** At most this many pages per Eleventy pass (default PAGES_PER_PASS); the output is the same for any number. */
  pagesPerPass?: number;
}

/** What a successful build reports. */
export interface BuildReport {
  /** Number of pages in the output: rendered by Eleventy now or reused from `.cache/pages/`. */
  files: number;
  /** Number of Eleventy passes the pages were rendered in. */
  passes: number;
  /** Settings in _data/site.yaml that still hold placeholders. */
  placeholders: string[];
  /** What the caches of derived work supplied. */
  reuse: { pages: PageReport; related: RelatedReport; search: BundleReport; links: ScanReport; diffs: DiffReport; pdfs: PdfReport; summaries: PdfReport };
  /** The documents (PDF and archive copy) of the published releases: which came from `bewaard/`, which were made now. */
  documents: DocumentReport;
  /** Stale folders of killed builds that were removed. */
  removedStale: string[];
  /** Milliseconds per pipeline step in order (load, kept, related, derive, pages, render, pdf, scan, links+search, archives, swap), for npm run bench. */
  timings: Record<string, number>;
  /** The addresses this build published that belong in the ledger (see publishedUrls). */
  published: string[];
  /** The moments of the episodes this production build published first, for content/episode-dates.txt. */
  episodeDates: EpisodeDate[];
}

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * The production pipeline: validate → render every page into a staging folder → search bundles and link check →
 * swap into place. Derived work is reused only from `.cache/`, under keys that hash what it was made from. Throws
 * ContentErrors; on any failure the previous output stays as it was.
 */
export async function buildSite(options: BuildOptions): Promise<BuildReport> {
  const root = path.resolve(options.root);
  const outDir = path.resolve(options.outDir ?? path.join(root, "_site"));
  const cacheDir = options.cache === false ? undefined : path.join(root, ".cache");
  const timings: Record<string, number> = {};
  let clock = performance.now();
  const lap = (step: string): void => {
    const now = performance.now();
    timings[step] = Math.round(now - clock);
    clock = now;
  };
  const buildDate = options.buildDate ?? defaultBuildDate();
  const removedStale = await removeStaleBuilds(outDir);
  const loaded = await loadSiteContent(root);
  lap("load");
  if (!loaded.ok) throw new ContentErrors(loaded.errors);
  const content = loaded.content;
  const keptErrors: ContentError[] = [];
  const released = content.releases.filter((release) => release.status === "released").map((release) => release.version);
  const kept = await readKeptDocuments(root, released, keptErrors);
  if (keptErrors.length > 0) throw new ContentErrors(keptErrors);
  lap("kept");
  const codeKey = await codeFingerprint(PROJECT_DIR, options.runtime ?? runtimeVersion());
  const { related, report: relatedReport } = await cachedRelated(content, cacheDir && path.join(cacheDir, "related"), codeKey);
  lap("related");
  const diffs = await cachedDiffs(cacheDir && path.join(cacheDir, "diffs"), codeKey);

  const staged = await mkdtemp(path.join(path.dirname(outDir), stagingPrefix()));
  try {
    const assets = await buildAssets();
    const derived = deriveSite({ content, mode: options.mode, related, assets, buildDate, diffs: diffs.store });
    lap("derive");
    // A page whose view and code are those of a cached page is copied from .cache/pages/, as the dev server keeps it.
    const pages = await cachedPages(derived, staged, cacheDir && path.join(cacheDir, "pages"), codeKey);
    lap("pages");
    // In parts: Eleventy holds every page it rendered until its pass ends, so a large site renders in several passes,
    // each followed by a collection (V8 would keep the pages of every pass until much later: the build's peak memory).
    const passes = passCount(pages.pending, options.pagesPerPass ?? PAGES_PER_PASS);
    let files = pages.report.reused;
    for (let part = 0; part < passes; part += 1) {
      files += await renderSite(staged, { root, production: { views: viewPart(pages.pending, part, passes) } });
      collectGarbage();
    }
    // Stored as Eleventy wrote them: the release homes and summary pages get their documents only below.
    await pages.save(staged);
    await writeFiles(staged, publishedFiles(content, derived, assets));
    lap("render");
    const plans = documentPlans(
      derived.toolkit.releases.map((release) => release.version),
      content.releases,
      kept,
      buildDate,
    );
    const pdfs = await writeReleasePdfs(
      staged,
      plans.flatMap((plan) => (plan.job ? [plan.job] : [])),
      cacheDir ? { dir: path.join(cacheDir, "pdf"), codeKey } : undefined,
    );
    // The summaries in a cache folder of their own: each step prunes what it did not use from its folder.
    const summaries = await writeReleasePdfs(
      staged,
      plans.flatMap((plan) => (plan.summaryJob ? [plan.summaryJob] : [])),
      cacheDir ? { dir: path.join(cacheDir, "pdf-samenvatting"), codeKey } : undefined,
    );
    lap("pdf");
    const outputFiles = await listFiles(staged);
    const addressProblems = addressErrors({
      ledger: content.ledger,
      redirects: content.redirects,
      outputFiles,
      fallbackUrls: new Set(derived.views.moved.map((view) => view.url)),
      redirectedUrls: new Set([...derived.toolkit.moved.map((move) => move.from), ...content.redirects.map((redirect) => redirect.from)]),
    });
    if (addressProblems.length > 0) throw new ContentErrors(addressProblems);
    const htmlFiles = outputFiles.filter((file) => file.endsWith(".html"));
    const { scans, hashes, report: linkReport } = await scansCached(staged, htmlFiles, cacheDir && path.join(cacheDir, "links", "scans.json"), codeKey);
    lap("scan");
    // Pagefind indexes in its own process while the link check runs here; a broken link still stops the build.
    const bundles = searchBundles(derived.toolkit, derived.podcast, content.sitePages);
    const searching = writeBundlesCached(
      {
        outputDir: staged,
        files: outputFiles,
        hashes,
        cacheDir: cacheDir && path.join(cacheDir, "search"),
        settings: `${await pagefindSettings()}\0${codeKey}`,
        write: writeSearchIndexes,
      },
      bundles,
    );
    const [broken, searchReport] = await Promise.all([checkInternalLinks(staged, scans), searching]);
    lap("links+search");
    if (broken.length > 0) throw new ContentErrors(broken.map((link) => brokenLinkError(link, content)));
    const outputHashes = fileHashes(staged, hashes);
    const zips = await writeReleaseArchives(
      staged,
      outputFiles,
      plans.flatMap((plan) => (plan.fresh ? [{ version: plan.version, date: plan.fresh.date, stem: plan.fresh.stem }] : [])),
      outputHashes,
      cacheDir ? { dir: path.join(cacheDir, "zip"), codeKey } : undefined,
    );
    const documents: DocumentReport = { kept: [], fresh: [] };
    const summaryPdfs = new Map<string, string | null>();
    for (const plan of plans) {
      const pdf = plan.job && pdfs.pdfs.has(plan.version) ? { url: plan.job.url, bytes: pdfs.pdfs.get(plan.version) ?? new Uint8Array() } : null;
      const made = summaries.pdfs.get(plan.version);
      const summary = plan.summaryJob && made ? { url: plan.summaryJob.url, bytes: made } : null;
      const zip = zips.get(plan.version);
      const fresh =
        plan.fresh && zip
          ? {
              date: plan.fresh.date,
              reason: plan.fresh.reason,
              stem: plan.fresh.stem,
              pdf,
              zip: { url: plan.fresh.zipUrl, bytes: zip },
              summary,
              kept: false,
              summaryKept: false,
            }
          : null;
      // A state kept before summaries existed gets its summary now, beside its kept PDF and archive copy.
      const states = plan.states.map((state) =>
        summary && plan.summaryState && state.stem === plan.summaryState.stem ? { ...state, summary, summaryKept: false } : state,
      );
      const concept = plan.job && !plan.fresh ? { pdf, summary } : null;
      summaryPdfs.set(plan.version, await writeReleaseDocuments(staged, plan.version, fresh ? [...states, fresh] : states, concept));
      // The scan hashed every release home and summary before their documents went in; the offline lists must hash them again.
      outputHashes.forget(urlToFile(releaseUrl(plan.version)));
      outputHashes.forget(urlToFile(summaryUrl(plan.version)));
      if (!plan.fresh && plan.states.length > 0) documents.kept.push(plan.version);
      const summaryFile = summary && plan.summaryState ? [{ kind: "samenvatting" as const, bytes: summary.bytes }] : [];
      if (plan.fresh && fresh?.pdf)
        documents.fresh.push({
          version: plan.version,
          date: plan.fresh.date,
          reason: plan.fresh.reason,
          errata: plan.fresh.errata,
          stem: plan.fresh.stem,
          files: [{ kind: "pdf", bytes: fresh.pdf.bytes }, { kind: "zip", bytes: fresh.zip.bytes }, ...summaryFile],
        });
      else if (plan.summaryState && summaryFile.length > 0 && !plan.fresh)
        documents.fresh.push({ version: plan.version, ...plan.summaryState, files: summaryFile });
    }
    await writeOfflineManifests(
      staged,
      await listFiles(staged),
      derived.toolkit.releases.map((release) => release.version),
      outputHashes,
      summaryPdfs,
    );
    lap("archives");
    await replaceDirectory(staged, outDir);
    await diffs.save();
    lap("swap");
    return {
      files,
      passes,
      placeholders: placeholderWarnings(content.site, siteUrl(content.site)),
      reuse: { pages: pages.report, related: relatedReport, search: searchReport, links: linkReport, diffs: diffs.report, pdfs, summaries },
      documents,
      removedStale,
      timings,
      published: publishedUrls(outputFiles),
      episodeDates:
        options.mode === "production"
          ? stampEpisodes(
              content.episodeDates,
              derived.podcast.episodes.filter((view) => !view.concept).map((view) => datedInput(view.episode)),
            )
          : [],
    };
  } finally {
    await rm(staged, { recursive: true, force: true });
  }
}

/** The build date from SOURCE_DATE_EPOCH (reproducible builds), else today in UTC. */
function defaultBuildDate(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return new Date(Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? epoch * 1000 : Date.now()).toISOString().slice(0, 10);
}

async function renderSite(outputDir: string, plugin: Parameters<typeof bouwdepotPlugin>[1]): Promise<number> {
  const eleventy = new Eleventy(path.join(PROJECT_DIR, eleventyDirectories.input), outputDir, {
    quietMode: true,
    configPath: false,
    config(eleventyConfig) {
      bouwdepotPlugin(eleventyConfig, plugin);
    },
  });
  const results: unknown = await eleventy.write();
  const flat = Array.isArray(results) ? (results.flat(2) as unknown[]) : [];
  return flat.filter((entry) => typeof entry === "object" && entry !== null && "outputPath" in entry).length;
}

/** Pagefind's version, from node_modules as Node resolves it from the project (or a folder above), and the options. */
async function pagefindSettings(): Promise<string> {
  for (let dir = PROJECT_DIR; ; dir = path.dirname(dir)) {
    const text = await readFile(path.join(dir, "node_modules", "pagefind", "package.json"), "utf8").catch(() => undefined);
    if (text !== undefined) return JSON.stringify({ pagefind: (JSON.parse(text) as { version: string }).version, options: PAGEFIND_OPTIONS });
    if (path.dirname(dir) === dir) throw new Error("Pagefind is not installed (npm ci).");
  }
}

function brokenLinkError(link: BrokenLink, content: SiteContent): ContentError {
  const file =
    content.pages.find((page) => page.url === link.page)?.file ??
    content.releases.find((release) => `/toolkit/${release.version}/` === link.page)?.file ??
    content.sitePages.find((page) => page.url === link.page)?.file ??
    `(gegenereerde pagina ${link.page})`;
  return { file, field: `link "${link.href}"`, expected: "een adres dat op deze site bestaat", found: link.problem };
}
