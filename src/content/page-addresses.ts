import type { ParsedMarkdown } from "./content-file.ts";
import { RESERVED_SLUGS, type SectionSlug } from "./sections.ts";
import { pageUrl } from "./urls.ts";

/** Where a page lives and its id: known even when its other fields are invalid, so links to it do not also fail. */
export interface PageAddress {
  /** The section folder. */
  section: SectionSlug;
  /** The release folder. */
  version: string;
  /** The file name without .md. */
  slug: string;
  /** An id the page answers to in `id:` links. */
  id: string;
}

/** A toolkit page whose frontmatter validated, waiting to be checked against the others and rendered. */
export interface PendingPage {
  /** The section folder. */
  section: SectionSlug;
  /** The release folder. */
  version: string;
  /** The file name without .md. */
  slug: string;
  /** The parsed file. */
  parsed: ParsedMarkdown;
  /** The validated frontmatter. */
  data: { id: string; sources: string[] } & Record<string, unknown>;
}

/**
 * The ids a page answers to. A valid page: its id. A broken page also answers to its file name, the usual id, so that
 * links and deviations pointing at it do not fail too and the editor sees only the real problem.
 */
export function pageAddresses(section: SectionSlug, version: string, slug: string, declared: string | undefined, valid: boolean): PageAddress[] {
  const ids = valid && declared && !RESERVED_SLUGS.has(declared) ? [declared] : [...new Set([declared, slug].filter((id): id is string => id !== undefined))];
  return ids.map((id) => ({ section, version, slug, id }));
}

/** Per release, the URL of every page id. */
export function idUrlsByRelease(addresses: PageAddress[]): Map<string, Map<string, string>> {
  const byRelease = new Map<string, Map<string, string>>();
  for (const page of addresses) {
    const urls = byRelease.get(page.version) ?? new Map<string, string>();
    urls.set(page.id, pageUrl(page.version, page.section, page.slug));
    byRelease.set(page.version, urls);
  }
  return byRelease;
}
