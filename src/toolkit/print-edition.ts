import { distinctSources } from "../content/cite-source.ts";
import type { CitedSource, GlossaryTerm, Release } from "../content/model.ts";
import { glossaryUrl, printEditionUrl, printStyleUrl } from "../content/urls.ts";
import { dutchDate } from "../format/dutch-date.ts";
import type { CorrectionSummary, CorrectionsView } from "./correction-view.ts";
import { documentState, type DocumentState } from "./document-state.ts";
import { pageFacts, type PageFact } from "./page-facts.ts";
import type { PageView } from "./page-view.ts";
import { printHtml } from "./print-html.ts";
import { toolView, type ReleaseToolView } from "./release-tools.ts";
import type { ReleaseView } from "./release-view.ts";
import type { ReleaseRole } from "./releases.ts";

/** One page of the release as the print edition holds it. */
export interface PrintChapter {
  /** Its anchor: the page's id. */
  id: string;
  /** Its title. */
  title: string;
  /** Its summary. */
  summary: string;
  /** Its permanent URL, in full. */
  url: string;
  /** The facts its page shows, title and summary left out. */
  facts: PageFact[];
  /** Its body for readers (a module in participant view), links and ids rewritten for one document. */
  html: string;
  /** Its sources. */
  sources: CitedSource[];
  /** Its corrections of fact since publication, told after its text. */
  corrections: CorrectionsView;
  /** The id of the place in the closing chapter "Correcties" where its corrections are told. */
  correctionsId: string;
  /** The line "Gecorrigeerd op …" under its title, linking to its corrections; null when uncorrected. */
  correctionSummary: CorrectionSummary | null;
}

/** The state a published release's print edition shows on its title page and in its running line. */
export interface PrintState extends DocumentState {
  /** Its date in Dutch: "7 december 2026". */
  dateLabel: string;
  /** What made it, as a phrase: "bij de publicatie", "na de correctie van 29 november 2026", "nieuwe opmaak". */
  reasonLabel: string;
}

/** A section of the release in the print edition. */
export interface PrintSection {
  /** Its anchor. */
  id: string;
  /** Its title. */
  title: string;
  /** Its pages in reading order. */
  chapters: PrintChapter[];
}

/** The print edition of a release. */
export interface PrintEditionView extends ReleaseToolView {
  /** The sections with their pages. */
  sections: PrintSection[];
  /** The glossary, its explanations rewritten like the pages; empty when the release has none. */
  glossary: (GlossaryTerm & { anchor: string })[];
  /** Every source cited in the release, once each, in order of first citation. */
  sources: CitedSource[];
  /** The pages corrected since publication, in reading order: the closing chapter "Correcties" tells their corrections. */
  corrected: PrintChapter[];
  /** The number of errata of the release. */
  errataCount: number;
  /** The state of a published release's documents; null for a concept, whose PDF is made afresh. */
  state: PrintState | null;
  /** The stylesheet with the running release line of its paper pages. */
  styleUrl: string;
}

/** The anchor of a glossary term in the print edition. */
function termAnchor(id: string): string {
  return `begrip--${id}`;
}

/** The anchor of a chapter's corrections in the print edition: a prefix, as ids inside a chapter end in `--<slug>`. */
function correctionsAnchor(id: string): string {
  return `correcties-${id}`;
}

/**
 * The print edition of a release: every page in section order, on one page, for paper and the PDF. `source` is the
 * release as loaded, `own` the views of its pages.
 */
export function printEditionView(
  release: ReleaseView,
  source: Release | undefined,
  own: readonly PageView[],
  roles: readonly { version: string; role: ReleaseRole }[],
  siteUrl: string,
): PrintEditionView {
  const glossary = source?.glossary ?? [];
  const byUrl = new Map([
    ...own.map((view) => [view.page.url, view.page.data.id] as const),
    ...glossary.map((term) => [`${glossaryUrl(release.version)}#${term.id}`, termAnchor(term.id)] as const),
  ]);
  const anchors = { byUrl, siteUrl };
  const titleOf = (id: string): string | undefined => own.find((view) => view.page.data.id === id)?.page.data.title;
  const sections = release.sections.map((section) => ({
    id: `sectie-${section.slug}`,
    title: section.title,
    chapters: own
      .filter((view) => view.section.slug === section.slug)
      .map((view) => ({
        id: view.page.data.id,
        title: view.page.data.title,
        summary: view.page.data.summary,
        url: `${siteUrl}${view.page.url}`,
        facts: pageFacts(view.page, titleOf).filter((fact) => !["Titel", "Samenvatting", "Bronnen"].includes(fact.label)),
        html: printHtml(view.page.html, view.page.data.id, anchors),
        sources: view.page.sources,
        corrections: view.corrections,
        correctionsId: correctionsAnchor(view.page.data.id),
        correctionSummary: view.correctionSummary && { ...view.correctionSummary, anchor: `#${correctionsAnchor(view.page.data.id)}` },
      })),
  }));
  const cited = own.flatMap((view) => view.page.sources);
  return {
    ...toolView(release, roles, printEditionUrl, [{ title: "Afdrukken", url: printEditionUrl(release.version) }]),
    sections,
    glossary: glossary.map((term) => ({ ...term, anchor: termAnchor(term.id), html: printHtml(term.html, termAnchor(term.id), anchors) })),
    sources: distinctSources(cited),
    corrected: sections.flatMap((section) => section.chapters.filter((chapter) => chapter.corrections.errata.length > 0)),
    errataCount: source?.errata.length ?? 0,
    state: source && source.status === "released" ? printState(documentState(source)) : null,
    styleUrl: printStyleUrl(release.version),
  };
}

/** A state with its Dutch labels. */
export function printState(state: DocumentState): PrintState {
  const reasonLabel =
    state.reason === "correctie" ? `na de correctie van ${dutchDate(state.date)}` : state.reason === "publicatie" ? "bij de publicatie" : "nieuwe opmaak";
  return { ...state, dateLabel: dutchDate(state.date), reasonLabel };
}
