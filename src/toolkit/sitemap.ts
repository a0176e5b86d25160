import type { SitePage } from "../content/model.ts";
import { TOOLKIT_URL } from "../content/urls.ts";
import { CHANGES_PAGE_URL } from "./changes-feed.ts";
import type { ToolkitView } from "./toolkit-view.ts";

/** Paths for sitemap.xml: site pages, the release list, the page of changes, and everything of released releases; never concept content. */
export function sitemapUrls(toolkit: ToolkitView, sitePages: readonly SitePage[]): string[] {
  const released = toolkit.releases.filter((release) => release.role !== "concept");
  const sections = (version: string): string[] =>
    toolkit.sectionIndexes.filter((view) => view.release.version === version).flatMap((view) => [view.url, ...view.pages.map((page) => page.url)]);
  const comparisons = toolkit.releaseComparisons.filter((view) => !view.noindex).map((view) => view.url);
  return [
    ...sitePages.map((page) => page.url),
    TOOLKIT_URL,
    CHANGES_PAGE_URL,
    ...released.flatMap((release) => [release.url, ...sections(release.version)]),
    ...comparisons,
  ];
}
