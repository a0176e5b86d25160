import { TOOL_SEARCH, type ToolKind } from "./tool-search-words.ts";

/** One entry Pagefind indexes without reading a page: a tool, by what it is for. */
export interface SearchRecord {
  /** The participant-facing page the result opens. */
  url: string;
  /** The text that is searched: title, description and search words. */
  content: string;
  /** What a result shows: title, release, section, description; `pagina` merges one tool across releases. */
  meta: Record<string, string>;
  /** Filters, as pages have them: release, section and kind. */
  filters: Record<string, string[]>;
}

/** A tool of one release: its kind, its address, and for a module's sheet the module's title. */
export interface ReleaseTool {
  /** Which tool. */
  kind: ToolKind;
  /** Its page. */
  url: string;
  /** For a hand-out, exercise sheet or case cards: the module's title; else null. */
  module: string | null;
  /** What stays the same across releases: the kind, plus the module's id for its sheets. */
  key: string;
}

/** The section name results show for tools. */
const TOOL_SECTION = "Hulpmiddel";

/** The search record of one tool of a release, from the table of tool search words. */
export function toolRecord(version: string, tool: ReleaseTool): SearchRecord {
  const text = TOOL_SEARCH[tool.kind];
  const fill = (template: string): string => template.replaceAll("{module}", tool.module ?? "");
  const title = fill(text.title);
  const description = fill(text.description);
  return {
    url: tool.url,
    content: `${title}. ${description} ${text.words.join(", ")}.`,
    meta: { title, release: version, sectie: TOOL_SECTION, soort: "hulpmiddel", pagina: `hulpmiddel/${tool.key}`, beschrijving: description },
    filters: { release: [version], sectie: [TOOL_SECTION], soort: ["hulpmiddel"] },
  };
}
