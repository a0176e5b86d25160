import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** A built asset file: its public URL and its bytes. */
export interface BuiltAsset {
  /** Public URL with a content hash in the file name, e.g. `/assets/main-3f2a9c1b.css`. */
  url: string;
  /** The file contents. */
  contents: Uint8Array;
}

const CSS_ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), "css", "main.css");

/** Bundles and minifies the site's CSS with esbuild and names the file after its content hash. */
export async function buildCss(): Promise<BuiltAsset> {
  const result = await build({ entryPoints: [CSS_ENTRY], bundle: true, minify: true, write: false, logLevel: "silent", target: ["chrome100", "firefox100", "safari15"] });
  const contents = result.outputFiles[0]?.contents ?? new Uint8Array();
  const hash = createHash("sha256").update(contents).digest("hex").slice(0, 10);
  return { url: `/assets/main-${hash}.css`, contents };
}
