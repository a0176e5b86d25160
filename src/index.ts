import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { buildAssets, type SiteAssets } from "./assets/build-assets.ts";
import type { SiteContent } from "./content/model.ts";
import { DeletionStamp } from "./dev/deletion-stamp.ts";
import { devSession } from "./dev/dev-session.ts";
import { dutchDate } from "./format/dutch-date.ts";
import { euro } from "./format/euro.ts";
import { minutes } from "./format/minutes.ts";
import { cacheNunjucksCompilation } from "./render/nunjucks-compile-cache.ts";
import { writeFiles } from "./render/write-files.ts";
import type { BuildMode } from "./toolkit/build-mode.ts";
import type { RelatedByRelease } from "./toolkit/toolkit-view.ts";
import { deriveSite, publishedFiles, type DerivedSite } from "./views/derive-site.ts";
import type { SiteViews } from "./views/site-views.ts";

/** What a production build hands the plugin: everything is loaded, ranked and dated before rendering starts. */
export interface ProductionInput {
  /** Validated content. */
  content: SiteContent;
  /** "Zie ook" rankings per release. */
  related: RelatedByRelease;
  /** The build date, "YYYY-MM-DD", fixed once per build. */
  buildDate: string;
  /** Receives the derived views, for the search bundles. */
  derived(site: DerivedSite): void;
}

/** Options of the Eleventy plugin. */
export interface PluginOptions {
  /** Folder holding content/ and _data/. */
  root: string;
  /** Production, preview or dev. */
  mode: BuildMode;
  /** Given by `npm run build`; without it the plugin runs the dev server's loop (`npm start`). */
  production?: ProductionInput;
}

/** Directories for Eleventy, relative to the project: templates in src/site, layouts in src/layouts. */
export const eleventyDirectories = { input: "src/site", includes: "../layouts" } as const;

/**
 * The Eleventy configuration shared by `npm start` and `npm run build`. Each template paginates over one list of
 * `views` and shows only what its view holds; everything else is formatting.
 */
export default function bouwdepotPlugin(eleventyConfig: UserConfig, options: PluginOptions): void {
  // Templates
  eleventyConfig.setIncludesDirectory(eleventyDirectories.includes);
  eleventyConfig.setTemplateFormats(["njk"]);
  // The templates live in src/site, so .gitignore is not needed to keep files out; it would hide a gitignored content root.
  eleventyConfig.setUseGitIgnore(false);
  cacheNunjucksCompilation();

  // Views: the production build renders every view; the dev server only views whose hash changed
  const source = options.production ? productionSource(options.mode, options.production) : devSource(eleventyConfig, options.root);
  eleventyConfig.on("eleventy.before", ({ directories, runMode }: { directories: { output: string }; runMode: string }) => source.before(directories.output, runMode !== "build"));
  eleventyConfig.addGlobalData("views", () => source.views());
  eleventyConfig.on("eleventy.after", () => source.after());

  // Formatting
  eleventyConfig.addFilter("dutchDate", dutchDate);
  eleventyConfig.addFilter("euro", euro);
  eleventyConfig.addFilter("minutes", minutes);
}

/** Where a build's views come from and what happens after rendering. */
interface ViewSource {
  before(outputDir: string, background: boolean): void;
  views(): Promise<SiteViews>;
  after(): Promise<void>;
}

function productionSource(mode: BuildMode, input: ProductionInput): ViewSource {
  let outputDir = "";
  let made: Promise<{ derived: DerivedSite; assets: SiteAssets }> | undefined;
  const derive = (): Promise<{ derived: DerivedSite; assets: SiteAssets }> =>
    (made ??= buildAssets().then((assets) => {
      const derived = deriveSite({ content: input.content, mode, related: input.related, assets, buildDate: input.buildDate });
      input.derived(derived);
      return { derived, assets };
    }));
  return {
    before: (dir) => {
      outputDir = dir;
    },
    views: async () => (await derive()).derived.views,
    after: async () => {
      const { derived, assets } = await derive();
      await writeFiles(outputDir, publishedFiles(input.content, derived, assets));
    },
  };
}

function devSource(eleventyConfig: UserConfig, root: string): ViewSource {
  const folders = ["content", "_data"].map((folder) => path.join(root, folder));
  for (const folder of folders) eleventyConfig.addWatchTarget(folder);
  const deletions = new DeletionStamp(root, folders);
  eleventyConfig.addWatchTarget(deletions.file);
  // Saves are seen after 10 ms of quiet instead of Eleventy's 150 ms.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 10, pollInterval: 5 } });
  const session = devSession(root);
  return {
    ...session,
    before(outputDir, background) {
      if (background) deletions.start();
      session.before(outputDir, background);
    },
  };
}
