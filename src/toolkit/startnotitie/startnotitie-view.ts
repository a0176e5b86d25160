import { DERIVE_ONCE, type DeriveMemo } from "../derive-memo.ts";
import { sha256 } from "../../files/sha256.ts";
import type { Release, StartnotitieContent, ToolkitPage } from "../../content/model.ts";
import { releaseComparisonUrl, sinceReleaseUrl, startnotitieUrl, emptyStartnotitieUrl, startnotitieDataUrl } from "../../content/urls.ts";
import { compareVersions } from "../../content/versions.ts";
import { dutchNumber } from "../../format/decimal.ts";
import { dutchDate } from "../../format/dutch-date.ts";
import { euro } from "../../format/euro.ts";
import { plainText } from "../../format/plain-text.ts";
import { answerText } from "../answer-sentences.ts";
import { headedPassage } from "../headed-passage.ts";
import type { ReleasePair } from "../comparison-pairs.ts";
import { documentState } from "../document-state.ts";
import { REKEN_FRAMING } from "../rekenhulp-texts.ts";
import type { RekenhulpView } from "../rekenhulp-view.ts";
import { toolView, type ReleaseToolView } from "../release-tools.ts";
import { sectionPages, type ReleaseView } from "../release-view.ts";
import type { ReleaseRole } from "../releases.ts";
import type { ConditionBasis, Quote, StartnotitieBasis } from "./startnotitie-basis.ts";

/** The startnotitie page of one release. */
export interface StartnotitieView extends ReleaseToolView {
  /** What the document is written from: the build's empty documents use it, the page's script fetches it as data. */
  basis: StartnotitieBasis;
  /** The basis as the file the script fetches: its address (named by its hash) and its text. */
  data: { url: string; text: string };
  /** The default monthly amount in words, with its origin, for the form's hint. */
  monthlyHint: string;
  /** Addresses of the empty documents made at build time. */
  empty: { odt: string; docx: string };
}

/** The aanpak pages whose summaries say what Het Bouwdepot is, in this order, where the release has them. */
const ABOUT_PAGES = ["wat-is-het-bouwdepot", "principes"];

/** The aanpak page on research, where the release has one. */
const RESEARCH_PAGE = "wat-het-onderzoek-laat-zien";

/** What the startnotitie views are made from. */
export interface StartnotitieSources {
  /** The releases of this build, as pages show them. */
  releases: readonly ReleaseView[];
  /** The same releases as content (dates and errata). */
  included: readonly Release[];
  /** Every page of this build. */
  pages: readonly ToolkitPage[];
  /** The rekenhulp of each release: the startnotitie computes with the same configuration. */
  rekenhulpen: readonly RekenhulpView[];
  /** The choices per randvoorwaarde. */
  content: StartnotitieContent | undefined;
  /** Every release's role. */
  roles: readonly { version: string; role: ReleaseRole }[];
  /** The comparisons this build publishes. */
  pairs: readonly ReleasePair[];
  /** The site's address, for the full addresses the document cites. */
  siteUrl: string;
  /** What the dev server keeps between saves (see DeriveMemo); production keeps nothing. */
  memo?: DeriveMemo;
}

/** The startnotitie of every release that has a rekenhulp: it needs the rekenhulp's calculation. */
export function startnotitieViews(sources: StartnotitieSources): StartnotitieView[] {
  const memo = sources.memo ?? DERIVE_ONCE;
  // A startnotitie reads its release's own pages, rekenhulp and content, the choices, the roles, the pairs and the address.
  const shared = `${sources.content ? memo.idOf(sources.content) : 0}:${JSON.stringify(sources.roles)}:${JSON.stringify(sources.pairs)}:${sources.siteUrl}`;
  return sources.releases.flatMap((release) => {
    const rekenhulp = sources.rekenhulpen.find((view) => view.release.version === release.version);
    const content = sources.included.find((candidate) => candidate.version === release.version);
    if (!rekenhulp || !content) return [];
    const own = memo.list(
      `pages\0${release.version}`,
      sources.pages.filter((page) => page.version === release.version),
    );
    const key = `${[release, content, rekenhulp].map((value) => memo.idOf(value)).join(":")}:${shared}`;
    // Kept by content too: an edit of a page it does not quote leaves the view, and so its packed documents, as they were.
    const view = memo.keyed("startnotitie", own, key, () => startnotitieView(release, content, rekenhulp, { ...sources, pages: own }));
    return [memo.stable(`startnotitie\0${release.version}`, view)];
  });
}

function startnotitieView(release: ReleaseView, content: Release, rekenhulp: RekenhulpView, sources: StartnotitieSources): StartnotitieView {
  const version = release.version;
  const cited = (page: ToolkitPage): { title: string; url: string } => ({ title: page.data.title, url: page.url });
  const quote = (page: ToolkitPage): Quote[] => {
    const text = answerText(page.data.summary);
    return text ? [{ text, page: cited(page) }] : [];
  };
  const aanpak = sectionPages(sources.pages, version, "aanpak");
  const about = ABOUT_PAGES.flatMap((id) => aanpak.filter((page) => page.data.id === id)).flatMap(quote);
  const researchPage = aanpak.filter((page) => page.data.id === RESEARCH_PAGE);
  const research = researchPage.flatMap(quote);
  const cautions = researchPage.flatMap((page) =>
    headedPassage(page.html, "Let op").flatMap((html) => {
      const text = answerText(plainText(html).replace(/\s+([.,;:!?])/g, "$1"));
      return text ? [{ text, page: cited(page) }] : [];
    }),
  );
  const conditions = sectionPages(sources.pages, version, "randvoorwaarden").flatMap((page) =>
    page.section === "randvoorwaarden" ? [conditionBasis(page, sources.content, cited(page))] : [],
  );
  const municipalities = sectionPages(sources.pages, version, "varianten").flatMap((page) =>
    page.section === "varianten"
      ? [
          {
            page: cited(page),
            row: [
              page.data.municipalities.join(", "),
              page.data.start === null ? "onbekend" : dutchDate(page.data.start),
              page.data.participants === null ? "onbekend" : dutchNumber(page.data.participants),
              page.data.monthlyAmount === null ? "onbekend" : euro(page.data.monthlyAmount),
              page.data.status,
            ],
          },
        ]
      : [],
  );
  const findings = [
    ...rekenhulp.outcomes.map(
      (outcome) =>
        `${outcome.label}: van ${dutchNumber(outcome.before)} % naar ${dutchNumber(outcome.after)} %. ${outcome.context}. Bron: ${sentence(outcome.cited.label)}`,
    ),
    ...rekenhulp.paybacks.map(
      (figure) => `${figure.label}: ${figure.valueText}. ${figure.context}. ${REKEN_FRAMING.expectation} Bron: ${sentence(figure.cited.label)}`,
    ),
  ];
  const state = documentState({ released: content.released, errata: content.errata });
  const comparisons = Object.fromEntries(
    sources.pairs
      .filter((pair) => pair.to === version && compareVersions(pair.from, version) < 0)
      .map((pair) => [pair.from, releaseComparisonUrl(pair.from, pair.to)]),
  );
  const basis: StartnotitieBasis = {
    version,
    lasting: release.lastingLabel,
    date: state.date,
    dateLabel: dutchDate(state.date),
    siteUrl: sources.siteUrl.replace(/\/+$/, ""),
    sinceUrl: sinceReleaseUrl(version),
    rekenhulp: { title: "Rekenhulp: wat kost Het Bouwdepot?", url: rekenhulp.url },
    about,
    conditions,
    research,
    cautions,
    findings,
    municipalities,
    reken: rekenhulp.config,
    costTexts: {
      youthNorm: `De jongerennorm is ${rekenhulp.youthNorm.valueText} (herkomst: ${rekenhulp.youthNorm.originText}). ${rekenhulp.youthNorm.kindText}: geen kosten van de gemeente.`,
      budgetKind: rekenhulp.monthly.kindText,
    },
    comparisons,
  };
  const text = JSON.stringify(basis);
  return {
    ...toolView(release, sources.roles, startnotitieUrl, [{ title: "Startnotitie", url: startnotitieUrl(version) }]),
    basis,
    data: { url: startnotitieDataUrl(version, sha256(text)), text },
    monthlyHint: `Standaard ${rekenhulp.monthly.valueText}. Herkomst: ${rekenhulp.monthly.originText}.`,
    empty: { odt: emptyStartnotitieUrl(version, "odt"), docx: emptyStartnotitieUrl(version, "docx") },
  };
}

function conditionBasis(
  page: ToolkitPage & { section: "randvoorwaarden" },
  content: StartnotitieContent | undefined,
  cited: { title: string; url: string },
): ConditionBasis {
  const options = (content?.conditions[page.data.id] ?? [])
    .filter((option) => compareVersions(option.since, page.version) <= 0)
    .map((option) => ({ id: option.id, label: option.label, help: option.help, sources: option.cited }));
  const summary = answerText(page.data.summary);
  const shown = [page.data.title, page.data.kind, summary, page.data.localChoice, options.map((option) => [option.id, option.label])];
  return {
    id: page.data.id,
    title: page.data.title,
    kind: page.data.kind,
    summary,
    localChoice: page.data.localChoice,
    page: cited,
    fingerprint: sha256(JSON.stringify(shown)).slice(0, 16),
    options,
  };
}

/** A text as the end of a sentence: with one full stop. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
