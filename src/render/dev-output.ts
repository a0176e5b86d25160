import type { OutputHooks } from "../index.ts";
import { writeSearchIndexes } from "../search/pagefind.ts";
import type { SearchBundle } from "../search/search-bundles.ts";

/**
 * The dev server's bookkeeping: output stays on disk between rebuilds, so an item is not rendered again while its
 * file still holds what was last written for that fingerprint. Search bundles with rewritten pages are indexed
 * again once saves have paused for `quietMs`: Pagefind takes both cores for seconds and would slow the next save.
 */
export function devOutput(quietMs = 5000): { hooks: OutputHooks; reindex(outputDir: string, bundles: SearchBundle[]): void } {
  const urlOf = new Map<string, string>();
  const onDisk = new Map<string, string>();
  let changedUrls = new Set<string>();
  let first = true;
  let indexing: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  return {
    hooks: {
      reuse: (fingerprint) => {
        const url = urlOf.get(fingerprint);
        return url !== undefined && onDisk.get(url) === fingerprint;
      },
      written(url, _content, fingerprint) {
        if (fingerprint) {
          urlOf.set(fingerprint, url);
          onDisk.set(url, fingerprint);
        } else {
          onDisk.delete(url);
        }
        changedUrls.add(url);
      },
    },
    reindex(outputDir, bundles) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const changed = changedUrls;
        changedUrls = new Set();
        const stale = first ? bundles : bundles.filter((bundle) => bundle.urls.some((url) => changed.has(url)));
        first = false;
        if (stale.length === 0) return;
        indexing = indexing
          .then(() => writeSearchIndexes(outputDir, stale))
          .catch((error: unknown) => console.error(error instanceof Error ? error.message : String(error)));
      }, quietMs);
      timer.unref();
    },
  };
}
