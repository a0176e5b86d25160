import { mkdir, writeFile } from "node:fs/promises";
import type { UserConfig } from "@11ty/eleventy";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildAssets, type SiteAssets } from "./assets/build-assets.ts";
import { formatContentError, formatContentErrors } from "./content/content-error.ts";
import { LoadMemo } from "./content/load-memo.ts";
import { loadSiteContent, type LoadReuse } from "./content/load-site-content.ts";
import type { SiteContent } from "./content/model.ts";
import { netlifyHeaders, nginxSecurityHeaders } from "./deploy/headers.ts";
import { dutchDate } from "./format/dutch-date.ts";
import { euro } from "./format/euro.ts";
import { minutes } from "./format/minutes.ts";
import { chaptersJson } from "./podcast/chapters.ts";
import { buildFeed } from "./podcast/feed.ts";
import { buildPodcastView, type EpisodeView, type PodcastView } from "./podcast/podcast-view.ts";
import { codeFingerprint } from "./render/code-fingerprint.ts";
import { createDigester } from "./render/digest.ts";
import { SlotMemo } from "./render/slot-memo.ts";
import { devOutput } from "./render/dev-output.ts";
import { cacheNunjucksCompilation } from "./render/nunjucks-compile-cache.ts";
import { planRender, renderCollections, type RenderCollections, type RenderPlan } from "./render/render-plan.ts";
import { DevRelated } from "./search/dev-related.ts";
import type { RelatedByRelease } from "./search/related-by-release.ts";
import { searchBundles } from "./search/search-bundles.ts";
import { siteData, type SiteData } from "./site-data.ts";
import type { BuildMode } from "./toolkit/build-mode.ts";
import { netlifyRedirects, nginxRedirects } from "./toolkit/redirects.ts";
import { sitemapUrls } from "./toolkit/sitemap.ts";
import { buildToolkitView, type ToolkitView } from "./toolkit/toolkit-view.ts";

/** Options of the Eleventy plugin. */
export interface PluginOptions {
  /** Folder holding content/ and _data/. */
  root: string;
  /** Production, preview or dev. */
  mode: BuildMode;
  /** Already validated content (production builds); when absent the plugin loads it on every build (dev). */
  content?: SiteContent;
  /** Related pages per release, ranked before the build; when absent the plugin ranks them (dev). */
  related?: RelatedByRelease;
  /** How a production build reuses and records output; when absent the plugin keeps track itself (dev). */
  output?: OutputHooks;
}

/** Hooks through which a build renders only what changed and sees every written file. */
export interface OutputHooks {
  /** Fingerprint of the code and libraries (see code-fingerprint.ts); when absent it is computed for every build. */
  base?: string;
  /** True when output with this fingerprint is already in place in the output folder, so the item is not rendered. */
  reuse(fingerprint: string): boolean | Promise<boolean>;
  /** Called once the views and the render plan are known, before anything renders. */
  planned?(plan: RenderPlan, derived: Derived): Promise<void>;
  /** Called for every file Eleventy writes, with its text and, for template items, its fingerprint. */
  written(url: string, content: string, fingerprint: string | undefined): void;
}

/** Directories for Eleventy, relative to the project: templates in src/site, layouts in src/layouts. */
export const eleventyDirectories = { input: "src/site", includes: "../layouts", data: "_data" } as const;

/** The data the templates see, derived from the content. */
export interface Derived {
  site: SiteData;
  podcast: PodcastView;
  toolkit: ToolkitView;
  content: SiteContent;
  assets: SiteAssets;
}

/** The Eleventy plugin: wires validated content, derived toolkit views and assets into Eleventy. */
export default function bouwdepotPlugin(eleventyConfig: UserConfig, options: PluginOptions): void {
  let lastGood: Derived | undefined;
  let pending: Promise<Derived> | undefined;
  let plan: RenderPlan | undefined;
  const dev = options.output ? undefined : devOutput();
  const hooks = options.output ?? dev?.hooks;
  const awaitingWrite = new Map<string, string>();
  // Kept between the dev server's rebuilds: unchanged files keep their bytes, pages and fingerprints.
  const reuse: LoadReuse = { files: new Map(), memo: new LoadMemo() };
  const views = new SlotMemo();
  const devRelated = new DevRelated();
  const documents = new WeakSet<object>();
  const digester = createDigester(documents);

  // Content
  const derive = async (): Promise<Derived> => {
    const { content, errors } = options.content ? { content: options.content, errors: [] } : await loadForDev(options.root, lastGood?.content, reuse);
    const assets = lastGood?.assets ?? (await buildAssets());
    const site = siteData(content, options.mode, assets, errors);
    const related = options.related ?? (await devRelated.rank(content, path.join(options.root, ".cache", "related")));
    const toolkit = buildToolkitView(content, options.mode, related, views);
    const result = { content, assets, site, toolkit, podcast: buildPodcastView(content, toolkit.releases, site.url, views) };
    if (errors.length === 0) lastGood = result;
    for (const document of [...content.pages, ...content.episodes, ...content.sitePages]) documents.add(document);
    const base = options.output?.base ?? (await codeFingerprint(PROJECT_DIR, true));
    plan = await planRender(renderCollections(site, toolkit, result.podcast, content.sitePages), result, digester, base, hooks?.reuse ?? (() => false));
    await hooks?.planned?.(plan, result);
    return result;
  };
  const derived = (): Promise<Derived> => (pending ??= derive());
  eleventyConfig.on("eleventy.beforeWatch", (queue: unknown) => {
    reuse.changed = Array.isArray(queue) && queue.length > 0 ? new Set(queue.map((file) => path.resolve(String(file)))) : undefined;
  });
  // Saves are seen after 10 ms of quiet instead of Eleventy's 150 ms: part of the 300 ms from save to page.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 10, pollInterval: 5 } });
  eleventyConfig.on("eleventy.before", () => {
    pending = undefined;
    awaitingWrite.clear();
  });

  // Incremental output: templates paginate over `render.<collection>`, the items whose output is not in place yet.
  eleventyConfig.addGlobalData("render", async () => {
    await derived();
    return plan?.pending;
  });
  eleventyConfig.addFilter("rendered", (url: string, item: object, collection: keyof RenderCollections) => {
    const fingerprint = plan?.fingerprints[collection].get(item);
    if (fingerprint) awaitingWrite.set(url, fingerprint);
    return url;
  });
  eleventyConfig.addTransform("bouwdepot-output", function (this: { page: { url: string | false } }, content: string) {
    if (typeof this.page.url === "string") hooks?.written(this.page.url, content, awaitingWrite.get(this.page.url));
    return content;
  });
  cacheNunjucksCompilation();
  // The templates live in src/site, so .gitignore is not needed to keep files out; it would hide a gitignored content root.
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.addWatchTarget(path.join(options.root, "content"));
  eleventyConfig.addWatchTarget(path.join(options.root, "_data"));

  // Toolkit
  eleventyConfig.addGlobalData("site", async () => (await derived()).site);
  eleventyConfig.addGlobalData("toolkit", async () => (await derived()).toolkit);
  eleventyConfig.addGlobalData("sitePages", async () => (await derived()).content.sitePages);
  eleventyConfig.addGlobalData("homePage", async () => (await derived()).content.sitePages.find((page) => page.slug === "home"));
  eleventyConfig.addFilter("netlifyRedirects", netlifyRedirects);
  eleventyConfig.addFilter("nginxRedirects", nginxRedirects);
  eleventyConfig.addFilter("sitemapUrls", sitemapUrls);

  // Podcast
  eleventyConfig.addGlobalData("podcast", async () => (await derived()).podcast);
  eleventyConfig.addFilter("podcastFeed", (podcast: PodcastView) => buildFeed(podcast.channel, podcast.feedEpisodes));
  eleventyConfig.addFilter("chaptersJson", (view: EpisodeView) => chaptersJson(view.episode.data.title, view.episode.data.chapters));

  // Deploy
  eleventyConfig.addFilter("netlifyHeaders", netlifyHeaders);
  eleventyConfig.addFilter("nginxSecurityHeaders", nginxSecurityHeaders);

  // Formatting
  eleventyConfig.addFilter("dutchDate", dutchDate);
  eleventyConfig.addFilter("euro", euro);
  eleventyConfig.addFilter("minutes", minutes);

  // Assets
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    const { assets, content, toolkit, podcast } = await derived();
    const versions = new Set(toolkit.releases.map((release) => release.version));
    const published = [...content.assets.filter((asset) => asset.version === null || versions.has(asset.version)), ...(content.artwork ? [content.artwork] : [])];
    const episodeFiles = podcast.episodes.flatMap(({ episode, transcriptUrl }) => [
      { url: episode.audio.url, bytes: episode.audio.bytes },
      { url: transcriptUrl, bytes: new TextEncoder().encode(episode.transcript) },
    ]);
    const own = [assets.css, assets.icon, ...Object.values(assets.scripts)].map((asset) => ({ url: asset.url, bytes: asset.contents }));
    await Promise.all([...own, ...published, ...episodeFiles].map((file) => writeOutput(directories.output, file.url, file.bytes)));
  });

  // Search: production builds index in src/build.ts beside the link check; the dev server indexes in the background.
  if (dev) {
    eleventyConfig.on("eleventy.after", async ({ directories }) => {
      const { toolkit, podcast, content } = await derived();
      dev.reindex(directories.output, searchBundles(toolkit, podcast, content.sitePages));
    });
    // After a save the edited page is shown with the release's previous "Zie ook" rankings; the exact ones are
    // ranked right after, and when they differ this file changes, which the watcher turns into one more rebuild.
    const refreshStamp = path.join(options.root, ".cache", "dev-refresh");
    eleventyConfig.addWatchTarget(refreshStamp);
    eleventyConfig.on("eleventy.after", () => {
      setImmediate(() => {
        if (!devRelated.refresh()) return;
        mkdir(path.dirname(refreshStamp), { recursive: true })
          .then(() => writeFile(refreshStamp, `${Date.now()}\n`))
          .catch((error: unknown) => console.error(error instanceof Error ? error.message : String(error)));
      });
    });
  }
}

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Loads content for the dev server: on errors it keeps the last good content, or else shows what did validate. */
async function loadForDev(root: string, previous: SiteContent | undefined, reuse: LoadReuse): Promise<{ content: SiteContent; errors: string[] }> {
  const result = await loadSiteContent(root, reuse);
  if (result.ok) return { content: result.content, errors: [] };
  console.error(`\n${formatContentErrors(result.errors)}\n`);
  const errors = result.errors.map(formatContentError);
  if (previous) {
    console.error("De site toont nog de laatste versie zonder fouten.\n");
    return { content: previous, errors };
  }
  if (result.partial) {
    console.error("De site toont alleen de bestanden zonder fouten.\n");
    return { content: result.partial, errors };
  }
  throw new Error("_data/site.yaml bevat fouten (zie hierboven); herstel die, dan bouwt de site opnieuw.");
}

async function writeOutput(outputDir: string, url: string, bytes: Uint8Array): Promise<void> {
  const target = path.join(outputDir, ...url.split("/").filter(Boolean).map(decodeURIComponent));
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, bytes);
}
