import { OFFLINE_URL, urlToFile } from "../content/urls.ts";

/** What the offline kit saves of one release: read by the release home's button and by the service worker. */
export interface OfflineManifest {
  /** The release. */
  version: string;
  /** Changes whenever any saved file changes (a new erratum, a correction): a saved copy older than this is updated. */
  revision: string;
  /** The bytes to download, told up front. */
  bytes: number;
  /** The addresses to save, folder pages with their trailing slash. */
  urls: string[];
}

/**
 * The files of a release that work offline as one unit: its pages, print edition and summary with the summary's PDF
 * that its summary page links (`summaryPdf`, the newest state's: small, and what a policy officer takes to a meeting;
 * not earlier states' summaries, nor the release's PDF and archive copy, which are downloads of their own), the site's
 * assets, its search bundle with the general one and the search page, and the offline page. Pure.
 */
export function offlineFiles(outputFiles: readonly string[], version: string, summaryPdf: string | null): string[] {
  const summaryFile = summaryPdf === null ? null : urlToFile(summaryPdf);
  const own = (file: string): boolean => file.startsWith(`toolkit/${version}/`) && (!/\.(pdf|zip|sha256|json)$/.test(file) || file === summaryFile);
  const search = (file: string): boolean =>
    file.startsWith(`zoeken/index/${version}/`) || file.startsWith("zoeken/index/algemeen/") || file === "zoeken/index.html";
  return outputFiles.filter((file) => own(file) || file.startsWith("assets/") || search(file) || file === urlToFile(OFFLINE_URL)).sort();
}
