import { loadContent, type LoadResult } from "./load-content.ts";
import { readContentFiles } from "./loader.ts";

/** Reads and validates all content of the site rooted at `root`. */
export async function loadSiteContent(root: string): Promise<LoadResult> {
  return loadContent(await readContentFiles(root));
}
