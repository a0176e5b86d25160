import type { Release } from "../content/model.ts";
import { releasePdfUrl, statePdfUrl, stateZipUrl } from "../content/urls.ts";
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
}

/** What a build did with the published releases' documents. */
export interface DocumentReport {
  /** Releases whose current state was served from `bewaard/`. */
  kept: string[];
  /** States whose documents were made now because none are kept: what `keepDocuments` then keeps. */
  fresh: FreshState[];
}

/**
 * Plans the documents of each shown release: a concept gets a fresh PDF dated the build date; a published release is
 * served from its kept states, and only when its current state (publication, latest erratum or print design) has none
 * kept yet are that state's PDF and archive copy made. Pure.
 */
export function documentPlans(shown: readonly string[], releases: readonly Release[], kept: KeptDocuments, buildDate: string): DocumentPlan[] {
  return shown.map((version) => {
    const release = releases.find((candidate) => candidate.version === version);
    if (!release || release.status !== "released") return { version, states: [], job: { version, url: releasePdfUrl(version), date: buildDate }, fresh: null };
    const entries = kept.entries.filter((entry) => entry.version === version);
    const dates = [...new Set(entries.map((entry) => entry.date))];
    const states = dates.flatMap((date): ShownState[] => {
      const pdf = entries.find((entry) => entry.date === date && entry.kind === "pdf");
      const zip = entries.find((entry) => entry.date === date && entry.kind === "zip");
      const bytes = (name: string | undefined): Uint8Array => kept.bytes.get(name ?? "") ?? new Uint8Array();
      if (!zip) return [];
      return [
        {
          date,
          reason: zip.reason,
          pdf: pdf ? { url: statePdfUrl(version, date), bytes: bytes(pdf.name) } : null,
          zip: { url: stateZipUrl(version, date), bytes: bytes(zip.name) },
          kept: true,
        },
      ];
    });
    const state = documentState(release);
    if (dates.some((date) => date >= state.date)) return { version, states, job: null, fresh: null };
    return {
      version,
      states,
      job: { version, url: statePdfUrl(version, state.date), date: state.date },
      fresh: { ...state, zipUrl: stateZipUrl(version, state.date) },
    };
  });
}
