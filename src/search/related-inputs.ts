import type { ToolkitPage } from "../content/model.ts";
import { plainText } from "../format/plain-text.ts";
import type { RelatedInput } from "./related.ts";

/** What the ranking reads of one release's pages: id, title and plain body text, in id order. */
export function relatedInputs(pages: readonly ToolkitPage[], version: string): RelatedInput[] {
  return pages
    .filter((page) => page.version === version)
    .map((page) => ({ id: page.data.id, title: page.data.title, body: plainText(page.html) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
