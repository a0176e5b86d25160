import type { ToolkitPage } from "../content/model.ts";
import { azUrl, compareUrl, plannerUrl, presentationUrl, sectionUrl, trainerUrl } from "../content/urls.ts";
import { azIndex, type AzGroup } from "./a-z-index.ts";
import { compareVariants, type VariantComparison } from "./compare-variants.ts";
import { planDays, type DayChoice, type DayPlan, type PlannerModule } from "./plan-day.ts";
import { releaseCrumbs, sectionPages, type Crumb, type ReleaseView, type SectionLink } from "./release-view.ts";
import type { ReleaseRole } from "./releases.ts";
import { sampleDayChoice } from "./sample-day.ts";
import type { SwitchTarget } from "./version-switch.ts";

/** A page the site generates for a whole release (section index, planner, comparison, A–Z). */
export interface ReleaseToolView {
  /** The release. */
  release: ReleaseView;
  /** The page's own URL. */
  url: string;
  /** Links to the same page in every release. */
  switcher: SwitchTarget[];
  /** Breadcrumb trail. */
  breadcrumbs: Crumb[];
}

/** A page as its section index lists it. */
export interface SectionIndexEntry {
  /** Its title. */
  title: string;
  /** Its summary. */
  summary: string;
  /** Its URL. */
  url: string;
  /** For a precondition: "verplicht" or "aanbevolen"; null in other sections. */
  kind: string | null;
}

/** A group of pages on a section index: the mandatory preconditions, the recommended ones, or all pages of a section. */
export interface SectionIndexGroup {
  /** Its heading ("Verplicht", "Aanbevolen"); null when the section is not grouped. */
  title: string | null;
  /** One sentence on what the group means; null when not grouped. */
  description: string | null;
  /** Its pages in reading order. */
  pages: SectionIndexEntry[];
}

/** A section index page of one release. */
export interface SectionIndexView extends ReleaseToolView {
  /** The section. */
  section: SectionLink;
  /** Its pages in reading order. */
  pages: SectionIndexEntry[];
  /** Its pages as the index shows them: preconditions mandatory first, then recommended; other sections in one group. */
  groups: SectionIndexGroup[];
}

/** The groups of preconditions, mandatory first, each with what its kind means (as the schema defines it). */
export const KIND_GROUPS = [
  { kind: "verplicht", title: "Verplicht", description: "Deze randvoorwaarden zijn nodig voor de aanpak." },
  { kind: "aanbevolen", title: "Aanbevolen", description: "Deze randvoorwaarden worden aangeraden." },
] as const;

/** The pages of a section index in groups: by kind for preconditions (empty groups left out), else one group without heading. */
export function sectionIndexGroups(pages: readonly SectionIndexEntry[]): SectionIndexGroup[] {
  if (!pages.some((page) => page.kind !== null)) return [{ title: null, description: null, pages: [...pages] }];
  return KIND_GROUPS.map((group) => ({ title: group.title, description: group.description, pages: pages.filter((page) => page.kind === group.kind) })).filter(
    (group) => group.pages.length > 0,
  );
}

/** A module as the planner offers it, with its length and the pages a trainer opens from the plan. */
export interface PlannerModuleView extends PlannerModule {
  /** Its total minutes, breaks included. */
  minutes: number;
  /** The module page. */
  url: string;
  /** Its trainer view. */
  trainerUrl: string;
  /** Its presentation mode. */
  presentationUrl: string;
}

/** The session planner of a release. */
export interface PlannerView extends ReleaseToolView {
  /** The release's modules with their programmes, in release order. */
  modules: PlannerModuleView[];
  /** The same modules by id, for the links of a planned day. */
  byId: Record<string, PlannerModuleView>;
  /** The worked one-day example shown without JavaScript. */
  choice: DayChoice;
  /** The example laid out on the clock. */
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

/** Visible releases with their roles, highest first. */
type Roles = readonly { version: string; role: ReleaseRole }[];

/** The section index pages of a release. */
export function sectionIndexViews(release: ReleaseView, pages: readonly ToolkitPage[], releases: Roles): SectionIndexView[] {
  return release.sections.map((section) => {
    const entries = sectionPages(pages, release.version, section.slug).map((page) => ({
      title: page.data.title,
      summary: page.data.summary,
      url: page.url,
      kind: page.section === "randvoorwaarden" ? page.data.kind : null,
    }));
    return {
      ...toolView(release, releases, (version) => sectionUrl(version, section.slug), [{ title: section.title, url: section.url }]),
      section,
      pages: entries,
      groups: sectionIndexGroups(entries),
    };
  });
}

/** The session planner of a release, with a worked one-day example for readers without JavaScript. */
export function plannerView(release: ReleaseView, pages: readonly ToolkitPage[], releases: Roles): PlannerView {
  const modules = sectionPages(pages, release.version, "training").flatMap((page) =>
    page.section === "training"
      ? [
          {
            id: page.data.id,
            title: page.data.title,
            programme: page.data.programme.map(({ title, minutes, kind }) => ({ title, minutes, kind })),
            url: page.url,
            trainerUrl: trainerUrl(page.version, page.slug),
            presentationUrl: presentationUrl(page.version, page.slug),
            minutes: page.data.programme.reduce((sum, block) => sum + block.minutes, 0),
          },
        ]
      : [],
  );
  const choice = sampleDayChoice(modules);
  const trail = [
    { title: "Training", url: sectionUrl(release.version, "training") },
    { title: "Sessieplanner", url: plannerUrl(release.version) },
  ];
  const byId = Object.fromEntries(modules.map((module) => [module.id, module]));
  return { ...toolView(release, releases, plannerUrl, trail), modules, byId, choice, plan: planDays(modules, choice) };
}

/** The comparison of every variant of a release against its preconditions. */
export function comparisonView(release: ReleaseView, pages: readonly ToolkitPage[], releases: Roles): ComparisonView {
  const variants = sectionPages(pages, release.version, "varianten").flatMap((page) => (page.section === "varianten" ? [page] : []));
  const preconditions = sectionPages(pages, release.version, "randvoorwaarden").flatMap((page) => (page.section === "randvoorwaarden" ? [page] : []));
  const trail = [
    { title: "Gemeentelijke varianten", url: sectionUrl(release.version, "varianten") },
    { title: "Vergelijken", url: compareUrl(release.version) },
  ];
  return { ...toolView(release, releases, compareUrl, trail), table: compareVariants(variants, preconditions) };
}

/** The A–Z list of every page of a release. */
export function azView(release: ReleaseView, pages: readonly ToolkitPage[], releases: Roles): AzView {
  const entries = release.sections.flatMap((section) =>
    sectionPages(pages, release.version, section.slug).map((page) => ({ title: page.data.title, url: page.url, section: section.title })),
  );
  return { ...toolView(release, releases, azUrl, [{ title: "A–Z", url: azUrl(release.version) }]), groups: azIndex(entries) };
}

/** The parts every release-wide page has: its release, URL, switcher to the same page in other releases, and breadcrumbs. */
export function toolView(release: ReleaseView, releases: Roles, url: (version: string) => string, trail: Crumb[]): ReleaseToolView {
  const switcher = releases.map((other) => ({
    version: other.version,
    role: other.role,
    url: url(other.version),
    exists: true,
    isCurrentPage: other.version === release.version,
  }));
  return { release, url: url(release.version), switcher, breadcrumbs: [...releaseCrumbs(release), ...trail] };
}
