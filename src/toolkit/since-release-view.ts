import type { Release, ToolkitPage } from "../content/model.ts";
import { releaseComparisonUrl, sinceReleaseUrl } from "../content/urls.ts";
import type { ReleasePair } from "./comparison-pairs.ts";
import { erratumViews, type ErratumView } from "./errata-view.ts";
import { releaseCrumbs, type Crumb, type ReleaseView } from "./release-view.ts";

/**
 * The page "Wat is er veranderd sinds release <v>?" at `/toolkit/vergelijk/<v>/actueel/`: an address that documents
 * (a startnotitie, a printed page) can cite for ever, because it always says what is current now. It is a page, not a
 * redirect, so it answers on every host and can also list the release's own corrections.
 */
export interface SinceReleaseView {
  /** The release the page is about. */
  release: ReleaseView;
  /** Its address. */
  url: string;
  /** The current release when it is another one; null when this release is current (or nothing is released). */
  current: { version: string; url: string } | null;
  /** The comparison of this release with the current one (or, for a concept, of the current one with it); null when there is none. */
  comparisonUrl: string | null;
  /** Corrections of this release since publication. */
  errata: ErratumView[];
  /** Breadcrumb trail. */
  breadcrumbs: Crumb[];
}

/** The page for every release of this build. */
export function sinceReleaseViews(
  releases: readonly ReleaseView[],
  included: readonly Release[],
  pages: readonly ToolkitPage[],
  pairs: readonly ReleasePair[],
): SinceReleaseView[] {
  const current = releases.find((release) => release.role === "current");
  return releases.map((release, position) => {
    const pair =
      current &&
      pairs.find(
        (candidate) =>
          (candidate.from === release.version && candidate.to === current.version) || (candidate.from === current.version && candidate.to === release.version),
      );
    return {
      release,
      url: sinceReleaseUrl(release.version),
      current: current && current.version !== release.version ? { version: current.version, url: current.url } : null,
      comparisonUrl: pair ? releaseComparisonUrl(pair.from, pair.to) : null,
      errata: erratumViews(included[position] ?? { version: release.version, errata: [] }, pages),
      breadcrumbs: [...releaseCrumbs(release), { title: "Wat is er veranderd?", url: sinceReleaseUrl(release.version) }],
    };
  });
}
