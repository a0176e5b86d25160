import type { Release, SiteContent, ToolkitPage } from "../content/model.ts";
import { dutchDate } from "../format/dutch-date.ts";
import { SlotMemo } from "../render/slot-memo.ts";
import type { RelatedByRelease } from "../search/related-by-release.ts";
import type { BuildMode } from "./build-mode.ts";
import { azIndex, type AzGroup } from "./a-z-index.ts";
import { canonicalPath } from "./canonical.ts";
import { compareVariants, type VariantComparison } from "./compare-variants.ts";
import { draaiboek, type Draaiboek } from "./draaiboek.ts";
import { buildPageIndex } from "./page-index.ts";
import { actueelEntries, type ActueelEntry } from "./redirects.ts";
import { currentRelease, releaseRole, visibleReleases, type ReleaseRole } from "./releases.ts";
import { SECTION_INFO, SECTIONS, type SectionSlug } from "./sections.ts";
import { planDay, type DayChoice, type DayPlan, type PlannerModule } from "./plan-day.ts";
import { sampleDayChoice } from "./sample-day.ts";
import { azUrl, compareUrl, pageUrl, plannerUrl, releaseUrl, sectionUrl, TOOLKIT_URL, trainerUrl } from "./urls.ts";
import { variantFields, type VariantField } from "./variant-fields.ts";
import { switchTargets, type SwitchTarget } from "./version-switch.ts";

/** A link in the breadcrumb trail. */
export interface Crumb {
  /** Link text. */
  title: string;
  /** Target URL. */
  url: string;
}

/** A section of one release with its pages, for navigation and section indexes. */
export interface SectionView {
  /** Section slug. */
  slug: SectionSlug;
  /** Dutch name. */
  title: string;
  /** One sentence on the section. */
  description: string;
  /** URL of the section index in this release. */
  url: string;
  /** The section's pages in reading order. */
  pages: ToolkitPage[];
}

/** A release as templates show it. */
export interface ReleaseView extends Release {
  /** Current, archived or concept. */
  role: ReleaseRole;
  /** Dutch label of the role. */
  roleLabel: string;
  /** The release date in Dutch. */
  releasedLabel: string;
  /** URL of the release home. */
  url: string;
  /** The five sections with their pages. */
  sections: SectionView[];
}

/** Everything a toolkit page's template needs, computed once per build. */
export interface PageView {
  /** The page itself. */
  page: ToolkitPage;
  /** Its release. */
  release: ReleaseView;
  /** Its section. */
  section: SectionView;
  /** Canonical path: the same page in the current release, else itself. */
  canonical: string;
  /** Version switcher links. */
  switcher: SwitchTarget[];
  /** For archived pages: where the current version is, or null when the page is not in it. */
  newer: { version: string; url: string | null; homeUrl: string } | null;
  /** Breadcrumb trail, ending with the page. */
  breadcrumbs: Crumb[];
  /** For variants: the departures from preconditions, linked to those preconditions. */
  deviations: { title: string; url: string; reason: string }[];
  /** For training modules: the programme on the clock from the default start; null for other pages. */
  draaiboek: Draaiboek | null;
  /** For training modules: the URL of the trainer view; null for other pages. */
  trainerUrl: string | null;
  /** For variants: the structured fields as readers see them; empty for other pages. */
  variantFacts: VariantField[];
  /** "Zie ook": the most related other pages of the same release. */
  related: { title: string; url: string; section: string }[];
}

/** A page the site generates for a whole release (planner, comparison, A–Z). */
export interface ReleaseToolView {
  /** The release. */
  release: ReleaseView;
  /** The page's own URL. */
  url: string;
  /** Links to the same tool in every release. */
  switcher: SwitchTarget[];
  /** Breadcrumb trail. */
  breadcrumbs: Crumb[];
}

/** The session planner of a release. */
export interface PlannerView extends ReleaseToolView {
  /** The release's modules with their programmes. */
  modules: (PlannerModule & { minutes: number; url: string })[];
  /** The sample day shown without JavaScript. */
  choice: DayChoice;
  /** The sample day laid out on the clock. */
  plan: DayPlan;
}

/** The variant comparison of a release. */
export interface ComparisonView extends ReleaseToolView {
  /** The table. */
  table: VariantComparison;
}

/** The A–Z list of a release. */
export interface AzView extends ReleaseToolView {
  /** Pages grouped by first letter. */
  groups: AzGroup[];
}

/** A section index page of one release. */
export interface SectionIndexView {
  /** The release. */
  release: ReleaseView;
  /** The section with its pages. */
  section: SectionView;
  /** Version switcher links to the same section in other releases. */
  switcher: SwitchTarget[];
  /** Breadcrumb trail. */
  breadcrumbs: Crumb[];
}

/** The whole toolkit as one build shows it. */
export interface ToolkitView {
  /** Releases in this build, highest first. */
  releases: ReleaseView[];
  /** The current release, if any is released. */
  current: ReleaseView | undefined;
  /** Every toolkit page in this build. */
  pages: PageView[];
  /** Every section index in this build. */
  sectionIndexes: SectionIndexView[];
  /** The actueel addresses (empty when nothing is released). */
  actueel: ActueelEntry[];
  /** Trainer views: the training modules of every release in this build. */
  trainerPages: PageView[];
  /** Session planners, one per release. */
  planners: PlannerView[];
  /** Variant comparisons, one per release. */
  comparisons: ComparisonView[];
  /** A–Z lists, one per release. */
  azLists: AzView[];
}

const ROLE_LABELS: Record<ReleaseRole, string> = { current: "huidige release", archived: "gearchiveerd", concept: "concept, nog niet gepubliceerd" };

/** The views of one release, reusable as a whole while their inputs stay the same. */
interface ReleaseViews {
  release: ReleaseView;
  pages: PageView[];
  sectionIndexes: SectionIndexView[];
  planner: PlannerView;
  comparison: ComparisonView;
  az: AzView;
}

/**
 * Derives everything the toolkit templates show from the content, for one build mode. With the dev server's `memo`,
 * a release whose pages, related pages and place among the releases did not change keeps its view objects.
 */
export function buildToolkitView(content: SiteContent, mode: BuildMode, related: RelatedByRelease = new Map(), memo = new SlotMemo()): ToolkitView {
  const included = visibleReleases(content.releases, mode);
  const versions = new Set(included.map((release) => release.version));
  const pages = content.pages.filter((page) => versions.has(page.version));
  const index = buildPageIndex(pages);
  const current = currentRelease(included);
  const roles = included.map((release) => ({ version: release.version, role: releaseRole(release, included) }));
  const shared = JSON.stringify([mode, current?.version, roles, [...index].map(([version, urls]) => [version, [...urls]])]);
  const byRelease = included.map((release) => {
    const own = pages.filter((page) => page.version === release.version);
    const ranked = related.get(release.version);
    const key = `${shared}\0${memo.ids.idOf(release)}\0${own.map((page) => memo.ids.idOf(page)).join(",")}\0${JSON.stringify(ranked ? [...ranked] : [])}`;
    return memo.get(`release ${release.version}`, key, () => releaseViews(toReleaseView(release, included, own), roles, index, current?.version, ranked));
  });
  const releases = byRelease.map((views) => views.release);
  const pageViews = byRelease.flatMap((views) => views.pages);
  const released = pages.filter((page) => included.some((release) => release.version === page.version && release.status === "released"));
  return {
    releases,
    current: releases.find((release) => release.version === current?.version),
    pages: pageViews,
    sectionIndexes: byRelease.flatMap((views) => views.sectionIndexes),
    actueel: current ? memo.get("actueel", `${current.version}\0${released.map((page) => memo.ids.idOf(page)).join(",")}`, () => actueelEntries(released, current.version)) : [],
    trainerPages: pageViews.filter((view) => view.page.section === "training"),
    planners: byRelease.map((views) => views.planner),
    comparisons: byRelease.map((views) => views.comparison),
    azLists: byRelease.map((views) => views.az),
  };
}

function releaseViews(
  release: ReleaseView,
  releases: readonly { version: string; role: ReleaseRole }[],
  index: ReturnType<typeof buildPageIndex>,
  currentVersion: string | undefined,
  ranked: ReadonlyMap<string, string[]> | undefined,
): ReleaseViews {
  const byId: PagesById = new Map(release.sections.flatMap((section) => section.pages.map((page) => [page.data.id, { page, sectionTitle: section.title }] as const)));
  return {
    release,
    pages: release.sections.flatMap((section) => section.pages.map((page) => toPageView(page, release, section, releases, index, currentVersion, ranked?.get(page.data.id) ?? [], byId))),
    sectionIndexes: release.sections.map((section) => ({
      release,
      section,
      switcher: sameToolSwitcher(releases, release, (version) => sectionUrl(version, section.slug)),
      breadcrumbs: [...releaseCrumbs(release), { title: section.title, url: section.url }],
    })),
    planner: plannerView(release, releases),
    comparison: comparisonView(release, releases),
    az: azView(release, releases),
  };
}

function sameToolSwitcher(releases: readonly { version: string; role: ReleaseRole }[], release: ReleaseView, url: (version: string) => string): SwitchTarget[] {
  return releases.map((other) => ({ version: other.version, role: other.role, url: url(other.version), exists: true, isCurrentPage: other.version === release.version }));
}

function toolView(release: ReleaseView, releases: readonly { version: string; role: ReleaseRole }[], url: (version: string) => string, trail: Crumb[]): ReleaseToolView {
  return { release, url: url(release.version), switcher: sameToolSwitcher(releases, release, url), breadcrumbs: [...releaseCrumbs(release), ...trail] };
}

function sectionPages(release: ReleaseView, slug: SectionSlug): ToolkitPage[] {
  return release.sections.find((section) => section.slug === slug)?.pages ?? [];
}

function plannerView(release: ReleaseView, releases: readonly { version: string; role: ReleaseRole }[]): PlannerView {
  const modules = sectionPages(release, "training").flatMap((page) =>
    page.section === "training"
      ? [{ id: page.data.id, title: page.data.title, programme: page.data.programme, url: page.url, minutes: page.data.programme.reduce((sum, block) => sum + block.minutes, 0) }]
      : [],
  );
  const choice = sampleDayChoice(modules);
  const trail = [{ title: "Training", url: sectionUrl(release.version, "training") }, { title: "Sessieplanner", url: plannerUrl(release.version) }];
  return { ...toolView(release, releases, plannerUrl, trail), modules, choice, plan: planDay(modules, choice) };
}

function comparisonView(release: ReleaseView, releases: readonly { version: string; role: ReleaseRole }[]): ComparisonView {
  const variants = sectionPages(release, "varianten").flatMap((page) => (page.section === "varianten" ? [page] : []));
  const preconditions = sectionPages(release, "randvoorwaarden").flatMap((page) => (page.section === "randvoorwaarden" ? [page] : []));
  const trail = [{ title: "Gemeentelijke varianten", url: sectionUrl(release.version, "varianten") }, { title: "Vergelijken", url: compareUrl(release.version) }];
  return { ...toolView(release, releases, compareUrl, trail), table: compareVariants(variants, preconditions) };
}

function azView(release: ReleaseView, releases: readonly { version: string; role: ReleaseRole }[]): AzView {
  const entries = release.sections.flatMap((section) => section.pages.map((page) => ({ title: page.data.title, url: page.url, section: section.title })));
  return { ...toolView(release, releases, azUrl, [{ title: "A–Z", url: azUrl(release.version) }]), groups: azIndex(entries) };
}

function toReleaseView(release: Release, all: readonly Release[], pages: readonly ToolkitPage[]): ReleaseView {
  const role = releaseRole(release, all);
  const sections = SECTIONS.map((slug) => ({
    slug,
    ...SECTION_INFO[slug],
    url: sectionUrl(release.version, slug),
    pages: pages.filter((page) => page.version === release.version && page.section === slug).sort(byReadingOrder),
  }));
  return { ...release, role, roleLabel: ROLE_LABELS[role], releasedLabel: dutchDate(release.released), url: releaseUrl(release.version), sections };
}

function byReadingOrder(a: ToolkitPage, b: ToolkitPage): number {
  const orderA = a.data.order ?? Number.MAX_SAFE_INTEGER;
  const orderB = b.data.order ?? Number.MAX_SAFE_INTEGER;
  return orderA - orderB || a.data.title.localeCompare(b.data.title, "nl");
}

function toPageView(
  page: ToolkitPage,
  release: ReleaseView,
  section: SectionView,
  releases: readonly { version: string; role: ReleaseRole }[],
  index: ReturnType<typeof buildPageIndex>,
  currentVersion: string | undefined,
  relatedIds: readonly string[],
  byId: PagesById,
): PageView {
  const newer =
    release.role === "archived" && currentVersion !== undefined
      ? { version: currentVersion, url: index.get(currentVersion)?.get(page.data.id) ?? null, homeUrl: releaseUrl(currentVersion) }
      : null;
  return {
    page,
    release,
    section,
    canonical: canonicalPath(page.data.id, page.url, currentVersion, index),
    switcher: switchTargets(page.data.id, page.version, releases, index),
    newer,
    breadcrumbs: [...releaseCrumbs(release), { title: section.title, url: section.url }, { title: page.data.title, url: pageUrl(page.version, page.section, page.slug) }],
    deviations: page.section === "varianten" ? page.data.deviations.map((deviation) => resolveDeviation(deviation, release, byId)) : [],
    draaiboek: page.section === "training" ? draaiboek(page.data.programme) : null,
    trainerUrl: page.section === "training" ? trainerUrl(page.version, page.slug) : null,
    variantFacts: page.section === "varianten" ? variantFields(page.data) : [],
    related: relatedIds.flatMap((id) => {
      const other = byId.get(id);
      return other ? [{ title: other.page.data.title, url: other.page.url, section: other.sectionTitle }] : [];
    }),
  };
}

function resolveDeviation(deviation: { precondition: string; reason: string }, release: ReleaseView, byId: PagesById): { title: string; url: string; reason: string } {
  const found = byId.get(deviation.precondition);
  const target = found?.page.section === "randvoorwaarden" ? found.page : undefined;
  return { title: target?.data.title ?? deviation.precondition, url: target?.url ?? release.url, reason: deviation.reason };
}

/** The pages of one release by id, with the title of their section. */
type PagesById = ReadonlyMap<string, { page: ToolkitPage; sectionTitle: string }>;

function releaseCrumbs(release: ReleaseView): Crumb[] {
  return [
    { title: "Home", url: "/" },
    { title: "Toolkit", url: TOOLKIT_URL },
    { title: `Release ${release.version}`, url: release.url },
  ];
}
