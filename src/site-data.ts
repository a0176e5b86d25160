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
  /** URLs of the hashed client scripts, by name. */
  scripts: Record<string, string>;
  /** Content errors the dev server shows on every page while editors fix them; always empty in builds. */
  contentErrors: string[];
}

/** The site's base URL without trailing slash: SITE_URL from the environment, else _data/site.yaml. */
export function siteUrl(site: Pick<SiteConfig, "url">): string {
  return (process.env.SITE_URL ?? site.url).replace(/\/+$/, "");
}

/** Combines _data/site.yaml, the SITE_URL override, the build mode and the assets into the templates' `site` data. */
export function siteData(content: SiteContent, mode: BuildMode, assets: SiteAssets, contentErrors: string[] = []): SiteData {
  return { ...content.site, url: siteUrl(content.site), mode, noindex: mode !== "production", stylesheet: assets.css.url, icon: assets.icon.url, scripts: Object.fromEntries(Object.entries(assets.scripts).map(([name, asset]) => [name, asset.url])), contentErrors };
}
