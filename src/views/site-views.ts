import type { SitePage } from "../content/model.ts";
import { DERIVE_ONCE, type DeriveMemo } from "../toolkit/derive-memo.ts";
import { searchHelp, type SearchHelp } from "../search/search-help.ts";
import { OFFLINE_URL } from "../content/urls.ts";
import { netlifyHeaders, nginxSecurityHeaders } from "../deploy/headers.ts";
import { SECURITY_TXT_URL, securityTxt } from "../deploy/security-txt.ts";
import type { AppLink } from "../podcast/app-links.ts";
import { chaptersJson } from "../podcast/chapters.ts";
import { buildFeed } from "../podcast/feed.ts";
import { FEED_URL, PODCAST_URL, type EpisodeView, type PodcastView, type SeasonView } from "../podcast/podcast-view.ts";
import type { RedirectData } from "../content/schemas/redirects.ts";
import { CHANGES_FEED_URL, CHANGES_PAGE_URL, changesFeed, type ChangeEntry } from "../toolkit/changes-feed.ts";
import { declaredMoves, type MovedPage } from "../toolkit/moved-pages.ts";
import type { GlossaryView } from "../toolkit/glossary-view.ts";
import type { ModuleSheets } from "../toolkit/module-sheets.ts";
import type { PrintEditionView } from "../toolkit/print-edition.ts";
import type { RekenhulpView } from "../toolkit/rekenhulp-view.ts";
import type { SinceReleaseView } from "../toolkit/since-release-view.ts";
import type { StartnotitieView } from "../toolkit/startnotitie/startnotitie-view.ts";
import type { SummaryView } from "../toolkit/summary-view.ts";
import type { PageView } from "../toolkit/page-view.ts";
import { netlifyRedirects, nginxRedirects, type ActueelEntry } from "../toolkit/redirects.ts";
import type { AzView, ComparisonView, PlannerView, SectionIndexView } from "../toolkit/release-tools.ts";
import type { ReleaseComparisonView } from "../toolkit/comparison-view.ts";
import type { ReleaseView } from "../toolkit/release-view.ts";
import { sitemapUrls } from "../toolkit/sitemap.ts";
import type { ModuleView, ReleaseHomeView, ToolkitView } from "../toolkit/toolkit-view.ts";
import { homeView, type HomeView } from "./home-view.ts";
import type { SiteData } from "./site-data.ts";

/** What every view has: the address it is written to and the site settings every page shows. */
export interface Placed {
  /** The output URL (the template's permalink). */
  url: string;
  /** Site-wide settings, assets and search scope. */
  site: SiteData;
}

/** A view with its address and the site settings. */
export type Viewed<T> = T & Placed;

/** The podcast channel as pages that link to it show it. */
export interface ChannelView {
  /** Show title. */
  title: string;
  /** Show description. */
  description: string;
  /** Absolute feed URL. */
  feedUrl: string;
  /** Links that subscribe in podcast apps from the feed address. */
  apps: AppLink[];
  /** The show's pages in podcast directories. */
  listings: { name: string; url: string }[];
}

/** A text file (feed, headers, redirects, chapters) with its complete text. */
export interface TextView {
  /** The output URL. */
  url: string;
  /** The whole file. */
  text: string;
}

/**
 * One list of views per template: each template paginates over its list and shows only what its view holds (no
 * global data), so a view that did not change renders to the same bytes.
 */
export interface SiteViews {
  /** toolkit-page.njk. */
  toolkitPages: Viewed<PageView & { episodes: { title: string; url: string }[] }>[];
  /** trainer-view.njk. */
  trainerPages: Viewed<ModuleView>[];
  /** presentation.njk: a module's presentation mode for the training room. */
  presentations: Viewed<ModuleView>[];
  /** handout.njk: a module's participant handout, or its exercises alone (`exercisesOnly`). */
  handouts: Viewed<PageView & ModuleSheets & { exercisesOnly: boolean }>[];
  /** case-cards.njk. */
  caseCards: Viewed<PageView & ModuleSheets>[];
  /** glossary.njk. */
  glossaries: Viewed<GlossaryView>[];
  /** rekenhulp.njk. */
  rekenhulpen: Viewed<RekenhulpView>[];
  /** startnotitie.njk. */
  startnotities: Viewed<StartnotitieView>[];
  /** since-release.njk: what changed since a release, in whatever release is current. */
  sinceRelease: Viewed<SinceReleaseView>[];
  /** print-edition.njk. */
  printEditions: Viewed<PrintEditionView>[];
  /** summary.njk: a release for college and council on at most four pages. */
  summaries: Viewed<SummaryView>[];
  /** section-index.njk. */
  sectionIndexes: Viewed<SectionIndexView>[];
  /** release-home.njk. */
  releaseHomes: Viewed<ReleaseHomeView>[];
  /** planner.njk. */
  planners: Viewed<PlannerView>[];
  /** compare.njk. */
  comparisons: Viewed<ComparisonView>[];
  /** a-z.njk. */
  azLists: Viewed<AzView>[];
  /** release-comparison.njk. */
  releaseComparisons: Viewed<ReleaseComparisonView>[];
  /** moved.njk: fallback pages at addresses that moved. */
  moved: Viewed<{ move: MovedPage }>[];
  /** actueel.njk. */
  actueel: Viewed<{ entry: ActueelEntry; current: ReleaseView }>[];
  /** episode.njk. */
  episodes: Viewed<EpisodeView & { channel: ChannelView }>[];
  /** site-page.njk: statement pages such as privacy and colofon. */
  statementPages: Viewed<{ page: SitePage }>[];
  /** home.njk. */
  home: Viewed<HomeView>[];
  /** offline.njk: what readers see offline at an address they did not save. */
  offline: Viewed<{ current: ReleaseView | undefined }>[];
  /** not-found.njk. */
  notFound: Viewed<{ current: ReleaseView | undefined }>[];
  /** podcast-index.njk. */
  podcastIndex: Viewed<{ channel: ChannelView; seasons: SeasonView[] }>[];
  /** search.njk. */
  search: Viewed<{ current: ReleaseView | undefined; help: SearchHelp[] }>[];
  /** toolkit-index.njk. */
  toolkitIndex: Viewed<{ releases: ReleaseView[]; current: ReleaseView | undefined }>[];
  /** changes.njk: the feed's releases and corrections for readers, newest first, with the feed's address (relative and in full). */
  changesPage: Viewed<{ entries: ChangeEntry[]; feedUrl: string; feedAddress: string }>[];
  /** robots.njk. */
  robots: Viewed<object>[];
  /** sitemap.njk. */
  sitemap: Viewed<{ paths: string[] }>[];
  /** text.njk: feed, chapters, host headers and redirects. */
  texts: TextView[];
}

/** Everything the site views are made from. */
export interface ViewSources {
  /** Site settings as pages show them. */
  site: SiteData;
  /** The toolkit view. */
  toolkit: ToolkitView;
  /** The podcast view. */
  podcast: PodcastView;
  /** Site pages from content/pages/. */
  sitePages: readonly SitePage[];
  /** Addresses editors declared moved (content/redirects.yaml). */
  redirects: readonly RedirectData[];
}

/** Splits the derived views into one view per output file, grouped by template; pure. */
export function siteViews({ site, toolkit, podcast, sitePages, redirects }: ViewSources, memo: DeriveMemo = DERIVE_ONCE): SiteViews {
  const place = <T extends object>(url: string, view: T): Viewed<T> => ({ ...view, url, site });
  // A view the toolkit kept (the same object as last save) placed at the same address with the same settings is kept too.
  const placeKept = <T extends object, E extends object = object>(kind: string, url: string, view: T, extra?: E, extraKey = ""): Viewed<T & E> =>
    memo.keyed(`placed\0${kind}`, view, `${url}\0${memo.idOf(site)}\0${extraKey}`, () => place(url, { ...view, ...extra } as T & E));
  // The placed views of one release are kept as a list while its views, the settings and the podcast are the same objects.
  const perRelease = <V extends { release: { version: string } }, P>(kind: string, views: readonly V[], placeOne: (view: V) => P[]): P[] =>
    [...groupByRelease(views)].flatMap(([version, list]) =>
      memo.keyed(`placed-list\0${kind}`, memo.list(`views\0${kind}\0${version}`, list), `${memo.idOf(site)}:${memo.idOf(podcast)}`, () =>
        list.flatMap(placeOne),
      ),
    );
  const current = toolkit.current;
  const channel: ChannelView = {
    title: podcast.channel.title,
    description: podcast.channel.description,
    feedUrl: podcast.feedUrl,
    apps: podcast.apps,
    listings: podcast.listings,
  };
  const home = sitePages.find((page) => page.slug === "home");
  const views = {
    toolkitPages: perRelease("page", toolkit.pages, (view) => {
      const episodes = podcast.byPage[`${view.page.version}/${view.page.data.id}`] ?? [];
      return [placeKept("page", view.page.url, view, { episodes }, JSON.stringify(episodes))];
    }),
    trainerPages: perRelease("trainer", toolkit.trainerPages, (view) => (view.trainerUrl ? [placeKept("trainer", view.trainerUrl, view)] : [])),
    presentations: perRelease("presentation", toolkit.presentations, (view) =>
      view.presentationUrl ? [placeKept("presentation", view.presentationUrl, view)] : [],
    ),
    handouts: perRelease("handout", toolkit.moduleSheets, (view) => [
      placeKept("handout", view.links.handout, view, { exercisesOnly: false }),
      placeKept("exercises", view.links.exercises, view, { exercisesOnly: true }),
    ]),
    caseCards: perRelease("case-cards", toolkit.moduleSheets, (view) => (view.links.caseCards ? [placeKept("case-cards", view.links.caseCards, view)] : [])),
    glossaries: toolkit.glossaries.map((view) => place(view.url, view)),
    rekenhulpen: toolkit.rekenhulpen.map((view) => place(view.url, view)),
    startnotities: toolkit.startnotities.map((view) => place(view.url, view)),
    sinceRelease: toolkit.sinceRelease.map((view) => place(view.url, view)),
    printEditions: toolkit.printEditions.map((view) => place(view.url, view)),
    summaries: toolkit.summaries.map((view) => place(view.url, view)),
    sectionIndexes: toolkit.sectionIndexes.map((view) => place(view.url, view)),
    releaseHomes: toolkit.releaseHomes.map((view) => place(view.url, view)),
    planners: toolkit.planners.map((view) => place(view.url, view)),
    comparisons: toolkit.comparisons.map((view) => place(view.url, view)),
    azLists: toolkit.azLists.map((view) => place(view.url, view)),
    releaseComparisons: toolkit.releaseComparisons.map((view) => place(view.url, view)),
    actueel: current ? toolkit.actueel.map((entry) => place(entry.from, { entry, current })) : [],
    episodes: podcast.episodes.map((view) => placeKept("episode", view.episode.url, view, { channel }, String(memo.idOf(podcast)))),
    statementPages: sitePages.filter((page) => page !== home).map((page) => place(page.url, { page })),
    home: home ? [place("/", homeView(home, toolkit, podcast))] : [],
    notFound: [place("/404.html", { current })],
    offline: [place(OFFLINE_URL, { current })],
    podcastIndex: [place(PODCAST_URL, { channel, seasons: podcast.seasons })],
    search: [place("/zoeken/", { current, help: searchHelp(toolkit, site.searchReleases) })],
    toolkitIndex: [place("/toolkit/", { releases: toolkit.releases, current })],
    changesPage: [place(CHANGES_PAGE_URL, { entries: toolkit.changes, feedUrl: CHANGES_FEED_URL, feedAddress: `${site.url}${CHANGES_FEED_URL}` })],
    robots: [place("/robots.txt", {})],
    sitemap: [place("/sitemap.xml", { paths: sitemapUrls(toolkit, sitePages) })],
  };
  // A declared move where the site has a page gets no fallback page; the build reports it (src/build/published-urls.ts).
  const taken = new Set(Object.values(views).flatMap((list: readonly Placed[]) => list.map((view) => view.url)));
  const moved = [...toolkit.moved, ...declaredMoves(redirects).filter((move) => !taken.has(move.from))];
  return {
    ...views,
    // A fallback page only where a page was: a file address (audio, transcript) moves by the host's redirect alone.
    moved: moved.filter((move) => move.from.endsWith("/")).map((move) => place(move.from, { move })),
    texts: [
      memo.keyed("feed", podcast, "", () => ({ url: FEED_URL, text: buildFeed(podcast.channel, podcast.feedEpisodes) })),
      { url: CHANGES_FEED_URL, text: changesFeed(toolkit.changes, { siteUrl: site.url, publisher: site.publisher }) },
      { url: SECURITY_TXT_URL, text: securityTxt({ siteUrl: site.url, contactEmail: site.contactEmail, buildDate: site.buildDate }) },
      ...podcast.episodes.map((view) => ({ url: view.chaptersUrl, text: chaptersJson(view.episode.data.title, view.episode.data.chapters) })),
      { url: "/_headers", text: netlifyHeaders() },
      { url: "/_security-headers.nginx.conf", text: nginxSecurityHeaders() },
      { url: "/_redirects", text: netlifyRedirects(toolkit.actueel, moved) },
      { url: "/_actueel.nginx.conf", text: nginxRedirects(toolkit.actueel, moved) },
    ],
  };
}

/** Views grouped by their release, in the order they come. */
function groupByRelease<V extends { release: { version: string } }>(views: readonly V[]): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const view of views) {
    const list = groups.get(view.release.version) ?? [];
    list.push(view);
    groups.set(view.release.version, list);
  }
  return groups;
}
