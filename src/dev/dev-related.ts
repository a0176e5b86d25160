import { createHash } from "node:crypto";
import type { SiteContent, ToolkitPage } from "../content/model.ts";
import { relatedInputs } from "../search/related-inputs.ts";
import { relatedPages } from "../search/related.ts";
import type { RelatedByRelease } from "../toolkit/toolkit-view.ts";

/** Hash of what the ranking reads of a page; pages are frozen, so the hash holds for as long as the page lives. */
const inputHashes = new WeakMap<ToolkitPage, string>();

/** Milliseconds between a save's pages on disk and ranking the releases it changed. */
const RANK_DELAY_MS = 250;

/** One release's ranking and the hash of the input it was made from. */
interface Ranked {
  key: string;
  ranking: Map<string, string[]>;
}

/**
 * "Zie ook" rankings for the dev server. A release's ranking is kept under the hash of its pages' ranking input (the
 * code cannot change: a change under src/ restarts the server). When that hash changes, the build that follows the
 * save shows the previous ranking and the release is ranked again once that build is on disk (`rankWaiting`), off the
 * save's path (ranking 400 pages takes a few hundred milliseconds); `onRanked` then asks for one more build when the
 * ranking differs. A release ranked for the first time is ranked at once. `pending` is true until every ranking
 * matches its input.
 */
export class DevRelated {
  private readonly known = new Map<string, Ranked>();
  private readonly waiting = new Map<string, { key: string; pages: readonly ToolkitPage[] }>();
  private timer: NodeJS.Timeout | undefined;

  /** Called after a background ranking: `changed` is true when a page must show a different list. */
  constructor(private readonly onRanked: (changed: boolean) => void) {}

  /** True while a release is shown with a ranking older than its input. */
  get pending(): boolean {
    return this.waiting.size > 0;
  }

  /**
   * Rankings for every release: the latest made. Without `background` (a one-off build) every release is ranked for
   * its current input at once; with it, only releases that have no ranking yet.
   */
  rankings(content: SiteContent, background: boolean): RelatedByRelease {
    const result = new Map<string, Map<string, string[]>>();
    this.waiting.clear();
    for (const release of content.releases) {
      const key = releaseKey(content.pages, release.version);
      let known = this.known.get(release.version);
      if (!known || (!background && known.key !== key)) {
        known = { key, ranking: relatedPages(relatedInputs(content.pages, release.version)) };
        this.known.set(release.version, known);
      } else if (known.key !== key) {
        this.waiting.set(release.version, { key, pages: content.pages });
      }
      result.set(release.version, known.ranking);
    }
    for (const version of this.known.keys()) if (!content.releases.some((release) => release.version === version)) this.known.delete(version);
    return result;
  }

  /**
   * Ranks the waiting releases shortly; called once the save's pages are on disk. Ranking holds the event loop for a
   * few hundred milliseconds, so it starts RANK_DELAY_MS later: the browser's live reload fetches the page first.
   */
  rankWaiting(): void {
    if (this.waiting.size === 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      let changed = false;
      for (const [version, { key, pages }] of this.waiting) {
        const ranking = relatedPages(relatedInputs(pages, version));
        changed ||= JSON.stringify([...ranking]) !== JSON.stringify([...(this.known.get(version)?.ranking ?? [])]);
        this.known.set(version, { key, ranking });
      }
      this.waiting.clear();
      this.onRanked(changed);
    }, RANK_DELAY_MS);
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
