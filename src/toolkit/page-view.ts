import type { ToolkitPage } from "../content/model.ts";
import { pageUrl, presentationUrl, releaseUrl, trainerUrl } from "../content/urls.ts";
import { canonicalPath } from "./canonical.ts";
import { CORRECTIONS_ANCHOR, correctionSummary, correctionsView, type CorrectionSummary, type CorrectionsView } from "./correction-view.ts";
import type { PageHistory } from "./comparison-view.ts";
import { draaiboek, type Draaiboek } from "./draaiboek.ts";
import { sheetLinks, type SheetLinks } from "./module-sheets.ts";
import type { PageIndex } from "./page-index.ts";
import { pageFields } from "./shown-fields.ts";
import { releaseCrumbs, type Crumb, type ReleaseView, type SectionLink } from "./release-view.ts";
import type { ReleaseRole } from "./releases.ts";
import { variantFields, type VariantField } from "./variant-fields.ts";
import { switchTargets, type SwitchTarget } from "./version-switch.ts";

/** A link to another page of the same release. */
export interface PageLink {
  /** The page's title. */
  title: string;
  /** Its URL. */
  url: string;
  /** The title of its section. */
  section: string;
}

/** Everything a toolkit page (and a module's trainer view) shows besides the site settings. */
export interface PageView {
  /** The page itself. */
  page: ToolkitPage;
  /** Its release. */
  release: ReleaseView;
  /** Its section. */
  section: SectionLink;
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
  /** For training modules: the URL of the presentation mode; null for other pages. */
  presentationUrl: string | null;
  /** For training modules: the handout, the exercise sheet and the case cards; null for other pages. */
  sheets: SheetLinks | null;
  /** For variants: the structured fields as readers see them; empty for other pages. */
  variantFacts: VariantField[];
  /** "Zie ook": the most related other pages of the same release. */
  related: PageLink[];
  /** The releases this page is in and those in which it changed. */
  history: PageHistory;
  /** Corrections of fact since publication, per erratum, in plain sentences: the section "Correcties" at the end. */
  corrections: CorrectionsView;
  /** The line "Gecorrigeerd op … · n correcties" near the top, linking to that section; null when uncorrected. */
  correctionSummary: CorrectionSummary | null;
}

/** What a page view needs to know about the other pages and releases. */
export interface PageContext {
  /** Visible releases with their roles, highest first. */
  releases: readonly { version: string; role: ReleaseRole }[];
  /** Page URLs by release and lineage key. */
  index: PageIndex;
  /** The lineage key of an id: the same for a page's ids before and after a rename. */
  lineage: (id: string) => string;
  /** The current release's version, if any. */
  currentVersion: string | undefined;
  /** The pages of the same release by id, with their section's title. */
  byId: ReadonlyMap<string, { page: ToolkitPage; sectionTitle: string }>;
  /** Every page's history by lineage key. */
  histories: ReadonlyMap<string, PageHistory>;
}

/** The view of one toolkit page; `relatedIds` are its "Zie ook" pages, best first. */
export function pageView(page: ToolkitPage, release: ReleaseView, section: SectionLink, relatedIds: readonly string[], context: PageContext): PageView {
  const { index, currentVersion, byId } = context;
  const corrections = correctionsView(page.corrections, pageFields(page));
  const key = context.lineage(page.data.id);
  const newer =
    release.role === "archived" && currentVersion !== undefined
      ? { version: currentVersion, url: index.get(currentVersion)?.get(key) ?? null, homeUrl: releaseUrl(currentVersion) }
      : null;
  return {
    page,
    release,
    section,
    canonical: canonicalPath(key, page.url, currentVersion, index),
    switcher: switchTargets(key, page.version, context.releases, index),
    newer,
    breadcrumbs: [
      ...releaseCrumbs(release),
      { title: section.title, url: section.url },
      { title: page.data.title, url: pageUrl(page.version, page.section, page.slug) },
    ],
    deviations: page.section === "varianten" ? page.data.deviations.map((deviation) => resolveDeviation(deviation, release, byId)) : [],
    draaiboek: page.section === "training" ? draaiboek(page.data.programme) : null,
    trainerUrl: page.section === "training" ? trainerUrl(page.version, page.slug) : null,
    presentationUrl: page.section === "training" ? presentationUrl(page.version, page.slug) : null,
    sheets: page.section === "training" ? sheetLinks(page) : null,
    variantFacts: page.section === "varianten" ? variantFields(page.data) : [],
    corrections,
    correctionSummary: correctionSummary(corrections, `#${CORRECTIONS_ANCHOR}`),
    history: context.histories.get(key) ?? { releases: [{ version: page.version, url: page.url }], changedIn: [] },
    related: relatedIds.flatMap((id) => {
      const other = byId.get(id);
      return other ? [{ title: other.page.data.title, url: other.page.url, section: other.sectionTitle }] : [];
    }),
  };
}

/**
 * Everything `pageView` reads besides the page, its release and its section (which a memo compares by identity), as
 * one string: two calls with the same page, release, section and key return the same view. Keep it next to pageView
 * and in step with it.
 */
export function pageViewKey(page: ToolkitPage, relatedIds: readonly string[], context: PageContext, idOf: (value: object) => number): string {
  const key = context.lineage(page.data.id);
  const targets = [...relatedIds, ...(page.section === "varianten" ? page.data.deviations.map((deviation) => deviation.precondition) : [])].map((id) => {
    const found = context.byId.get(id);
    return found ? `${id}=${idOf(found.page)}:${found.sectionTitle}` : `${id}=-`;
  });
  return [
    key,
    context.currentVersion ?? "",
    context.releases.map((release) => `${release.version}:${release.role}:${context.index.get(release.version)?.get(key) ?? ""}`).join(" "),
    JSON.stringify(context.histories.get(key) ?? null),
    relatedIds.join(" "),
    targets.join(" "),
  ].join("\n");
}

function resolveDeviation(
  deviation: { precondition: string; reason: string },
  release: ReleaseView,
  byId: PageContext["byId"],
): { title: string; url: string; reason: string } {
  const found = byId.get(deviation.precondition);
  const target = found?.page.section === "randvoorwaarden" ? found.page : undefined;
  return { title: target?.data.title ?? deviation.precondition, url: target?.url ?? release.url, reason: deviation.reason };
}
