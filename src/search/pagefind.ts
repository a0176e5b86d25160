import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { transform } from "esbuild";
import * as pagefind from "pagefind";
import { splitIndexChunks } from "./index-chunks.ts";
import { urlToFile, urlToFolder } from "../content/urls.ts";
import { bundleUrl, type SearchBundle } from "./search-bundles.ts";

/** Thrown when Pagefind reports a problem; the build stops and _site/ stays as it was. */
class SearchIndexError extends Error {
  constructor(message: string) {
    super(`Zoekindex maken mislukt: ${message}`);
    this.name = "SearchIndexError";
  }
}

/** Options of every index: Dutch stemming for all pages, whole documents as the root. */
export const PAGEFIND_OPTIONS = { forceLanguage: "nl", rootSelector: "html" } as const;

/** Pagefind runs one service per process: builds in the same process (tests, dev server) take turns. */
let queue: Promise<void> = Promise.resolve();

/** Writes one Pagefind bundle (language nl) per search bundle into the built site, through Pagefind's Node API. */
export function writeSearchIndexes(outputDir: string, bundles: readonly SearchBundle[]): Promise<void> {
  const run = queue.then(async () => {
    try {
      // All bundles at once: Pagefind's service indexes them in parallel while this process post-processes others.
      await Promise.all(bundles.map((bundle) => writeBundle(outputDir, bundle)));
    } finally {
      await pagefind.close();
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * A bundle with a folder pattern is indexed by Pagefind reading the folder itself, which it does in parallel and
 * several times faster than pages sent one by one; other bundles are sent page by page. Records (the tools) are
 * added as custom records: Pagefind indexes their text as it would a page's.
 */
async function writeBundle(outputDir: string, bundle: SearchBundle): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ ...PAGEFIND_OPTIONS });
  if (!index || errors.length > 0) throw new SearchIndexError(errors.join("; ") || "geen index");
  if (bundle.glob) {
    const added = await index.addDirectory({ path: outputDir, glob: bundle.glob });
    if (added.errors.length > 0) throw new SearchIndexError(added.errors.join("; "));
  } else {
    await Promise.all(
      bundle.urls.map(async (url) => {
        const content = await readFile(path.join(outputDir, urlToFile(url)), "utf8");
        const added = await index.addHTMLFile({ url, content });
        if (added.errors.length > 0) throw new SearchIndexError(`${url}: ${added.errors.join("; ")}`);
      }),
    );
  }
  for (const record of bundle.records) {
    const added = await index.addCustomRecord({ ...record, language: PAGEFIND_OPTIONS.forceLanguage });
    if (added.errors.length > 0) throw new SearchIndexError(`${record.url}: ${added.errors.join("; ")}`);
  }
  const bundleDir = path.join(outputDir, urlToFolder(bundleUrl(bundle.name)));
  // A bundle written again (dev server) must not keep fragments of pages that changed or are gone.
  await rm(bundleDir, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: bundleDir });
  if (written.errors.length > 0) throw new SearchIndexError(written.errors.join("; "));
  await Promise.all(UNUSED_FILES.map((name) => rm(path.join(bundleDir, name), { force: true })));
  await splitIndexChunks(bundleDir);
  await minifyScript(path.join(bundleDir, "pagefind.js"));
}

/** Pagefind ships pagefind.js minified by whitespace only; renaming its locals too saves ~2 KB gzip on a first query. */
async function minifyScript(file: string): Promise<void> {
  const result = await transform(await readFile(file, "utf8"), { minify: true, format: "esm", target: ["chrome100", "firefox100", "safari15"] });
  await writeFile(file, result.code);
}

/**
 * Pagefind's stock UIs, its web worker and the fallback-language wasm: our own UI searches on the main thread (the
 * worker would be one more download) and the forced Dutch index never needs the fallback.
 */
const UNUSED_FILES = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-highlight.js",
  "pagefind-worker.js",
  "wasm.unknown.pagefind",
];
