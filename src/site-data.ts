import type { SiteAssets } from "./assets/build-assets.ts";
import type { SiteContent } from "./content/model.ts";
import type { SiteConfig } from "./content/schemas/site.ts";
import type { BuildMode } from "./toolkit/build-mode.ts";

/** Site-wide values every template can use. */
export interface SiteData extends SiteConfig {
  /** The build mode. */
  mode: BuildMode;
  /** True when search engines must not index the output (preview and dev builds). */
  noindex: boolean;
  /** URL of the hashed stylesheet. */
  stylesheet: string;
  /** URL of the hashed favicon. */
  icon: string;
  /** Content errors the dev server shows on every page while editors fix them; always empty in builds. */
  contentErrors: string[];
}

/** Combines _data/site.yaml, the SITE_URL override and the build mode into the templates' `site` data. */
export function siteData(content: SiteContent, mode: BuildMode, assets: SiteAssets): SiteData {
  const url = (process.env.SITE_URL ?? content.site.url).replace(/\/+$/, "");
  return { ...content.site, url, mode, noindex: mode !== "production", stylesheet: assets.css.url, icon: assets.icon.url, contentErrors: [] };
}
