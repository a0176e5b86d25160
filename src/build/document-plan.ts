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
import type { ShownState } from "./release-documents.ts";
import type { PdfJob } from "./release-pdfs.ts";

/** What a build does for the documents of one release it shows. */
export interface DocumentPlan {
  /** The release. */
  version: string;
  /** Its kept states, oldest first, served as they are. */
  states: ShownState[];
  /** The PDF to make now: a concept's, or that of a published release's state that is not kept yet; null otherwise. */
  job: PdfJob | null;
  /** The state of a published release whose documents are made now because none are kept; null otherwise. */
  fresh: (DocumentState & { zipUrl: string }) | null;
  /** The summary's PDF to make now: a concept's, or that of the current state when it has none kept; null otherwise. */
  summaryJob: PdfJob | null;
  /** The state of a published release whose summary is made now because none is kept; null otherwise. */
  summaryState: DocumentState | null;
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
 * design) has none kept yet are that state's PDF and archive copy made. A state kept before the summary existed gets
 * its summary made once, when it is the current state; earlier states keep what they had. Pure.
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
    const dates = [...new Set(entries.map((entry) => entry.date))];
    const bytes = (name: string | undefined): Uint8Array => kept.bytes.get(name ?? "") ?? new Uint8Array();
    const states = dates.flatMap((date): ShownState[] => {
      const pdf = entries.find((entry) => entry.date === date && entry.kind === "pdf");
      const zip = entries.find((entry) => entry.date === date && entry.kind === "zip");
      const summary = entries.find((entry) => entry.date === date && entry.kind === "samenvatting");
      if (!zip) return [];
      return [
        {
          date,
          reason: zip.reason,
          pdf: pdf ? { url: statePdfUrl(version, date), bytes: bytes(pdf.name) } : null,
          zip: { url: stateZipUrl(version, date), bytes: bytes(zip.name) },
          summary: summary ? { url: stateSummaryUrl(version, date), bytes: bytes(summary.name) } : null,
          kept: true,
          summaryKept: summary !== undefined,
        },
      ];
    });
    const state = documentState(release);
    const summaryKept = entries.some((entry) => entry.kind === "samenvatting" && entry.date >= state.date);
    const summary = summaryKept
      ? { summaryJob: null, summaryState: null }
      : { summaryJob: summaryJob(version, stateSummaryUrl(version, state.date), state.date), summaryState: state };
    if (dates.some((date) => date >= state.date)) return { version, states, job: null, fresh: null, ...summary };
    return {
      version,
      states,
      job: { version, url: statePdfUrl(version, state.date), date: state.date, source: printEditionUrl(version), style: printStyleUrl(version) },
      fresh: { ...state, zipUrl: stateZipUrl(version, state.date) },
      ...summary,
    };
  });
}

/** The job that makes a release's summary PDF from its summary page. */
function summaryJob(version: string, url: string, date: string): PdfJob {
  return { version, url, date, source: summaryUrl(version), style: summaryStyleUrl(version) };
}
