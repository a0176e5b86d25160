import type { Release } from "../content/model.ts";
import type { ReleaseComparisonView } from "./comparison-view.ts";
import type { ComparedPage } from "./release-comparison.ts";

/** One page in a release's list of changes. */
export interface ChangeEntry {
  /** The page's title. */
  title: string;
  /** Its URL: in this release, or in the release before for a page that is gone. */
  url: string;
  /** The title of its section. */
  section: string;
  /** Why it changed, as the editors wrote it in release.md; null when they wrote nothing. */
  why: string | null;
}

/** What changed in a release since the one before it: lists generated from the content, whys from the editors. */
export interface ReleaseChanges {
  /** The release before. */
  since: string;
  /** The full comparison, word by word. */
  comparisonUrl: string;
  /** Pages new in this release. */
  added: ChangeEntry[];
  /** Pages whose facts or text changed. */
  changed: ChangeEntry[];
  /** Pages no longer in this release. */
  removed: ChangeEntry[];
  /** Pages readers see the same as in the release before. */
  unchanged: ChangeEntry[];
}

/** The changes of `release` from the comparison with the release before it; null when there is none (the first). */
export function releaseChanges(release: Pick<Release, "changes">, comparison: ReleaseComparisonView | undefined): ReleaseChanges | null {
  if (!comparison) return null;
  const why = release.changes ?? {};
  const entry = (page: ComparedPage): ChangeEntry => ({
    title: page.title,
    url: page.toUrl ?? page.fromUrl ?? "",
    section: page.sectionTitle,
    why: why[page.id] ?? null,
  });
  const { added, changed, removed, unchanged } = comparison.comparison;
  return {
    since: comparison.from.version,
    comparisonUrl: comparison.url,
    added: added.map(entry),
    changed: changed.map(entry),
    removed: removed.map(entry),
    unchanged: unchanged.map(entry),
  };
}

/** New and changed pages for which the editors wrote no why: `npm run check` warns about them in a concept release. */
export function unexplainedChanges(changes: ReleaseChanges): ChangeEntry[] {
  return [...changes.added, ...changes.changed].filter((entry) => entry.why === null);
}
