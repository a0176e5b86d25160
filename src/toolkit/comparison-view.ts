import type { ToolkitPage } from "../content/model.ts";
import { DERIVE_ONCE, type DeriveMemo } from "./derive-memo.ts";
import { releaseComparisonUrl, TOOLKIT_URL } from "../content/urls.ts";
import type { ReleasePair } from "./comparison-pairs.ts";
import type { ErratumView } from "./errata-view.ts";
import { compareReleases, type DiffStore, type ReleaseComparison } from "./release-comparison.ts";
import type { Crumb, ReleaseView } from "./release-view.ts";

/** The page that compares two releases. */
export interface ReleaseComparisonView {
  /** Its URL: /toolkit/vergelijk/<from>/<to>/. */
  url: string;
  /** The older release. */
  from: ReleaseView;
  /** The newer release. */
  to: ReleaseView;
  /** What changed, page by page. */
  comparison: ReleaseComparison;
  /** How many pages were added, removed, renamed, changed and left the same. */
  counts: { added: number; removed: number; renamed: number; changed: number; unchanged: number };
  /** True when either release is a concept: the page carries noindex. */
  noindex: boolean;
  /** Breadcrumb trail. */
  breadcrumbs: Crumb[];
  /** Corrections of fact to either release since its publication: the comparison reads their corrected text. */
  errata: ErratumView[];
}

/** The comparison pages of a build, one per pair of releases. */
export function comparisonViews(
  pairs: readonly ReleasePair[],
  releases: readonly ReleaseView[],
  pages: readonly ToolkitPage[],
  errataOf: (version: string) => ErratumView[],
  lineage: (id: string) => string,
  store?: DiffStore,
  memo: DeriveMemo = DERIVE_ONCE,
): ReleaseComparisonView[] {
  return pairs.flatMap(({ from, to }) => {
    const older = releases.find((release) => release.version === from);
    const newer = releases.find((release) => release.version === to);
    if (!older || !newer) return [];
    // A comparison reads the pages of its two releases, their lineage keys and the diff store, and nothing else.
    const before = memo.list(
      `pages\0${from}`,
      pages.filter((page) => page.version === from),
    );
    const after = memo.list(
      `pages\0${to}`,
      pages.filter((page) => page.version === to),
    );
    const both = [...before, ...after];
    const key = `${memo.idOf(after)}\0${store ? memo.idOf(store) : 0}\0${both.map((page) => lineage(page.data.id)).join(" ")}`;
    const comparison = memo.keyed(`comparison\0${to}`, before, key, () => compareReleases(both, from, to, lineage, store));
    const url = releaseComparisonUrl(from, to);
    return [
      {
        url,
        from: older,
        to: newer,
        comparison,
        counts: {
          added: comparison.added.length,
          removed: comparison.removed.length,
          renamed: comparison.renamed.length,
          changed: comparison.changed.length,
          unchanged: comparison.unchanged.length,
        },
        noindex: older.noindex || newer.noindex,
        errata: [...errataOf(from), ...errataOf(to)],
        breadcrumbs: [
          { title: "Home", url: "/" },
          { title: "Toolkit", url: TOOLKIT_URL },
          { title: `Release ${from} en ${to} vergeleken`, url },
        ],
      },
    ];
  });
}

/** Where a page (by lineage key) appears in this build's releases, and where it changed. */
export interface PageHistory {
  /** The releases the page is in, oldest first, with its URL in each. */
  releases: { version: string; url: string }[];
  /** The releases in which it differs from the release before, with the part of the comparison that shows how. */
  changedIn: { version: string; url: string }[];
}

/** The history of every page by lineage key, from the comparisons of each release with the one before it. */
export function pageHistories(
  releases: readonly ReleaseView[],
  pages: readonly ToolkitPage[],
  views: readonly ReleaseComparisonView[],
  lineage: (id: string) => string,
): Map<string, PageHistory> {
  const ascending = [...releases].reverse();
  const histories = new Map<string, PageHistory>();
  for (const release of ascending) {
    for (const page of pages.filter((candidate) => candidate.version === release.version)) {
      const key = lineage(page.data.id);
      const history = histories.get(key) ?? { releases: [], changedIn: [] };
      history.releases.push({ version: release.version, url: page.url });
      histories.set(key, history);
    }
  }
  ascending.forEach((release, index) => {
    const previous = ascending[index - 1];
    const view = previous && views.find((candidate) => candidate.from.version === previous.version && candidate.to.version === release.version);
    for (const change of view?.comparison.changed ?? [])
      histories.get(lineage(change.id))?.changedIn.push({ version: release.version, url: `${view?.url ?? ""}#pagina-${change.id}` });
  });
  return histories;
}
