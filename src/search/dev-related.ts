import { ObjectIds } from "../render/object-ids.ts";
import type { SiteContent } from "../content/model.ts";
import { relatedByRelease, relatedInputs, type RelatedByRelease } from "./related-by-release.ts";
import { relatedPages } from "./related.ts";

/**
 * Related pages for the dev server. A release whose pages are the same objects as last time keeps its ranking. A
 * release with an edited page keeps its previous ranking for one rebuild, so the edited page shows at once; `refresh`
 * then ranks it exactly and reports whether anything changed, and the dev server rebuilds once more if so.
 */
export class DevRelated {
  private readonly ids = new ObjectIds();
  private readonly known = new Map<string, { key: string; ranked: Map<string, string[]> }>();
  private pending: SiteContent | undefined;

  /** Rankings for this rebuild; the first call ranks everything (with the on-disk cache of released releases). */
  async rank(content: SiteContent, cacheDir: string): Promise<RelatedByRelease> {
    if (this.known.size === 0) {
      const ranked = await relatedByRelease(content, cacheDir);
      for (const [version, byId] of ranked) this.known.set(version, { key: this.keyOf(content, version), ranked: byId });
      return ranked;
    }
    const result: RelatedByRelease = new Map();
    for (const release of content.releases) {
      const known = this.known.get(release.version);
      if (known?.key !== this.keyOf(content, release.version)) this.pending = content;
      result.set(release.version, known?.ranked ?? new Map());
    }
    return result;
  }

  /** Ranks the releases that were served an older ranking; true when a ranking changed and pages must render again. */
  refresh(): boolean {
    const content = this.pending;
    this.pending = undefined;
    if (!content) return false;
    let changed = false;
    for (const release of content.releases) {
      const key = this.keyOf(content, release.version);
      const known = this.known.get(release.version);
      if (known?.key === key) continue;
      const ranked = relatedPages(relatedInputs(content.pages, release.version));
      changed ||= !known || JSON.stringify([...known.ranked]) !== JSON.stringify([...ranked]);
      this.known.set(release.version, { key, ranked });
    }
    return changed;
  }

  private keyOf(content: SiteContent, version: string): string {
    return content.pages
      .filter((page) => page.version === version)
      .map((page) => this.ids.idOf(page))
      .join(",");
  }

}
