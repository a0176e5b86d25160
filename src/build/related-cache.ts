import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteContent } from "../content/model.ts";
import { relatedInputs } from "../search/related-inputs.ts";
import { relatedPages } from "../search/related.ts";
import type { RelatedByRelease } from "../toolkit/toolkit-view.ts";
import { pruneCache } from "./prune-cache.ts";

/** How the rankings of one build were obtained, for the build report. */
export interface RelatedReport {
  /** Releases whose rankings came from the cache. */
  reused: number;
  /** Releases ranked in this build. */
  ranked: number;
}

/**
 * "Zie ook" rankings of every release. With a `cacheDir`, a release's ranking is kept under a key that hashes its
 * input (ids, titles and text of its pages) and `codeKey` (all of src/, the lockfile and the runtime), so a
 * change in the content, the ranking code, a library or Node ranks again.
 */
export async function cachedRelated(
  content: SiteContent,
  cacheDir: string | undefined,
  codeKey: string,
): Promise<{ related: RelatedByRelease; report: RelatedReport }> {
  const related = new Map<string, Map<string, string[]>>();
  const report: RelatedReport = { reused: 0, ranked: 0 };
  const used = new Set<string>();
  for (const release of content.releases) {
    const inputs = relatedInputs(content.pages, release.version);
    const file = cacheDir
      ? path.join(cacheDir, `${createHash("sha256").update(codeKey).update("\0").update(JSON.stringify(inputs)).digest("hex")}.json`)
      : undefined;
    const cached = file ? await readRanking(file) : undefined;
    const ranking = cached ?? relatedPages(inputs);
    if (cached) report.reused += 1;
    else report.ranked += 1;
    if (file && !cached) await writeRanking(file, ranking);
    if (file) used.add(path.basename(file));
    related.set(release.version, ranking);
  }
  if (cacheDir) await pruneCache(cacheDir, used);
  return { related, report };
}

async function readRanking(file: string): Promise<Map<string, string[]> | undefined> {
  try {
    return new Map(Object.entries(JSON.parse(await readFile(file, "utf8")) as Record<string, string[]>));
  } catch {
    return undefined;
  }
}

async function writeRanking(file: string, ranking: Map<string, string[]>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(Object.fromEntries(ranking)));
}
