import type { SitePage } from "../content/model.ts";
import type { PodcastView } from "../podcast/podcast-view.ts";
import type { ToolkitView } from "../toolkit/toolkit-view.ts";
import { searchableTools } from "./searchable-tools.ts";
import { toolRecord, type SearchRecord } from "./tool-records.ts";

/** One Pagefind bundle: its name (a release version, or "algemeen") and the pages it indexes. */
export interface SearchBundle {
  /** Folder name under /zoeken/index/. */
  name: string;
  /** URLs of the pages to index. */
  urls: string[];
  /**
   * Pattern of exactly these pages' files in the built site, when there is one: Pagefind then reads them itself.
   * Release folders also hold the planner and comparison, which carry no data-pagefind-body and so are skipped.
   */
  glob?: string;
  /** Entries indexed without a page: the release's tools, by their description and search words. */
  records: SearchRecord[];
}

/** Name of the bundle for everything that is not a toolkit release: podcast episodes and site pages. */
const GENERAL_BUNDLE = "algemeen";

/** URL of a bundle's pagefind.js folder. */
export function bundleUrl(name: string): string {
  return `/zoeken/index/${name}/`;
}

/**
 * What is searchable: per released release its content pages and its tools (by description and search words, never
 * their bodies); one general bundle with podcast episodes (with their transcripts) and the site pages. Never: concept
 * releases, trainer views, section indexes, A–Z, actueel pages, release comparisons.
 */
export function searchBundles(toolkit: ToolkitView, podcast: PodcastView, sitePages: readonly SitePage[]): SearchBundle[] {
  const releases = toolkit.releases
    .filter((release) => release.role !== "concept")
    .map((release) => ({
      name: release.version,
      urls: toolkit.pages.filter((view) => view.release.version === release.version).map((view) => view.page.url),
      glob: `toolkit/${release.version}/*/*/index.html`,
      records: searchableTools(toolkit, release.version).map((tool) => toolRecord(release.version, tool)),
    }));
  const general = [
    ...podcast.episodes.filter((view) => !view.concept).map((view) => view.episode.url),
    ...sitePages.filter((page) => page.slug !== "home").map((page) => page.url),
  ];
  return [...releases, { name: GENERAL_BUNDLE, urls: general, records: [] }];
}

/** What a bundle's records add to its cache key: they come from code, not from the pages on disk. */
export function recordsKey(bundle: SearchBundle): string {
  return JSON.stringify(bundle.records);
}
