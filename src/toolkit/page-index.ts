/** Where each page lives in each release: version → lineage key (see pageLineage) → URL. */
export type PageIndex = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** Builds the index of page URLs by release and lineage key, so that a renamed page is found under its old ids too. */
export function buildPageIndex(pages: readonly { version: string; data: { id: string }; url: string }[], lineage: (id: string) => string): PageIndex {
  const index = new Map<string, Map<string, string>>();
  for (const page of pages) {
    const byKey = index.get(page.version) ?? new Map<string, string>();
    byKey.set(lineage(page.data.id), page.url);
    index.set(page.version, byKey);
  }
  return index;
}
