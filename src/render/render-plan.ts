import { createHash } from "node:crypto";
import type { SitePage } from "../content/model.ts";
import type { PodcastView } from "../podcast/podcast-view.ts";
import type { ToolkitView } from "../toolkit/toolkit-view.ts";
import type { Digester } from "./digest.ts";

/**
 * Templates with one output for the whole site (home page, feed, sitemap, host files …). Each paginates over a list
 * of one item that carries all shared data, so it renders only when something it could show changed.
 */
export const SITE_TEMPLATES = ["home", "notFound", "podcastFeed", "podcastIndex", "robots", "search", "sitemap", "toolkitIndex", "netlifyHeaders", "netlifyRedirects", "nginxHeaders", "nginxRedirects"] as const;

/** The name of a site-wide template (SITE_TEMPLATES). */
export type SiteTemplate = (typeof SITE_TEMPLATES)[number];

/** The item lists the paginated templates render, by name: each template paginates over `render.<name>`. */
export interface RenderCollections extends Record<SiteTemplate, readonly object[]> {
  /** Toolkit pages (toolkit-page.njk). */
  toolkitPages: readonly object[];
  /** Trainer views of training modules (trainer-view.njk). */
  trainerPages: readonly object[];
  /** Section indexes per release (section-index.njk). */
  sectionIndexes: readonly object[];
  /** Release home pages (release-home.njk). */
  releaseHomes: readonly object[];
  /** Session planners per release (planner.njk). */
  planners: readonly object[];
  /** Variant comparisons per release (compare.njk). */
  comparisons: readonly object[];
  /** A–Z lists per release (a-z.njk). */
  azLists: readonly object[];
  /** Fallback pages of actueel addresses (actueel.njk). */
  actueel: readonly object[];
  /** Episode pages (episode.njk). */
  episodes: readonly object[];
  /** Chapter files of episodes (podcast-chapters.njk). */
  chapters: readonly object[];
  /** Statement pages such as privacy and colofon (site-page.njk). */
  statementPages: readonly object[];
}

/** What one render does: per collection the items to render, and the fingerprint of every item. */
export interface RenderPlan {
  /** Items whose output could not be reused, per collection. */
  pending: Record<keyof RenderCollections, object[]>;
  /** Fingerprint of every item per collection: equal fingerprints mean byte-identical output. */
  fingerprints: Record<keyof RenderCollections, Map<object, string>>;
}

/** Everything the item templates can read besides their item: site settings, release navigation, podcast channel. */
export interface SharedData {
  /** The templates' `site` data. */
  site: unknown;
  /** The toolkit view. */
  toolkit: ToolkitView;
  /** The podcast view. */
  podcast: PodcastView;
}

/** The paginated templates' items, taken from the derived views; a site-wide template's one item holds all of them. */
export function renderCollections(site: unknown, toolkit: ToolkitView, podcast: PodcastView, sitePages: readonly SitePage[]): RenderCollections {
  const homePage = sitePages.find((page) => page.slug === "home");
  const statementPages = sitePages.filter((page) => page !== homePage);
  const siteWide = Object.fromEntries(SITE_TEMPLATES.map((template) => [template, [{ template, site, toolkit, podcast, sitePages, homePage }]])) as Record<SiteTemplate, object[]>;
  return {
    ...siteWide,
    toolkitPages: toolkit.pages,
    trainerPages: toolkit.trainerPages,
    sectionIndexes: toolkit.sectionIndexes,
    releaseHomes: toolkit.releases,
    planners: toolkit.planners,
    comparisons: toolkit.comparisons,
    azLists: toolkit.azLists,
    actueel: toolkit.actueel,
    episodes: podcast.episodes,
    chapters: podcast.episodes,
    statementPages,
  };
}

/**
 * Fingerprints every item and asks `reuse` whether output with that fingerprint is already in place; the rest is
 * pending. An item's fingerprint covers the code (`base`), the shared data with other pages' frontmatter only, the
 * item itself, and the full text of its own page or episode: a page's body shows only on its own page.
 */
export async function planRender(
  collections: RenderCollections,
  shared: SharedData,
  digester: Digester,
  base: string,
  reuse: (fingerprint: string) => boolean | Promise<boolean>,
): Promise<RenderPlan> {
  const { toolkit, podcast, site } = shared;
  const sharedDigest = digester.outline({ site, releases: toolkit.releases, current: toolkit.current, podcast: { ...podcast, episodes: undefined, feedEpisodes: undefined } });
  const fingerprints = {} as RenderPlan["fingerprints"];
  const pending = {} as RenderPlan["pending"];
  for (const [name, items] of Object.entries(collections) as [keyof RenderCollections, readonly object[]][]) {
    const byItem = new Map<object, string>();
    const prefix = `${base}\0${name}\0${sharedDigest}`;
    for (const item of items) {
      byItem.set(
        item,
        digester.remembered(item, prefix, () => {
          const own = [item, ...Object.values(item)].filter(digester.isDocument);
          return createHash("sha1").update(`${prefix}\0${digester.outline(item)}\0${digester.whole(own)}`).digest("base64url");
        }),
      );
    }
    const reused = await Promise.all(items.map((item) => reuse(byItem.get(item) ?? "")));
    fingerprints[name] = byItem;
    pending[name] = items.filter((_, index) => !reused[index]);
  }
  return { pending, fingerprints };
}
