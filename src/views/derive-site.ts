import type { SiteAssets } from "../assets/build-assets.ts";
import type { SiteContent } from "../content/model.ts";
import { buildPodcastView, type PodcastView } from "../podcast/podcast-view.ts";
import type { BuildMode } from "../toolkit/build-mode.ts";
import { printPageStyle, printRunningLine } from "../toolkit/print-page-style.ts";
import { DERIVE_ONCE, type DeriveMemo } from "../toolkit/derive-memo.ts";
import type { DiffStore } from "../toolkit/release-comparison.ts";
import { emptyStartnotities, startnotitieDataFiles } from "../toolkit/startnotitie/startnotitie-files.ts";
import { buildToolkitView, type RelatedByRelease, type ToolkitView } from "../toolkit/toolkit-view.ts";
import { siteData, type SiteData } from "./site-data.ts";
import { siteViews, type SiteViews } from "./site-views.ts";

/** Everything one build derives from the content before rendering. */
export interface DerivedSite {
  /** Site settings as pages show them. */
  site: SiteData;
  /** The toolkit view. */
  toolkit: ToolkitView;
  /** The podcast view. */
  podcast: PodcastView;
  /** One view per output file, by template. */
  views: SiteViews;
}

/** What a build derives its views from. */
export interface DeriveInput {
  /** Validated content. */
  content: SiteContent;
  /** Production, preview or dev. */
  mode: BuildMode;
  /** "Zie ook" rankings per release. */
  related: RelatedByRelease;
  /** The site's own hashed assets. */
  assets: SiteAssets;
  /** The build date, "YYYY-MM-DD". */
  buildDate: string;
  /** Content errors to show on every page (dev server only). */
  contentErrors?: string[];
  /** Block diffs of earlier builds, for the release comparisons (production builds with a cache). */
  diffs?: DiffStore;
  /** What the dev server keeps between saves, so that unchanged views stay the same objects; production keeps nothing. */
  memo?: DeriveMemo;
}

/** Derives the site settings, toolkit and podcast views and the per-template views from the content; pure. */
export function deriveSite(input: DeriveInput): DerivedSite {
  const memo = input.memo ?? DERIVE_ONCE;
  const toolkit = buildToolkitView(input.content, input.mode, input.related, input.diffs, memo);
  const site = memo.stable(
    "site",
    siteData({
      config: input.content.site,
      mode: input.mode,
      assets: input.assets,
      releases: toolkit.releases,
      buildDate: input.buildDate,
      contentErrors: input.contentErrors ?? [],
    }),
  );
  const podcast = memo.stable("podcast", buildPodcastView(input.content, toolkit.releases, site.url));
  return { site, toolkit, podcast, views: siteViews({ site, toolkit, podcast, sitePages: input.content.sitePages, redirects: input.content.redirects }, memo) };
}

/** The files a build publishes besides rendered pages: assets, print stylesheets, empty startnotities and their data, content images, audio, transcripts and artwork. */
export function publishedFiles(content: SiteContent, derived: DerivedSite, assets: SiteAssets): { url: string; bytes: Uint8Array }[] {
  const versions = new Set(derived.toolkit.releases.map((release) => release.version));
  const images = content.assets.filter((asset) => asset.version === null || versions.has(asset.version));
  const shown = new Set(derived.podcast.episodes.map((view) => view.episode.url));
  const episodes = content.episodes
    .filter((episode) => shown.has(episode.url))
    .flatMap((episode) => [
      { url: episode.audio.url, bytes: episode.audio.bytes },
      { url: `${episode.url}transcript.vtt`, bytes: new TextEncoder().encode(episode.transcript) },
    ]);
  const own = [assets.css, assets.icon, assets.serviceWorker, ...Object.values(assets.scripts), ...assets.fonts].map((asset) => ({
    url: asset.url,
    bytes: asset.contents,
  }));
  const printStyles = derived.toolkit.printEditions.map((view) => ({
    url: view.styleUrl,
    bytes: new TextEncoder().encode(printPageStyle(printRunningLine(view, derived.site.title, derived.site.buildDateLabel))),
  }));
  const summaryStyles = derived.toolkit.summaries.map((view) => ({
    url: view.styleUrl,
    bytes: new TextEncoder().encode(
      printPageStyle(printRunningLine(view, derived.site.title, derived.site.buildDateLabel, "samenvatting"), { onFirstPage: true }),
    ),
  }));
  return [
    ...own,
    ...printStyles,
    ...summaryStyles,
    ...emptyStartnotities(derived.toolkit.startnotities),
    ...startnotitieDataFiles(derived.toolkit.startnotities),
    ...images,
    ...(content.artwork ? [content.artwork] : []),
    ...episodes,
  ].map(({ url, bytes }) => ({ url, bytes }));
}
