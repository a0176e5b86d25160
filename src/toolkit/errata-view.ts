import { RELEASE_NOTES } from "../content/errata.ts";
import { releaseUrl } from "../content/urls.ts";
import type { Release, ToolkitPage } from "../content/model.ts";
import { endSentence } from "../format/sentence-end.ts";
import { sourceLinks, type SourceLink } from "./source-links.ts";

/** A correction of fact as release homes and comparisons list it. */
export interface ErratumView {
  /** The release it corrects. */
  version: string;
  /** The day of the correction, "YYYY-MM-DD". */
  date: string;
  /** Its place among the release's errata, from 1: the anchor "erratum-<n>" on the release home. */
  number: number;
  /** What was wrong and why the new text is right, as whole sentences. */
  why: string;
  /** The sources of the right fact, each once, to name in a sentence. */
  sources: SourceLink[];
  /** The pages it corrected, each once. */
  pages: { title: string; url: string }[];
}

/** The errata of a release, each with the pages it corrected (for a source's citation: the pages that cite it). */
export function erratumViews(release: Pick<Release, "version" | "errata">, pages: readonly ToolkitPage[]): ErratumView[] {
  return release.errata.map((erratum, index) => ({
    version: release.version,
    date: erratum.date,
    number: index + 1,
    why: endSentence(erratum.why),
    sources: sourceLinks(erratum.sources),
    pages: [
      ...new Set(
        erratum.corrections.flatMap((correction) =>
          "page" in correction ? [correction.page] : citing(pages, release.version, correction.source).map((page) => page.data.id),
        ),
      ),
    ].flatMap((id) => {
      if (id === RELEASE_NOTES) return [{ title: `de releasenotities van release ${release.version}`, url: releaseUrl(release.version) }];
      const page = pages.find((candidate) => candidate.version === release.version && candidate.data.id === id);
      return page ? [{ title: page.data.title, url: page.url }] : [];
    }),
  }));
}

/** The pages of a release that cite a source of _data/sources.yaml by its key. */
function citing<T extends { version: string; data: { sources: readonly string[] } }>(pages: readonly T[], version: string, key: string): T[] {
  return pages.filter((page) => page.version === version && page.data.sources.includes(key));
}
