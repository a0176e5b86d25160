import type { ContentError } from "../content/content-error.ts";
import { REDIRECTS_FILE } from "../content/content-checks.ts";
import { LEDGER_FILE } from "../content/ledger.ts";
import { fileToUrl } from "../content/urls.ts";
import type { RedirectData } from "../content/schemas/redirects.ts";

/**
 * The addresses of a build's output that readers may cite or link: every page and file except the search index's
 * fragments, the fingerprinted assets (their names change with their bytes), host configuration (`/_…`) and the
 * downloads: the PDFs (made only where the build machine has Chromium) and the archive copies, each with its hash file;
 * and the offline kit's lists of files (offline.json), which only its own script reads.
 */
export function publishedUrls(outputFiles: readonly string[]): string[] {
  return outputFiles
    .map(fileToUrl)
    .filter(
      (url) =>
        !url.startsWith("/zoeken/index/") && !url.startsWith("/assets/") && !url.startsWith("/_") && !/(\.(pdf|zip)(\.sha256)?|\/offline\.json)$/.test(url),
    )
    .sort();
}

/** What the ledger and content/redirects.yaml need of a finished build's output. */
export interface AddressCheck {
  /** content/ledger.txt. */
  ledger: readonly string[];
  /** content/redirects.yaml. */
  redirects: readonly RedirectData[];
  /** Every file of the output, relative to the output folder. */
  outputFiles: readonly string[];
  /** The addresses of the fallback pages of moved addresses in the output. */
  fallbackUrls: ReadonlySet<string>;
  /** Every address the host redirects for good (renamed pages and content/redirects.yaml). */
  redirectedUrls: ReadonlySet<string>;
}

/**
 * Every published address must still answer with a page or a redirect; a declared redirect must lead to a page
 * and may not sit where a page is. Returns an error per address that breaks one of these.
 */
export function addressErrors({ ledger, redirects, outputFiles, fallbackUrls, redirectedUrls }: AddressCheck): ContentError[] {
  const files = new Set(outputFiles.map(fileToUrl));
  const answered = new Set([...files, ...redirectedUrls]);
  const errors: ContentError[] = ledger
    .filter((url) => !answered.has(url))
    .map((url) => ({
      file: LEDGER_FILE,
      field: url,
      expected: "een pagina of doorverwijzing op dit adres: het is gepubliceerd, en gepubliceerde adressen blijven werken",
      found: `niets meer. Geef een hernoemde pagina haar oude id in aliases, of zet het adres met het nieuwe adres in ${REDIRECTS_FILE}`,
    }));
  redirects.forEach((redirect, index) => {
    if (files.has(redirect.from) && !fallbackUrls.has(redirect.from)) {
      errors.push({
        file: REDIRECTS_FILE,
        field: `[${index + 1}].from`,
        expected: "een adres waar geen pagina meer staat",
        found: `"${redirect.from}", waar de site een pagina heeft`,
      });
    }
    if (!files.has(redirect.to) || fallbackUrls.has(redirect.to)) {
      errors.push({
        file: REDIRECTS_FILE,
        field: `[${index + 1}].to`,
        expected: "het adres van een pagina van deze site",
        found: `"${redirect.to}", waar geen pagina staat`,
      });
    }
  });
  return errors;
}
