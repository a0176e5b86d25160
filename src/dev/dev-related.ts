import { createHash } from "node:crypto";
import type { SiteContent, ToolkitPage } from "../content/model.ts";
import { relatedInputs } from "../search/related-inputs.ts";
import { relatedPages } from "../search/related.ts";
import type { RelatedByRelease } from "../toolkit/toolkit-view.ts";

/** Hash of what the ranking reads of a page; pages are frozen, so the hash holds for as long as the page lives. */
const inputHashes = new WeakMap<ToolkitPage, string>();

/**
 * "Zie ook" rankings for the dev server. A release's ranking is kept under the hash of its pages' ranking input (the
 * code cannot change: a change under src/ restarts the server) and made again when that hash changes.
 */
export class DevRelated {
  private readonly known = new Map<string, { key: string; ranking: Map<string, string[]> }>();

  /** Rankings for every release, ranking the releases whose input changed. */
  rankings(content: SiteContent): RelatedByRelease {
    const result = new Map<string, Map<string, string[]>>();
    for (const release of content.releases) {
      const key = releaseKey(content.pages, release.version);
      let known = this.known.get(release.version);
      if (known?.key !== key) {
        known = { key, ranking: relatedPages(relatedInputs(content.pages, release.version)) };
        this.known.set(release.version, known);
      }
      result.set(release.version, known.ranking);
    }
    return result;
  }
}

function releaseKey(pages: readonly ToolkitPage[], version: string): string {
  const hash = createHash("sha1");
  for (const page of pages) if (page.version === version) hash.update(`${pageInputHash(page)}\0`);
  return hash.digest("base64");
}

function pageInputHash(page: ToolkitPage): string {
  let known = inputHashes.get(page);
  if (known === undefined) {
    known = createHash("sha1").update(`${page.data.id}\0${page.data.title}\0${page.html}`).digest("base64");
    inputHashes.set(page, known);
  }
  return known;
}
