// Entry for Eleventy's own CLI (npm start): registers tsx and hands over to the plugin in src/.
import { register } from "tsx/esm/api";

register();
const { default: bouwdepotPlugin, eleventyDirectories } = await import("./src/index.ts");

/** Dev server configuration: content from ./content (or BOUWDEPOT_ROOT, for npm run bench), concepts shown and marked. */
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(bouwdepotPlugin, { root: process.env.BOUWDEPOT_ROOT ?? process.cwd(), mode: "dev" });
}

/** Templates in src/site, layouts in src/layouts; output in _site-dev so _site only holds checked builds. */
export const config = { dir: { ...eleventyDirectories, output: "_site-dev" }, markdownTemplateEngine: false, htmlTemplateEngine: "njk" };
