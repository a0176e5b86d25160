import { loadContent, type LoadResult } from "./load-content.ts";
import type { LoadMemo } from "./load-memo.ts";
import { readContentFiles, type FileCache } from "./loader.ts";

/** Reads and validates all content of the site rooted at `root`; the dev server passes a file cache and memo. */
export async function loadSiteContent(root: string, reuse?: { files: FileCache; memo: LoadMemo }): Promise<LoadResult> {
  return loadContent(await readContentFiles(root, reuse?.files), reuse?.memo);
}
