import { mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { checkInternalLinks, type BrokenLink } from "./checks/link-check.ts";
import { ContentErrors, type ContentError } from "./content/content-error.ts";
import { loadSiteContent } from "./content/load-site-content.ts";
import type { SiteContent } from "./content/model.ts";
import { placeholderWarnings } from "./content/placeholders.ts";
import bouwdepotPlugin, { eleventyDirectories } from "./index.ts";
import { replaceDirectory } from "./output/replace-directory.ts";
import { codeFingerprint } from "./render/code-fingerprint.ts";
import { manifestPath, readOutputManifest, writeOutputManifest } from "./render/output-manifest.ts";
import { StagedOutput } from "./render/staged-output.ts";
import { relatedByRelease, type RelatedByRelease } from "./search/related-by-release.ts";
import { siteUrl } from "./site-data.ts";

/** Options of one production or preview build. */
export interface BuildOptions {
  /** Folder holding content/ and _data/; the output goes to `<root>/_site` unless `outDir` is given. */
  root: string;
  /** `production` leaves concept releases out; `preview` includes them with banner and noindex. */
  mode: "production" | "preview";
  /** Where the finished site goes; default `<root>/_site`. */
  outDir?: string;
  /** Set to false to build without reading or writing `<root>/.cache` (related pages of released releases). */
  cache?: boolean;
}

/** What a successful build reports. */
export interface BuildReport {
  /** Number of files Eleventy wrote. */
  files: number;
  /** Pages and other template items rendered in this build. */
  rendered: number;
  /** Template items whose output was taken unchanged from the previous build. */
  reused: number;
  /** Settings in _data/site.yaml that still hold placeholders. */
  placeholders: string[];
  /** Milliseconds per pipeline step, for npm run bench. */
  timings: Record<string, number>;
}

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The production pipeline: validate → render into a temp dir → check links → swap into place; throws ContentErrors. */
export async function buildSite(options: BuildOptions): Promise<BuildReport> {
  const root = path.resolve(options.root);
  const outDir = path.resolve(options.outDir ?? path.join(root, "_site"));
  const useCache = options.cache !== false;
  const timings: Record<string, number> = {};
  let clock = performance.now();
  const lap = (step: string): void => {
    const now = performance.now();
    timings[step] = Math.round(now - clock);
    clock = now;
  };
  const loaded = await loadSiteContent(root);
  lap("load");
  if (!loaded.ok) throw new ContentErrors(loaded.errors);
  const content = loaded.content;

  const staged = await mkdtemp(path.join(path.dirname(outDir), ".site-build-"));
  const manifestFile = manifestPath(root, outDir, options.mode);
  const output = new StagedOutput(staged, outDir, useCache ? await readOutputManifest(manifestFile, outDir) : undefined);
  try {
    const related = await relatedByRelease(content, useCache ? path.join(root, ".cache", "related") : undefined);
    lap("related");
    const files = await renderSite(content, related, root, options.mode, output, await codeFingerprint(PROJECT_DIR));
    lap("render");
    const searching = output.finishSearch();
    searching.catch(() => undefined);
    const broken = await checkInternalLinks(staged, await output.scans());
    lap("links");
    await searching;
    lap("search");
    if (broken.length > 0) throw new ContentErrors(broken.map((link) => brokenLinkError(link, content)));
    const manifest = await output.manifest();
    await replaceDirectory(staged, outDir);
    if (useCache) await writeOutputManifest(manifestFile, manifest);
    lap("swap");
    return { files, rendered: output.renderedCount, reused: output.reusedCount, placeholders: placeholderWarnings(content.site, siteUrl(content.site)), timings };
  } finally {
    await rm(staged, { recursive: true, force: true });
  }
}

async function renderSite(content: SiteContent, related: RelatedByRelease, root: string, mode: BuildOptions["mode"], output: StagedOutput, base: string): Promise<number> {
  const input = path.join(PROJECT_DIR, eleventyDirectories.input);
  const eleventy = new Eleventy(input, output.dir, {
    quietMode: true,
    configPath: false,
    config(eleventyConfig) {
      eleventyConfig.setIncludesDirectory(eleventyDirectories.includes);
      eleventyConfig.setTemplateFormats(["njk"]);
      bouwdepotPlugin(eleventyConfig, { root, mode, content, related, output: output.hooks(base) });
    },
  });
  return countWritten(await eleventy.write());
}

function countWritten(results: unknown): number {
  if (!Array.isArray(results)) return 0;
  const flat = results.flat(2) as unknown[];
  return flat.filter((entry) => typeof entry === "object" && entry !== null && "outputPath" in entry).length;
}

function brokenLinkError(link: BrokenLink, content: SiteContent): ContentError {
  const file =
    content.pages.find((page) => page.url === link.page)?.file ??
    content.releases.find((release) => `/toolkit/${release.version}/` === link.page)?.file ??
    content.sitePages.find((page) => page.url === link.page)?.file ??
    `(gegenereerde pagina ${link.page})`;
  return { file, field: `link "${link.href}"`, expected: "een adres dat op deze site bestaat", found: link.problem };
}
