import type { Release, RekenOutcome, ToolkitPage } from "../content/model.ts";
import { DERIVE_ONCE, type DeriveMemo } from "./derive-memo.ts";
import { compareUrl, printEditionUrl, rekenhulpUrl, summaryStyleUrl, summaryUrl } from "../content/urls.ts";
import { answerSentences } from "./answer-sentences.ts";
import { headedPassage } from "./headed-passage.ts";
import { documentState } from "./document-state.ts";
import { printState, type PrintState } from "./print-edition.ts";
import { REKEN_FRAMING } from "./rekenhulp-texts.ts";
import type { RekenhulpView, SetAsideFigure } from "./rekenhulp-view.ts";
import { toolView, KIND_GROUPS, type ReleaseToolView } from "./release-tools.ts";
import { sectionPages, type ReleaseView } from "./release-view.ts";
import type { ReleaseRole } from "./releases.ts";
import { summaryText, summaryTexts, type SummaryTextKey } from "./summary-texts.ts";
import { variantFields } from "./variant-fields.ts";

/** A page a part of the summary comes from. */
export interface SummarySource {
  /** Its title. */
  title: string;
  /** Its address on the site. */
  url: string;
}

/** A short text taken from one page: the sentences of its summary that answer the reader. */
export interface SummaryExcerpt {
  /** The sentences, joined. */
  text: string;
  /** The page. */
  source: SummarySource;
}

/** One precondition as the summary lists it: its title and what the municipality decides itself. */
export interface SummaryCondition extends SummarySource {
  /** The page's "Wat de gemeente zelf kiest". */
  localChoice: string;
}

/** The mandatory or the recommended preconditions. */
export interface SummaryConditionGroup {
  /** "Verplicht" or "Aanbevolen". */
  title: string;
  /** What the group means, as the section index says it. */
  description: string;
  /** Its preconditions in reading order. */
  conditions: SummaryCondition[];
}

/** What it costs, as the release's rekenhulp frames it: the bouwbudget beside costs the approach aims to prevent. */
export interface SummaryCosts {
  /** The rekenhulp the part comes from. */
  source: SummarySource;
  /** The default monthly bouwbudget and where it comes from: "Standaard € 1.050 per maand. Herkomst: …". */
  monthly: string;
  /** One young person's bouwbudget for the whole year. */
  yearly: string;
  /** The youth norm and where it comes from. */
  youthNorm: string;
  /** The sentence that puts the sourced costs beside the bouwbudget, each on its own. */
  beside: string;
  /** Costs the approach aims to prevent, each with whose cost it is, its origin and year, and the bouwbudget in its terms. */
  alternatives: { label: string; value: string; whose: string; origin: string; count: string }[];
  /** The rekenhulp's warning that these figures come from other places and years, after "Let op:". */
  warning: string;
  /** Costs no source gives, named, with the warning that they are usually large. */
  missing: string;
  /** Costs from the sources that are not compared, with why not. */
  setAside: SetAsideFigure[];
}

/** What the research shows and does not show. */
export interface SummaryResearch {
  /** Outcomes measured somewhere, as the rekenhulp shows them; empty when the release has none. */
  outcomes: RekenOutcome[];
  /** The rekenhulp's caveat on what was measured; empty without outcomes or paybacks. */
  caveat: string;
  /** Expected payback times, each as the rekenhulp says it. */
  paybacks: string[];
  /** The rekenhulp, when outcomes or paybacks come from it. */
  figures: SummarySource | null;
  /** The research page's marked passages ("Let op"), as rendered HTML; empty when the release has no such page. */
  passages: string[];
  /** The research page; null when the release has none. */
  page: SummarySource | null;
}

/** One variant as the summary's table shows it: the facts its page shows. */
export interface SummaryVariant extends SummarySource {
  /** The municipalities. */
  municipalities: string;
  /** When it started, or "onbekend". */
  start: string;
  /** How many young people, or "onbekend". */
  participants: string;
  /** Its state: gepland, pilot, structureel, afgerond. */
  status: string;
}

/** The summary of a release for college and council: at most four A4 pages, every sentence from the release. */
export interface SummaryView extends ReleaseToolView {
  /** The connecting texts (headings, labels, joining sentences) with the release's values filled in. */
  texts: Record<SummaryTextKey, string>;
  /** The opening sentence. */
  lead: string;
  /** What Het Bouwdepot is and for whom: page summaries. */
  about: SummaryExcerpt[];
  /** The preconditions, mandatory first. */
  conditions: SummaryConditionGroup[];
  /** The section index of the preconditions. */
  conditionsSource: SummarySource | null;
  /** What it costs; null when the site has no reference figures. */
  costs: SummaryCosts | null;
  /** What the research shows and does not show. */
  research: SummaryResearch;
  /** The sentence said when the release names no outcomes at all; null when it does. */
  noResearch: string | null;
  /** The variants: which municipalities work with it. */
  variants: SummaryVariant[];
  /** The section index of the variants. */
  variantsSource: SummarySource | null;
  /** Where to read on: the release's addresses, in full. */
  readOn: (SummarySource & { address: string })[];
  /** Every page the summary comes from: the sentence test reads these. */
  sources: SummarySource[];
  /** The state of a published release's documents; null for a concept. */
  state: PrintState | null;
  /** The stylesheet with the running line of its paper pages. */
  styleUrl: string;
}

/** The aanpak pages and precondition whose summaries say what Het Bouwdepot is and for whom, by id (ids stay the same in every release). */
const ABOUT_PAGES = ["wat-is-het-bouwdepot", "principes", "doelgroep"];

/** The page of a release on research, by id. */
const RESEARCH_PAGE = "wat-het-onderzoek-laat-zien";

/** The headings of the research page whose passages say what the research does not show. */
const RESEARCH_PASSAGES = ["Let op"];

/** The summary of each release, from its own pages (errata applied) and its rekenhulp. */
export function summaryViews(
  releases: readonly ReleaseView[],
  included: readonly Release[],
  pages: readonly ToolkitPage[],
  rekenhulpen: readonly RekenhulpView[],
  roles: readonly { version: string; role: ReleaseRole }[],
  siteUrl: string,
  memo: DeriveMemo = DERIVE_ONCE,
): SummaryView[] {
  // A summary reads its release's own pages, content and rekenhulp, the roles and the address, and nothing else.
  const shared = `${JSON.stringify(roles)}:${siteUrl}`;
  return releases.map((release) => {
    const source = included.find((candidate) => candidate.version === release.version);
    const own = memo.list(
      `pages\0${release.version}`,
      pages.filter((page) => page.version === release.version),
    );
    const rekenhulp = rekenhulpen.find((view) => view.release.version === release.version);
    const key = `${[release, source ?? memo, rekenhulp ?? memo].map((value) => memo.idOf(value)).join(":")}:${shared}`;
    return memo.keyed("summary", own, key, () => summaryView(release, source, own, rekenhulp, roles, siteUrl));
  });
}

/** The summary of one release; pure. */
function summaryView(
  release: ReleaseView,
  source: Pick<Release, "status" | "released" | "errata"> | undefined,
  pages: readonly ToolkitPage[],
  rekenhulp: RekenhulpView | undefined,
  roles: readonly { version: string; role: ReleaseRole }[],
  siteUrl: string,
): SummaryView {
  const version = release.version;
  const link = (page: ToolkitPage): SummarySource => ({ title: page.data.title, url: page.url });
  const byId = (id: string): ToolkitPage | undefined => pages.find((page) => page.data.id === id);
  const about = ABOUT_PAGES.flatMap((id) => {
    const page = byId(id);
    const text = page ? answerSentences(page.data.summary).join(" ") : "";
    return page && text !== "" ? [{ text, source: link(page) }] : [];
  });
  const preconditions = sectionPages(pages, version, "randvoorwaarden").flatMap((page) => (page.section === "randvoorwaarden" ? [page] : []));
  const conditions = KIND_GROUPS.map((group) => ({
    title: group.title,
    description: group.description,
    conditions: preconditions.filter((page) => page.data.kind === group.kind).map((page) => ({ ...link(page), localChoice: page.data.localChoice })),
  })).filter((group) => group.conditions.length > 0);
  const variants = sectionPages(pages, version, "varianten").flatMap((page) => {
    if (page.section !== "varianten") return [];
    const fields = new Map(variantFields(page.data).map((field) => [field.label, field.value]));
    return [
      {
        ...link(page),
        municipalities: fields.get("Gemeenten") ?? "",
        start: fields.get("Start") ?? "",
        participants: fields.get("Aantal jongeren") ?? "",
        status: fields.get("Stand van zaken") ?? "",
      },
    ];
  });
  const section = (slug: "randvoorwaarden" | "varianten"): SummarySource | null => {
    const found = release.sections.find((candidate) => candidate.slug === slug);
    return found && found.pageCount > 0 ? { title: found.title, url: found.url } : null;
  };
  const researchPage = byId(RESEARCH_PAGE);
  const research = summaryResearch(rekenhulp, researchPage && { source: link(researchPage), html: researchPage.html });
  const costs = rekenhulp ? summaryCosts(rekenhulp) : null;
  const readOn: SummarySource[] = [
    { title: summaryText("releaseHome", { version }), url: release.url },
    ...release.sections.filter((candidate) => candidate.pageCount > 0).map((candidate) => ({ title: candidate.title, url: candidate.url })),
    ...(rekenhulp ? [{ title: summaryText("rekenhulp"), url: rekenhulpUrl(version) }] : []),
    ...(researchPage ? [link(researchPage)] : []),
    ...(variants.length > 1 ? [{ title: summaryText("compare"), url: compareUrl(version) }] : []),
    { title: summaryText("printEdition"), url: printEditionUrl(version) },
  ];
  const sources = [
    ...about.map((excerpt) => excerpt.source),
    ...conditions.flatMap((group) => group.conditions.map(({ title, url }) => ({ title, url }))),
    ...(costs ? [costs.source] : []),
    ...(research.figures ? [research.figures] : []),
    ...(research.page ? [research.page] : []),
    ...variants.map(({ title, url }) => ({ title, url })),
  ];
  return {
    ...toolView(release, roles, summaryUrl, [{ title: summaryText("title"), url: summaryUrl(version) }]),
    texts: summaryTexts({ version }),
    lead: summaryText("lead", { version }),
    about,
    conditions,
    conditionsSource: section("randvoorwaarden"),
    costs,
    research,
    noResearch: research.outcomes.length === 0 && research.passages.length === 0 ? summaryText("noResearch", { version }) : null,
    variants,
    variantsSource: section("varianten"),
    readOn: readOn.map((entry) => ({ ...entry, address: `${siteUrl}${entry.url}` })),
    sources: sources.filter((entry, index) => sources.findIndex((other) => other.url === entry.url) === index),
    state: source && source.status === "released" ? printState(documentState(source)) : null,
    styleUrl: summaryStyleUrl(version),
  };
}

/** The costs as the rekenhulp shows them for its defaults: its own sentences and rows, never a saving. */
function summaryCosts(view: RekenhulpView): SummaryCosts {
  const out = view.texts.out;
  return {
    source: { title: summaryText("rekenhulp"), url: view.url },
    monthly: `Standaard ${view.monthly.valueText}. Herkomst: ${view.monthly.originText}.`,
    yearly: out.budgetPerYoungPerson ?? "",
    youthNorm: `De jongerennorm is ${view.youthNorm.valueText}. Herkomst: ${view.youthNorm.originText}.`,
    beside: REKEN_FRAMING.beside,
    alternatives: view.alternatives.map((figure) => ({
      label: figure.label,
      value: figure.unit === "euro per maand" ? `${figure.valueText}; ${figure.unitCostText}` : figure.valueText,
      whose: `${figure.kindText}. Leeftijd: ${figure.ageGroup.label}.`,
      origin: figure.originText,
      count: `gelijk aan ${out[`count-${figure.id}`] ?? ""} ${figure.per}`,
    })),
    warning: REKEN_FRAMING.warning,
    missing: out.missing ?? "",
    setAside: view.setAside,
  };
}

/** What was measured and expected (from the rekenhulp) and what the research page warns, in its own words. */
function summaryResearch(rekenhulp: RekenhulpView | undefined, page: { source: SummarySource; html: string } | undefined): SummaryResearch {
  const outcomes = rekenhulp?.outcomes ?? [];
  const paybacks = (rekenhulp?.paybacks ?? []).map((figure) => `${figure.label}: ${figure.valueText}. ${figure.context}. ${REKEN_FRAMING.expectation}`);
  const measured = outcomes.length > 0 || paybacks.length > 0;
  const passages = page ? RESEARCH_PASSAGES.flatMap((heading) => headedPassage(page.html, heading)) : [];
  return {
    outcomes,
    caveat: measured ? REKEN_FRAMING.measured : "",
    paybacks,
    figures: measured && rekenhulp ? { title: summaryText("rekenhulp"), url: rekenhulp.url } : null,
    passages,
    page: page && passages.length > 0 ? page.source : null,
  };
}
