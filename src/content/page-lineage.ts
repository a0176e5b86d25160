import { compareVersions } from "./versions.ts";

/** A page as lineage needs it: its release, id and the former ids it declares. */
interface LineagePage {
  /** Release version. */
  version: string;
  /** Frontmatter: the id and the former ids. */
  data: { id: string; aliases?: readonly string[] | undefined };
}

/**
 * Which ids name the same page across releases: a page is the same page as the pages whose ids it declares in
 * `aliases`. Returns a function from an id to its lineage key, the id the page has in the newest release it is in;
 * an id no alias touches is its own key. Everything that follows a page from release to release (switcher, canonical
 * URL, actueel, history, comparisons) compares lineage keys, never raw ids.
 */
export function pageLineage(pages: readonly LineagePage[]): (id: string) => string {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root)) root = parent.get(root) ?? root;
    return root;
  };
  const newestFirst = [...pages].sort((a, b) => compareVersions(b.version, a.version));
  for (const page of newestFirst) {
    for (const alias of page.data.aliases ?? []) {
      const [from, to] = [find(alias), find(page.data.id)];
      if (from !== to) parent.set(from, to);
    }
  }
  return find;
}
