import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteContent, ToolkitPage } from "../content/model.ts";
import { plainText } from "./plain-text.ts";
import { relatedPages, type RelatedInput } from "./related.ts";

/** Related page ids per release: version → page id → ids of related pages in the same release. */
export type RelatedByRelease = Map<string, Map<string, string[]>>;

/**
 * Ranks related pages for every release. A released release never changes, so its result is cached under
 * `cacheDir` by a hash of its pages; concept releases are ranked afresh. Without `cacheDir` nothing is cached.
 */
export async function relatedByRelease(content: SiteContent, cacheDir: string | undefined): Promise<RelatedByRelease> {
  const result: RelatedByRelease = new Map();
  for (const release of content.releases) {
    const inputs = relatedInputs(content.pages, release.version);
    const cacheFile = cacheDir && release.status === "released" ? path.join(cacheDir, `${release.version}-${hashOf(inputs)}.json`) : undefined;
    const cached = cacheFile ? await readCache(cacheFile) : undefined;
    const related = cached ?? relatedPages(inputs);
    if (cacheFile && !cached) await writeCache(cacheFile, related);
    result.set(release.version, related);
  }
  return result;
}

/** What the ranking reads of one release's pages: id, title and plain body text, in id order. */
export function relatedInputs(pages: readonly ToolkitPage[], version: string): RelatedInput[] {
  return pages
    .filter((page) => page.version === version)
    .map((page) => ({ id: page.data.id, title: page.data.title, body: plainText(page.html) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

function hashOf(inputs: readonly RelatedInput[]): string {
  return createHash("sha256").update(JSON.stringify(inputs)).digest("hex").slice(0, 16);
}

async function readCache(file: string): Promise<Map<string, string[]> | undefined> {
  try {
    return new Map(Object.entries(JSON.parse(await readFile(file, "utf8")) as Record<string, string[]>));
  } catch {
    return undefined;
  }
}

async function writeCache(file: string, related: Map<string, string[]>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(Object.fromEntries(related)));
}
