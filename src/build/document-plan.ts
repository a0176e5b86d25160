import type { Release } from "../content/model.ts";
import {
  printEditionUrl,
  printStyleUrl,
  releasePdfUrl,
  statePdfUrl,
  stateSummaryUrl,
  stateZipUrl,
  summaryPdfUrl,
  summaryStyleUrl,
  summaryUrl,
} from "../content/urls.ts";
import { documentState, type DocumentState } from "../toolkit/document-state.ts";
import type { FreshState, KeptDocuments } from "./kept-documents.ts";
import { keptErrata } from "./kept-errata.ts";
import type { ShownState } from "./release-documents.ts";
import type { PdfJob } from "./release-pdfs.ts";
import { stateStem } from "./state-stem.ts";

/** A state of a published release with the stem of its file names and addresses (see `stateStem`). */
type StemmedState = DocumentState & { stem: string };

/** What a build does for the documents of one release it shows. */
export interface DocumentPlan {
  /** The release. */
  version: string;
  /** Its kept states, oldest first, served as they are. */
  states: ShownState[];
  /** The PDF to make now: a concept's, or that of a published release's state that is not kept yet; null otherwise. */
  job: PdfJob | null;
  /** The state of a published release whose documents are made now because none are kept; null otherwise. */
  fresh: (StemmedState & { zipUrl: string }) | null;
  /** The summary's PDF to make now: a concept's, or that of the current state when it has none kept; null otherwise. */
  summaryJob: PdfJob | null;
  /** The state of a published release whose summary is made now because none is kept; null otherwise. */
  summaryState: StemmedState | null;
}

/** What a build did with the published releases' documents. */
export interface DocumentReport {
  /** Releases whose current state was served from `bewaard/`. */
  kept: string[];
  /** States whose documents were made now because none are kept: what `keepDocuments` then keeps. */
  fresh: FreshState[];
}

/**
 * Plans the documents of each shown release: a concept gets a fresh PDF and summary dated the build date; a published
 * release is served from its kept states, and only when its current state (publication, latest erratum or print
 * design, with the number of errata it includes) has none kept yet are that state's PDF and archive copy made, under
 * the next stem of its day. A state kept before the summary existed gets its summary made once, when it is the current
 * state; earlier states keep what they had. Pure.
 */
export function documentPlans(shown: readonly string[], releases: readonly Release[], kept: KeptDocuments, buildDate: string): DocumentPlan[] {
  return shown.map((version) => {
    const release = releases.find((candidate) => candidate.version === version);
    if (!release || release.status !== "released")
      return {
        version,
        states: [],
        job: { version, url: releasePdfUrl(version), date: buildDate, source: printEditionUrl(version), style: printStyleUrl(version) },
        fresh: null,
        summaryJob: summaryJob(version, summaryPdfUrl(version), buildDate),
        summaryState: null,
      };
    const entries = kept.entries.filter((entry) => entry.version === version);
    const errataDates = release.errata.map((erratum) => erratum.date);
    const bytes = (name: string | undefined): Uint8Array => kept.bytes.get(name ?? "") ?? new Uint8Array();
    const keptStates = [...new Set(entries.map((entry) => entry.stem))].flatMap((stem) => {
      const ofState = entries.filter((entry) => entry.stem === stem);
      const [pdf, zip, summary] = (["pdf", "zip", "samenvatting"] as const).map((kind) => ofState.find((entry) => entry.kind === kind));
      if (!zip) return [];
      const state: StemmedState = { date: zip.date, reason: zip.reason, errata: keptErrata(zip, errataDates), stem };
      const shown: ShownState = {
        date: zip.date,
        reason: zip.reason,
        stem,
        pdf: pdf ? { url: statePdfUrl(version, stem), bytes: bytes(pdf.name) } : null,
        zip: { url: stateZipUrl(version, stem), bytes: bytes(zip.name) },
        summary: summary ? { url: stateSummaryUrl(version, stem), bytes: bytes(summary.name) } : null,
        kept: true,
        summaryKept: summary !== undefined,
      };
      return [{ state, shown }];
    });
    const states = keptStates.map(({ shown }) => shown);
    const current = documentState(release);
    // The kept state that is the current one; a kept state of a later date is served as current as well.
    const match = keptStates.find(({ state }) => state.date > current.date || sameState(state, current));
    const state: StemmedState = match?.state ?? {
      ...current,
      stem: stateStem(current.date, keptStates.filter((kept) => kept.state.date === current.date).length),
    };
    const summary = match?.shown.summaryKept
      ? { summaryJob: null, summaryState: null }
      : { summaryJob: summaryJob(version, stateSummaryUrl(version, state.stem), state.date), summaryState: state };
    if (match) return { version, states, job: null, fresh: null, ...summary };
    return {
      version,
      states,
      job: { version, url: statePdfUrl(version, state.stem), date: state.date, source: printEditionUrl(version), style: printStyleUrl(version) },
      fresh: { ...state, zipUrl: stateZipUrl(version, state.stem) },
      ...summary,
    };
  });
}

/** Whether a kept state is the given state: the same date, reason and number of errata, so its documents show the same text. */
function sameState(kept: DocumentState, state: DocumentState): boolean {
  return kept.date === state.date && kept.reason === state.reason && kept.errata === state.errata;
}

/** The job that makes a release's summary PDF from its summary page. */
function summaryJob(version: string, url: string, date: string): PdfJob {
  return { version, url, date, source: summaryUrl(version), style: summaryStyleUrl(version) };
}
