/** Where a page with a given id lives in each release: version → id → URL. */
export type PageIndex = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** Builds the index of page URLs by release and id. */
export function buildPageIndex(pages: readonly { version: string; data: { id: string }; url: string }[]): PageIndex {
  const index = new Map<string, Map<string, string>>();
  for (const page of pages) {
    const byId = index.get(page.version) ?? new Map<string, string>();
    byId.set(page.data.id, page.url);
    index.set(page.version, byId);
  }
  return index;
}
