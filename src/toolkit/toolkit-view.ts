import type { SiteContent, ToolkitPage } from "../content/model.ts";
import { pageLineage } from "../content/page-lineage.ts";
import type { BuildMode } from "./build-mode.ts";
import { comparisonPairs } from "./comparison-pairs.ts";
import { DERIVE_ONCE, type DeriveMemo } from "./derive-memo.ts";
import { comparisonViews, pageHistories, type ReleaseComparisonView } from "./comparison-view.ts";
import { erratumViews, type ErratumView } from "./errata-view.ts";
import { glossaryViews, type GlossaryView } from "./glossary-view.ts";
import { moduleBlocks, type ModuleBlockView } from "./module-blocks.ts";
import { moduleSheets, type ModuleSheets } from "./module-sheets.ts";
import { printEditionView, type PrintEditionView } from "./print-edition.ts";
import { rekenhulpViews, type RekenhulpView } from "./rekenhulp-view.ts";
import { sinceReleaseViews, type SinceReleaseView } from "./since-release-view.ts";
import { startnotitieViews, type StartnotitieView } from "./startnotitie/startnotitie-view.ts";
import { summaryViews, type SummaryView } from "./summary-view.ts";
import { buildPageIndex } from "./page-index.ts";
import { releaseChanges, type ReleaseChanges } from "./release-notes.ts";
import { changeEntries, type ChangeEntry } from "./changes-feed.ts";
import { correctionsView, type CorrectionSummary, type CorrectionsView } from "./correction-view.ts";
import { aliasMoves, type MovedPage } from "./moved-pages.ts";
import { pageView, pageViewKey, type PageContext, type PageView } from "./page-view.ts";
import type { DiffStore } from "./release-comparison.ts";
import { actueelEntries, type ActueelEntry } from "./redirects.ts";
import {
  azView,
  comparisonView,
  plannerView,
  sectionIndexViews,
  type AzView,
  type ComparisonView,
  type PlannerView,
  type SectionIndexView,
} from "./release-tools.ts";
import { releaseCrumbs, releaseView, sectionPages, type Crumb, type ReleaseView } from "./release-view.ts";
import { currentRelease, releaseRole, visibleReleases } from "./releases.ts";

/** Related page ids per release: version → page id → ids of related pages in the same release. */
export type RelatedByRelease = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

/** The home page of a release: its notes. */
export interface ReleaseHomeView {
  /** The release. */
  release: ReleaseView;
  /** Its URL. */
  url: string;
  /** Release notes rendered from the body of release.md. */
  notesHtml: string;
  /** Breadcrumb trail. */
  breadcrumbs: Crumb[];
  /** What changed since the release before (null for the first release in this build). */
  changes: ReleaseChanges | null;
  /** Corrections of fact since publication, with the pages they corrected. */
  errata: ErratumView[];
  /** The corrections of the release notes themselves, per erratum, in plain sentences: the section "Correcties". */
  corrections: CorrectionsView;
  /** The line "Gecorrigeerd op … · n correcties" near the top: the latest erratum and how many, linking to the list of errata; null when none. */
  correctionSummary: CorrectionSummary | null;
}

/** A training module's page view with its programme block by block and its sheets: trainer view and presentation mode. */
export type ModuleView = PageView & { blocks: ModuleBlockView[]; blockNotes: boolean; sheetParts: ModuleSheets };

/** The whole toolkit as one build shows it. */
export interface ToolkitView {
  /** Releases in this build, highest first. */
  releases: ReleaseView[];
  /** The current release, if any is released. */
  current: ReleaseView | undefined;
  /** Release home pages, highest version first. */
  releaseHomes: ReleaseHomeView[];
  /** Every toolkit page in this build. */
  pages: PageView[];
  /** Trainer views: the training modules of every release in this build, block by block. */
  trainerPages: ModuleView[];
  /** Presentation modes: the training modules of every release in this build, one block a screen. */
  presentations: ModuleView[];
  /** The printable sheets of every training module in this build. */
  moduleSheets: (PageView & ModuleSheets)[];
  /** Glossaries, one per release that has one. */
  glossaries: GlossaryView[];
  /** Rekenhulpen, one per release, when the site has reference figures. */
  rekenhulpen: RekenhulpView[];
  /** Startnotities, one per release that has a rekenhulp. */
  startnotities: StartnotitieView[];
  /** "Wat is er veranderd sinds release <v>?", one per release: the stable address documents cite. */
  sinceRelease: SinceReleaseView[];
  /** Print editions, one per release. */
  printEditions: PrintEditionView[];
  /** Summaries for college and council, one per release. */
  summaries: SummaryView[];
  /** Every section index in this build. */
  sectionIndexes: SectionIndexView[];
  /** Session planners, one per release. */
  planners: PlannerView[];
  /** Variant comparisons, one per release. */
  comparisons: ComparisonView[];
  /** A–Z lists, one per release. */
  azLists: AzView[];
  /** The actueel addresses (empty when nothing is released). */
  actueel: ActueelEntry[];
  /** Comparisons of two releases each. */
  releaseComparisons: ReleaseComparisonView[];
  /** Addresses of renamed pages under their former names, with where they lead. */
  moved: MovedPage[];
  /** Published releases and their errata, newest first, for the feed of changes. */
  changes: ChangeEntry[];
}

/** Derives everything the toolkit templates show from the content, for one build mode; pure. */
export function buildToolkitView(
  content: SiteContent,
  mode: BuildMode,
  related: RelatedByRelease = new Map(),
  diffs?: DiffStore,
  memo: DeriveMemo = DERIVE_ONCE,
): ToolkitView {
  const included = visibleReleases(content.releases, mode);
  const versions = new Set(included.map((release) => release.version));
  const pages = content.pages.filter((page) => versions.has(page.version));
  const current = currentRelease(included);
  const roles = included.map((release) => ({ version: release.version, role: releaseRole(release, included) }));
  // Renames and addresses read each page's release, id, aliases and address only: an edit of a text keeps them.
  const shape = pages.map((page) => `${page.version} ${page.data.id} ${(page.data.aliases ?? []).join(",")} ${page.url}`).join("\n");
  const { lineage, index } = memo.keyed("page-shape", memo, shape, () => {
    const found = pageLineage(pages);
    return { lineage: found, index: buildPageIndex(pages, found) };
  });
  const pairs = comparisonPairs(roles, content.ledger);
  const releases = included.map((release) =>
    memo.stable(`release\0${release.version}`, releaseView(release, included, pages, current, pairs, content.rekenhulp)),
  );
  const comparisons = comparisonViews(
    pairs,
    releases,
    pages,
    (version) => erratumViews(included.find((release) => release.version === version) ?? { version, errata: [] }, pages),
    lineage,
    diffs,
    memo,
  );
  // The choices are checked against every page on each load, and so a new object each time: kept while they read the same.
  const startnotitieContent = content.startnotitie && memo.stable("startnotitie", content.startnotitie);
  const rekenhulpen = rekenhulpViews(releases, content.rekenhulp, roles).map((view) => memo.stable(`rekenhulp\0${view.release.version}`, view));
  const computed = pageHistories(releases, pages, comparisons, lineage);
  // Kept while every page's history reads the same: an edit rarely changes in which releases a page changed.
  const histories = memo.keyed("histories", memo, JSON.stringify([...computed]), () => computed);
  // The views of one release read its release view, its own pages and the roles of all releases, and nothing else:
  // while those are the same objects, a save elsewhere keeps them.
  const rolesKey = roles.map((role) => `${role.version}:${role.role}`).join(" ");
  const ownPages = new Map(
    releases.map((release) => [
      release.version,
      memo.list(
        `pages\0${release.version}`,
        pages.filter((page) => page.version === release.version),
      ),
    ]),
  );
  const pageViews = releases.flatMap((release) => {
    const ranked = related.get(release.version);
    const ownList = ownPages.get(release.version) ?? [];
    // Besides those, a release's page views read its "Zie ook" ranking, the current release, and the index and histories.
    const releaseKey = `${[release, index, histories, ranked ?? memo].map((value) => memo.idOf(value)).join(":")}:${rolesKey}:${current?.version ?? ""}`;
    return memo.keyed("page-views", ownList, releaseKey, () => {
      const own = release.sections.map((section) => ({ section, pages: sectionPages(ownList, release.version, section.slug) }));
      const byId: PageContext["byId"] = new Map(
        own.flatMap(({ section, pages: list }) => list.map((page) => [page.data.id, { page, sectionTitle: section.title }] as const)),
      );
      const context: PageContext = { releases: roles, index, lineage, currentVersion: current?.version, byId, histories };
      return own.flatMap(({ section, pages: list }) =>
        list.map((page) => {
          const relatedIds = ranked?.get(page.data.id) ?? [];
          const key = `${memo.idOf(release)}:${memo.idOf(section)}\n${pageViewKey(page, relatedIds, context, (value) => memo.idOf(value))}`;
          return memo.keyed("page", page, key, () => pageView(page, release, section, relatedIds, context));
        }),
      );
    });
  });
  const moduleViews = pageViews.flatMap((view) => {
    const { page } = view;
    if (page.section !== "training") return [];
    return [
      memo.keyed("module", view, "", () => {
        const blocks = moduleBlocks(page);
        return { ...view, blocks, blockNotes: blocks.some((block) => block.trainer.length > 0), sheetParts: moduleSheets(page) };
      }),
    ];
  });
  const perRelease = <T extends object>(kind: string, release: ReleaseView, compute: (own: readonly ToolkitPage[]) => T): T => {
    const own = ownPages.get(release.version) ?? [];
    return memo.keyed(kind, own, `${memo.idOf(release)}\0${rolesKey}`, () => compute(own));
  };
  const printEdition = (release: ReleaseView, position: number): PrintEditionView => {
    const own = memo.list(
      `page-views\0${release.version}`,
      pageViews.filter((view) => view.release.version === release.version),
    );
    const source = included[position];
    const key = `${memo.idOf(release)}\0${source ? memo.idOf(source) : 0}\0${rolesKey}\0${content.site.url}`;
    return memo.keyed("print-edition", own, key, () => printEditionView(release, source, own, roles, content.site.url));
  };
  const released = pages.filter((page) => included.some((release) => release.version === page.version && release.status === "released"));
  return {
    releases,
    current: releases.find((release) => release.version === current?.version),
    releaseHomes: releases.map((release, position) => ({
      release,
      url: release.url,
      notesHtml: included[position]?.notesHtml ?? "",
      breadcrumbs: releaseCrumbs(release),
      errata: erratumViews(included[position] ?? { version: release.version, errata: [] }, pages),
      corrections: correctionsView(included[position]?.corrections ?? []),
      correctionSummary: errataSummary(included[position]?.errata ?? []),
      changes: releaseChanges(
        included[position] ?? {},
        comparisons.find((view) => view.to.version === release.version && view.from.version === releases[position + 1]?.version),
      ),
    })),
    pages: pageViews,
    trainerPages: moduleViews,
    presentations: moduleViews,
    moduleSheets: pageViews.flatMap((view) => {
      const { page } = view;
      return page.section === "training" ? [memo.keyed("sheets", view, "", () => ({ ...view, ...moduleSheets(page) }))] : [];
    }),
    glossaries: glossaryViews(releases, included, pages),
    rekenhulpen,
    startnotities: startnotitieViews({ releases, included, pages, rekenhulpen, content: startnotitieContent, roles, pairs, siteUrl: content.site.url, memo }),
    sinceRelease: sinceReleaseViews(releases, included, pages, pairs),
    printEditions: releases.map(printEdition),
    summaries: summaryViews(releases, included, pages, rekenhulpen, roles, content.site.url, memo),
    sectionIndexes: releases.flatMap((release) => perRelease("section-indexes", release, (own) => sectionIndexViews(release, own, roles))),
    planners: releases.map((release) => perRelease("planner", release, (own) => plannerView(release, own, roles))),
    comparisons: releases.map((release) => perRelease("comparison", release, (own) => comparisonView(release, own, roles))),
    azLists: releases.map((release) => perRelease("a-z", release, (own) => azView(release, own, roles))),
    actueel: current ? actueelEntries(released, current.version, lineage) : [],
    releaseComparisons: comparisons,
    moved: aliasMoves(pages, lineage),
    changes: changeEntries(
      releases.map((release, position) => ({ ...release, released: included[position]?.released ?? "" })).filter((release) => release.role !== "concept"),
      included.filter((release) => release.status === "released").flatMap((release) => erratumViews(release, pages)),
    ),
  };
}

/** The anchor of the list of errata on a release home. */
const ERRATA_ANCHOR = "#errata";

/** The summary line of a release home: its latest erratum and how many it has; null when it has none. */
function errataSummary(errata: readonly { date: string }[]): CorrectionSummary | null {
  const latestDate = errata
    .map((erratum) => erratum.date)
    .sort()
    .at(-1);
  return latestDate === undefined ? null : { latestDate, count: errata.length, anchor: ERRATA_ANCHOR };
}
