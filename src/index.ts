import type { UserConfig } from "@11ty/eleventy";
import { devSource } from "./dev/dev-source.ts";
import { dutchNumber } from "./format/decimal.ts";
import { dutchDate } from "./format/dutch-date.ts";
import { euro } from "./format/euro.ts";
import { minutes } from "./format/minutes.ts";
import { endSentence } from "./format/sentence-end.ts";
import { cacheNunjucksCompilation } from "./render/nunjucks-compile-cache.ts";
import { productionSource, type ProductionInput } from "./render/production-source.ts";

/** Options of the Eleventy plugin. */
export interface PluginOptions {
  /** Folder holding content/ and _data/. */
  root: string;
  /** Given by `npm run build`; without it the plugin runs the dev server's loop (`npm start`). */
  production?: ProductionInput;
}

/** Directories for Eleventy, relative to the project: templates in src/site, layouts in src/layouts. */
export const eleventyDirectories = { input: "src/site", includes: "../layouts" } as const;

/**
 * The Eleventy plugin that `npm start` (.eleventy.js) and `npm run build` (src/build/build-site.ts) share. Each
 * template paginates one list of `views` and shows only what its view holds; everything else is formatting.
 */
export default function bouwdepotPlugin(eleventyConfig: UserConfig, options: PluginOptions): void {
  // Templates: Nunjucks from src/site, layouts from src/layouts, each compiled once
  eleventyConfig.setIncludesDirectory(eleventyDirectories.includes);
  eleventyConfig.setTemplateFormats(["njk"]);
  // The templates live in src/site, so .gitignore is not needed to keep files out; it would hide a gitignored content root.
  eleventyConfig.setUseGitIgnore(false);
  cacheNunjucksCompilation();

  // Views: the production build renders every view; the dev server only views whose hash changed
  const source = options.production ? productionSource(options.production) : devSource(eleventyConfig, options.root);
  eleventyConfig.on("eleventy.before", ({ directories, runMode }: { directories: { output: string }; runMode: string }) =>
    source.before(directories.output, runMode !== "build"),
  );
  eleventyConfig.addGlobalData("views", () => source.views());
  eleventyConfig.on("eleventy.after", () => source.after());

  // Formatting
  eleventyConfig.addFilter("dutchDate", dutchDate);
  eleventyConfig.addFilter("euro", euro);
  eleventyConfig.addFilter("minutes", minutes);
  eleventyConfig.addFilter("dutchNumber", dutchNumber);
  eleventyConfig.addFilter("sentence", endSentence);
}
