import type { PageIndex } from "./page-index.ts";

/** Canonical path of a toolkit page: the same page (by lineage key) in the current release, else the page itself. */
export function canonicalPath(key: string, ownUrl: string, currentVersion: string | undefined, index: PageIndex): string {
  if (currentVersion === undefined) return ownUrl;
  return index.get(currentVersion)?.get(key) ?? ownUrl;
}
