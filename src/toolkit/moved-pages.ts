import { pageUrl } from "../content/urls.ts";
import { compareVersions } from "../content/versions.ts";
import type { RedirectData } from "../content/schemas/redirects.ts";
import type { SectionSlug } from "../content/sections.ts";

/** An address that moved for good: a permanent redirect, and a fallback page there for hosts without redirects. */
export interface MovedPage {
  /** The old address. */
  from: string;
  /** Where it moved. */
  to: string;
  /** The title of what the old address showed, for the fallback page. */
  title: string;
  /** Why it moved, when an editor said so in content/redirects.yaml. */
  why: string | null;
}

/** A toolkit page as the alias redirects need it. */
interface AliasPage {
  /** Release version. */
  version: string;
  /** Section. */
  section: SectionSlug;
  /** File name without .md. */
  slug: string;
  /** Public URL. */
  url: string;
  /** Frontmatter. */
  data: { id: string; title: string };
}

/**
 * The redirects of renamed pages: in each release with a renamed page, the address the page's former name would have
 * there (its section and slug in an earlier release) leads to the page, unless a page of that release lives there.
 */
export function aliasMoves(pages: readonly AliasPage[], lineage: (id: string) => string): MovedPage[] {
  const taken = new Set(pages.map((page) => page.url));
  const renamedKeys = new Set(pages.flatMap((page) => (lineage(page.data.id) === page.data.id ? [] : [lineage(page.data.id)])));
  const renamed = pages.filter((page) => renamedKeys.has(lineage(page.data.id)));
  const groups = new Map<string, AliasPage[]>();
  for (const page of renamed) groups.set(lineage(page.data.id), [...(groups.get(lineage(page.data.id)) ?? []), page]);
  const moves = new Map<string, MovedPage>();
  for (const page of renamed) {
    for (const former of groups.get(lineage(page.data.id)) ?? []) {
      if (compareVersions(former.version, page.version) >= 0 || former.data.id === page.data.id) continue;
      const from = pageUrl(page.version, former.section, former.slug);
      if (!taken.has(from) && !moves.has(from)) moves.set(from, { from, to: page.url, title: page.data.title, why: null });
    }
  }
  return [...moves.values()].sort((a, b) => (a.from < b.from ? -1 : 1));
}

/** The moves editors declared in content/redirects.yaml. */
export function declaredMoves(redirects: readonly RedirectData[]): MovedPage[] {
  return redirects.map((redirect) => ({ from: redirect.from, to: redirect.to, title: "Verplaatst", why: redirect.why }));
}
