import type { Release, SiteContent, ToolkitPage } from "../content/model.ts";
import { dutchDate } from "../format/dutch-date.ts";
import type { BuildMode } from "./build-mode.ts";
import { canonicalPath } from "./canonical.ts";
import { buildPageIndex } from "./page-index.ts";
import { actueelEntries, type ActueelEntry } from "./redirects.ts";
import { currentRelease, releaseRole, visibleReleases, type ReleaseRole } from "./releases.ts";
import { SECTION_INFO, SECTIONS, type SectionSlug } from "./sections.ts";
import { pageUrl, releaseUrl, sectionUrl, TOOLKIT_URL } from "./urls.ts";
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
  /** For training modules: the programme's total length in minutes; null for other pages. */
  durationMinutes: number | null;
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
}

const ROLE_LABELS: Record<ReleaseRole, string> = { current: "huidige release", archived: "gearchiveerd", concept: "concept, nog niet gepubliceerd" };

/** Derives everything the toolkit templates show from the content, for one build mode. */
export function buildToolkitView(content: SiteContent, mode: BuildMode): ToolkitView {
  const included = visibleReleases(content.releases, mode);
  const versions = new Set(included.map((release) => release.version));
  const pages = content.pages.filter((page) => versions.has(page.version));
  const index = buildPageIndex(pages);
  const current = currentRelease(included);
  const releases = included.map((release) => toReleaseView(release, included, pages));
  const currentView = releases.find((release) => release.version === current?.version);
  const pageViews = releases.flatMap((release) => release.sections.flatMap((section) => section.pages.map((page) => toPageView(page, release, section, releases, index, current?.version))));
  const sectionIndexes = releases.flatMap((release) =>
    release.sections.map((section) => ({
      release,
      section,
      switcher: releases.map((other) => ({ version: other.version, role: other.role, url: sectionUrl(other.version, section.slug), exists: true, isCurrentPage: other.version === release.version })),
      breadcrumbs: [...releaseCrumbs(release), { title: section.title, url: section.url }],
    })),
  );
  const released = pages.filter((page) => included.some((release) => release.version === page.version && release.status === "released"));
  return { releases, current: currentView, pages: pageViews, sectionIndexes, actueel: current ? actueelEntries(released, current.version) : [] };
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
  releases: readonly ReleaseView[],
  index: ReturnType<typeof buildPageIndex>,
  currentVersion: string | undefined,
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
    deviations: page.section === "varianten" ? page.data.deviations.map((deviation) => resolveDeviation(deviation, release)) : [],
    durationMinutes: page.section === "training" ? page.data.programme.reduce((sum, block) => sum + block.minutes, 0) : null,
  };
}

function resolveDeviation(deviation: { precondition: string; reason: string }, release: ReleaseView): { title: string; url: string; reason: string } {
  const target = release.sections.flatMap((section) => section.pages).find((candidate) => candidate.section === "randvoorwaarden" && candidate.data.id === deviation.precondition);
  return { title: target?.data.title ?? deviation.precondition, url: target?.url ?? release.url, reason: deviation.reason };
}

function releaseCrumbs(release: ReleaseView): Crumb[] {
  return [
    { title: "Home", url: "/" },
    { title: "Toolkit", url: TOOLKIT_URL },
    { title: `Release ${release.version}`, url: release.url },
  ];
}
