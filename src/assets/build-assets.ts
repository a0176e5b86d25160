import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { SERVICE_WORKER_URL } from "../content/urls.ts";

/** A built asset file: its public URL and its bytes. */
export interface BuiltAsset {
  /** Public URL with a content hash in the file name, e.g. `/assets/main-3f2a9c1b.css`. */
  url: string;
  /** The file contents. */
  contents: Uint8Array;
}

/** The site's own static files, each under a hashed name. */
export interface SiteAssets {
  /** The bundled, minified stylesheet. */
  css: BuiltAsset;
  /** The SVG favicon. */
  icon: BuiltAsset;
  /** Client scripts by name (file name in ts/ without extension), bundled as ES modules. */
  scripts: Record<string, BuiltAsset>;
  /** The offline kit's service worker at /sw.js: unhashed, as a service worker's address must stay the same. */
  serviceWorker: BuiltAsset;
  /** The font files the stylesheet names (css/fonts.css), under the hashed names esbuild gives them. */
  fonts: BuiltAsset[];
}

/** Client scripts: small progressive enhancements, each loaded only by the page that uses it. */
const SCRIPTS = [
  "planner",
  "presentation",
  "trainer-view",
  "episode",
  "copy-address",
  "search-field",
  "citation",
  "search-ui",
  "search-page",
  "rekenhulp",
  "startnotitie",
  "startnotitie-office",
  "offline",
];

const ASSET_DIR = path.dirname(fileURLToPath(import.meta.url));

/** The environment variable that names a token file to build with instead of css/tokens.css: another theme, same site. */
export const TOKENS_ENV = "SITE_TOKENS";

/** Builds the stylesheet with esbuild and names every asset after its content hash. */
export async function buildAssets(): Promise<SiteAssets> {
  const result = await build({
    entryPoints: [path.join(ASSET_DIR, "css", "main.css")],
    bundle: true,
    minify: true,
    write: false,
    logLevel: "silent",
    target: ["chrome100", "firefox100", "safari15"],
    // Font files go out as files of their own, named by their content hash, and the stylesheet names them there.
    outdir: ASSET_DIR,
    loader: { ".woff2": "file" },
    assetNames: "[name]-[hash]",
    publicPath: "/assets",
    plugins: process.env[TOKENS_ENV] ? [tokenFile(path.resolve(process.env[TOKENS_ENV]))] : [],
  });
  const css = result.outputFiles.find((file) => file.path.endsWith(".css"))?.contents ?? new Uint8Array();
  const fonts = result.outputFiles
    .filter((file) => file.path.endsWith(".woff2"))
    .map((file) => ({ url: `/assets/${path.basename(file.path)}`, contents: file.contents }))
    .sort((a, b) => (a.url < b.url ? -1 : 1));
  const icon = await readFile(path.join(ASSET_DIR, "favicon.svg"));
  const scripts = await Promise.all(SCRIPTS.map(async (name) => [name, hashed(name, "js", await bundleScript(name))] as const));
  const serviceWorker = { url: SERVICE_WORKER_URL, contents: await bundleScript("sw", "iife") };
  return { css: hashed("main", "css", css), icon: hashed("favicon", "svg", icon), scripts: Object.fromEntries(scripts), serviceWorker, fonts };
}

/** One client script of ts/ bundled and minified, as an ES module or (for classic script tags) an iife. */
export async function bundleScript(name: string, format: "esm" | "iife" = "esm"): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [path.join(ASSET_DIR, "ts", `${name}.ts`)],
    bundle: true,
    minify: true,
    format,
    write: false,
    logLevel: "silent",
    target: ["chrome100", "firefox100", "safari15"],
  });
  return result.outputFiles[0]?.contents ?? new Uint8Array();
}

/** Resolves main.css's import of ./tokens.css to another token file. */
function tokenFile(file: string): Plugin {
  return { name: "site-tokens", setup: (build) => build.onResolve({ filter: /^\.\/tokens\.css$/ }, () => ({ path: file })) };
}

function hashed(name: string, extension: string, contents: Uint8Array): BuiltAsset {
  const hash = createHash("sha256").update(contents).digest("hex").slice(0, 10);
  return { url: `/assets/${name}-${hash}.${extension}`, contents };
}
