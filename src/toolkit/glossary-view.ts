import type { GlossaryTerm, Release, ToolkitPage } from "../content/model.ts";
import { releaseCrumbs, type Crumb, type ReleaseView } from "./release-view.ts";

/** The glossary page of a release. */
export interface GlossaryView {
  /** The release. */
  release: ReleaseView;
  /** The page's URL. */
  url: string;
  /** Breadcrumb trail, ending with the glossary. */
  breadcrumbs: Crumb[];
  /** The terms, sorted, each with the page that treats it in full (null when none does). */
  terms: (GlossaryTerm & { more: { title: string; url: string } | null })[];
}

/** The glossary page of each release that has one. */
export function glossaryViews(releases: readonly ReleaseView[], included: readonly Release[], pages: readonly ToolkitPage[]): GlossaryView[] {
  return releases.flatMap((release) => {
    const glossary = included.find((candidate) => candidate.version === release.version)?.glossary ?? [];
    const url = release.glossaryUrl;
    const more = (id: string | null): { title: string; url: string } | null => {
      const page = pages.find((candidate) => candidate.version === release.version && candidate.data.id === id);
      return page ? { title: page.data.title, url: page.url } : null;
    };
    const terms = glossary.map((term) => ({ ...term, more: more(term.page) }));
    return url && terms.length > 0 ? [{ release, url, breadcrumbs: [...releaseCrumbs(release), { title: "Begrippen", url }], terms }] : [];
  });
}
