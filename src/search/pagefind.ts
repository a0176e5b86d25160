import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { bundleUrl, type SearchBundle } from "./search-bundles.ts";

/** Thrown when Pagefind reports a problem; the build stops and _site/ stays as it was. */
export class SearchIndexError extends Error {
  constructor(message: string) {
    super(`Zoekindex maken mislukt: ${message}`);
    this.name = "SearchIndexError";
  }
}

/** Pagefind runs one service per process: builds in the same process (tests, dev server) take turns. */
let queue: Promise<void> = Promise.resolve();

/** Writes one Pagefind bundle (language nl) per search bundle into the built site, through Pagefind's Node API. */
export function writeSearchIndexes(outputDir: string, bundles: readonly SearchBundle[]): Promise<void> {
  const run = queue.then(async () => {
    try {
      for (const bundle of bundles) await writeBundle(outputDir, bundle);
    } finally {
      await pagefind.close();
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * A bundle with a folder pattern is indexed by Pagefind reading the folder itself, which it does in parallel and
 * several times faster than pages sent one by one; other bundles are sent page by page.
 */
async function writeBundle(outputDir: string, bundle: SearchBundle): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "nl", rootSelector: "html" });
  if (!index || errors.length > 0) throw new SearchIndexError(errors.join("; ") || "geen index");
  if (bundle.glob) {
    const added = await index.addDirectory({ path: outputDir, glob: bundle.glob });
    if (added.errors.length > 0) throw new SearchIndexError(added.errors.join("; "));
  } else {
    await Promise.all(
      bundle.urls.map(async (url) => {
        const content = await readFile(path.join(outputDir, ...url.split("/").filter(Boolean), "index.html"), "utf8");
        const added = await index.addHTMLFile({ url, content });
        if (added.errors.length > 0) throw new SearchIndexError(`${url}: ${added.errors.join("; ")}`);
      }),
    );
  }
  const bundleDir = path.join(outputDir, ...bundleUrl(bundle.name).split("/").filter(Boolean));
  const written = await index.writeFiles({ outputPath: bundleDir });
  if (written.errors.length > 0) throw new SearchIndexError(written.errors.join("; "));
  await Promise.all(UNUSED_FILES.map((name) => rm(path.join(bundleDir, name), { force: true })));
}

/** Pagefind's stock UIs and the fallback-language wasm: our own UI and the forced Dutch index do not use them. */
const UNUSED_FILES = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-highlight.js",
  "wasm.unknown.pagefind",
];
