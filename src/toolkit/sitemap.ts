import type { SitePage } from "../content/model.ts";
import type { ToolkitView } from "./toolkit-view.ts";
import { TOOLKIT_URL } from "./urls.ts";

/** Paths for sitemap.xml: site pages, the release list, and everything of released releases; never concept content. */
export function sitemapUrls(toolkit: ToolkitView, sitePages: readonly SitePage[]): string[] {
  const released = toolkit.releases.filter((release) => release.role !== "concept");
  return [
    ...sitePages.map((page) => page.url),
    TOOLKIT_URL,
    ...released.flatMap((release) => [release.url, ...release.sections.flatMap((section) => [section.url, ...section.pages.map((page) => page.url)])]),
  ];
}
