import type { Release, RekenhulpContent, ToolkitPage } from "../content/model.ts";
import { SECTION_INFO, SECTIONS, type SectionSlug } from "../content/sections.ts";
import {
  azUrl,
  compareUrl,
  glossaryUrl,
  printEditionUrl,
  rekenhulpUrl,
  plannerUrl,
  startnotitieUrl,
  releaseComparisonUrl,
  releaseUrl,
  sectionUrl,
  summaryUrl,
  TOOLKIT_URL,
} from "../content/urls.ts";
import type { ReleasePair } from "./comparison-pairs.ts";
import { dutchDate } from "../format/dutch-date.ts";
import { releaseRole, type ReleaseRole } from "./releases.ts";

/** A link in the breadcrumb trail. */
export interface Crumb {
  /** Link text. */
  title: string;
  /** Target URL. */
  url: string;
}

/** A section of one release as navigation shows it. */
export interface SectionLink {
  /** Section slug. */
  slug: SectionSlug;
  /** Dutch name. */
  title: string;
  /** One sentence on the section. */
  description: string;
  /** URL of the section index in this release. */
  url: string;
  /** Number of pages in the section. */
  pageCount: number;
}

/** A release as every page of it shows it: status, date, navigation and the addresses derived from its version. */
export interface ReleaseView {
  /** Version, e.g. "2.0". */
  version: string;
  /** Summary from release.md. */
  summary: string;
  /** Podcast season of the release. */
  podcastSeason: number;
  /** Current, archived or concept. */
  role: ReleaseRole;
  /** Dutch label of the role. */
  roleLabel: string;
  /** The release date in Dutch. */
  releasedLabel: string;
  /** The year of the release date, as citations name it: "release 2.0 (2022)". */
  releasedYear: string;
  /** The release by name and year, true for ever: "release 2.0 (2022)", or "release 3.0 (concept)"; for print, PDFs and archives. */
  lastingLabel: string;
  /** Its publication status, true for ever: "gepubliceerd", or "concept, nog niet gepubliceerd". */
  publicationLabel: string;
  /** URL of the release home. */
  url: string;
  /** URL of the session planner. */
  plannerUrl: string;
  /** URL of the variant comparison. */
  compareUrl: string;
  /** URL of the A–Z list. */
  azUrl: string;
  /** URL of the glossary; null when the release has none. */
  glossaryUrl: string | null;
  /** URL of the print edition: the whole release on one page. */
  printUrl: string;
  /** URL of the summary for college and council: the release on at most four pages. */
  summaryUrl: string;
  /** URL of the rekenhulp; null when the site has no reference figures. */
  rekenhulpUrl: string | null;
  /** URL of the startnotitie; null when the site has no reference figures (it computes with the rekenhulp). */
  startnotitieUrl: string | null;
  /** Ids of the pages that link to the rekenhulp (the preconditions on money, the module on money and rules). */
  rekenhulpPages: string[];
  /** True for a concept release: its pages carry noindex. */
  noindex: boolean;
  /** The five sections. */
  sections: SectionLink[];
  /** The current release, when this one is not it; null otherwise or when nothing is released. */
  current: { version: string; url: string } | null;
  /** Comparisons of this release with others: what changed since the release before, and against the current one. */
  comparisons: { label: string; url: string }[];
}

const ROLE_LABELS: Record<ReleaseRole, string> = { current: "huidige release", archived: "gearchiveerd", concept: "concept, nog niet gepubliceerd" };

/** A release by name and the year of its date, never by its role: a printed page stays true when a newer release comes. */
export function lastingLabel(release: { version: string; released: string; status: "concept" | "released" }): string {
  return `release ${release.version} (${release.status === "released" ? release.released.slice(0, 4) : "concept"})`;
}

/** The pages of one release and section in reading order: by `order`, then by title. */
export function sectionPages<T extends ToolkitPage>(pages: readonly T[], version: string, slug: SectionSlug): T[] {
  return pages.filter((page) => page.version === version && page.section === slug).sort(byReadingOrder);
}

/** The view of one release among the releases this build shows. */
export function releaseView(
  release: Release,
  included: readonly Release[],
  pages: readonly ToolkitPage[],
  current: Release | undefined,
  pairs: readonly ReleasePair[] = [],
  rekenhulp: RekenhulpContent | undefined = undefined,
): ReleaseView {
  const role = releaseRole(release, included);
  const sections = SECTIONS.map((slug) => ({
    slug,
    ...SECTION_INFO[slug],
    url: sectionUrl(release.version, slug),
    pageCount: pages.filter((page) => page.version === release.version && page.section === slug).length,
  }));
  return {
    version: release.version,
    summary: release.summary,
    podcastSeason: release.podcastSeason,
    role,
    roleLabel: ROLE_LABELS[role],
    releasedLabel: dutchDate(release.released),
    releasedYear: release.released.slice(0, 4),
    lastingLabel: lastingLabel(release),
    publicationLabel: release.status === "released" ? "gepubliceerd" : ROLE_LABELS.concept,
    url: releaseUrl(release.version),
    plannerUrl: plannerUrl(release.version),
    compareUrl: compareUrl(release.version),
    azUrl: azUrl(release.version),
    glossaryUrl: release.glossary.length > 0 ? glossaryUrl(release.version) : null,
    printUrl: printEditionUrl(release.version),
    summaryUrl: summaryUrl(release.version),
    rekenhulpUrl: rekenhulp ? rekenhulpUrl(release.version) : null,
    startnotitieUrl: rekenhulp ? startnotitieUrl(release.version) : null,
    rekenhulpPages: rekenhulp?.linkedFrom ?? [],
    noindex: role === "concept",
    sections,
    current: current && current.version !== release.version ? { version: current.version, url: releaseUrl(current.version) } : null,
    comparisons: comparisonLinks(release.version, pairs),
  };
}

/** Links to the comparisons a release takes part in: first what changed since earlier releases, then against newer ones. */
function comparisonLinks(version: string, pairs: readonly ReleasePair[]): { label: string; url: string }[] {
  return [
    ...pairs
      .filter((pair) => pair.to === version)
      .map((pair) => ({ label: `Wat er veranderde sinds release ${pair.from}`, url: releaseComparisonUrl(pair.from, pair.to) })),
    ...pairs
      .filter((pair) => pair.from === version)
      .map((pair) => ({ label: `Wat er anders is in release ${pair.to}`, url: releaseComparisonUrl(pair.from, pair.to) })),
  ];
}

/** The breadcrumb trail down to a release home. */
export function releaseCrumbs(release: Pick<ReleaseView, "version" | "url">): Crumb[] {
  return [
    { title: "Home", url: "/" },
    { title: "Toolkit", url: TOOLKIT_URL },
    { title: `Release ${release.version}`, url: release.url },
  ];
}

/** Dutch alphabetical order; one collator, as `localeCompare` would make one per call. */
const DUTCH = new Intl.Collator("nl");

function byReadingOrder(a: ToolkitPage, b: ToolkitPage): number {
  const orderA = a.data.order ?? Number.MAX_SAFE_INTEGER;
  const orderB = b.data.order ?? Number.MAX_SAFE_INTEGER;
  return orderA - orderB || DUTCH.compare(a.data.title, b.data.title);
}
