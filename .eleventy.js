// Entry for Eleventy's own CLI (npm start): registers tsx and hands over to the plugin in src/, which npm run build uses too.
import { register } from "tsx/esm/api";

register();
const { default: bouwdepotPlugin } = await import("./src/index.ts");

/** Dev server: content from ./content (or BOUWDEPOT_ROOT, for tests and npm run bench), concepts shown and marked. */
export default function (eleventyConfig) {
  bouwdepotPlugin(eleventyConfig, { root: process.env.BOUWDEPOT_ROOT ?? process.cwd() });
}

/** Templates in src/site; output in _site-dev so _site only holds checked builds. */
export const config = { dir: { input: "src/site", output: "_site-dev" } };
