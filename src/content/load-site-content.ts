import { loadContent, type LoadResult } from "./load-content.ts";
import type { LoadMemo } from "./load-memo.ts";
import { readContentFiles, type FileCache } from "./loader.ts";

/** What the dev server keeps between loads: file bytes, the loader memo, and the files reported changed since. */
export interface LoadReuse {
  /** Bytes read before, by absolute path. */
  files: FileCache;
  /** Results of earlier loads. */
  memo: LoadMemo;
  /** Absolute paths the watcher reported since the last load; undefined when unknown (then every file is checked). */
  changed?: ReadonlySet<string>;
}

/** Reads and validates all content of the site rooted at `root`; the dev server passes what it kept (LoadReuse). */
export async function loadSiteContent(root: string, reuse?: LoadReuse): Promise<LoadResult> {
  return loadContent(await readContentFiles(root, reuse?.files, reuse?.changed), reuse?.memo);
}
