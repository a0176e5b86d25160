import type { SiteAssets } from "../assets/build-assets.ts";
import type { SiteConfig } from "../content/schemas/site.ts";
import { dutchDate } from "../format/dutch-date.ts";
import type { BuildMode } from "../toolkit/build-mode.ts";
import type { ReleaseView } from "../toolkit/release-view.ts";

/** Site-wide values every page shows: settings, build mode, asset URLs, search scope and the build date. */
export interface SiteData extends SiteConfig {
  /** The build mode. */
  mode: BuildMode;
  /** True when search engines must not index the output (preview and dev builds). */
  noindex: boolean;
  /** URL of the hashed stylesheet. */
  stylesheet: string;
  /** URL of the hashed favicon. */
  icon: string;
  /** URLs of the hashed client scripts, by name. */
  scripts: Record<string, string>;
  /** Versions that have a search bundle (released releases), highest first. */
  searchReleases: string[];
  /** The release the header search covers on pages outside a release: the current one, else "alle". */
  searchVersion: string;
  /** The day this build was made, "YYYY-MM-DD": fixed once per build. */
  buildDate: string;
  /** The build date in Dutch. */
  buildDateLabel: string;
  /** Content errors the dev server shows on every page while editors fix them; always empty in builds. */
  contentErrors: string[];
}

/** The site's base URL without trailing slash: SITE_URL from the environment, else _data/site.yaml. */
export function siteUrl(site: Pick<SiteConfig, "url">): string {
  return (process.env.SITE_URL ?? site.url).replace(/\/+$/, "");
}

/** What the templates' `site` data is made of. */
export interface SiteDataInput {
  /** _data/site.yaml. */
  config: SiteConfig;
  /** The build mode. */
  mode: BuildMode;
  /** The hashed assets. */
  assets: SiteAssets;
  /** The releases this build shows, highest first. */
  releases: readonly ReleaseView[];
  /** The build date, "YYYY-MM-DD". */
  buildDate: string;
  /** Content errors to show (dev server only). */
  contentErrors: string[];
}

/** Combines the settings, the SITE_URL override, the build mode, assets, releases and date into `site`. */
export function siteData(input: SiteDataInput): SiteData {
  const { config, mode, assets, releases, buildDate, contentErrors } = input;
  const searchReleases = releases.filter((release) => release.role !== "concept").map((release) => release.version);
  return {
    ...config,
    url: siteUrl(config),
    mode,
    noindex: mode !== "production",
    stylesheet: assets.css.url,
    icon: assets.icon.url,
    scripts: Object.fromEntries(Object.entries(assets.scripts).map(([name, asset]) => [name, asset.url])),
    searchReleases,
    searchVersion: releases.find((release) => release.role === "current")?.version ?? "alle",
    buildDate,
    buildDateLabel: dutchDate(buildDate),
    contentErrors,
  };
}
