import { sectionUrl } from "../content/urls.ts";
import type { ToolkitView } from "../toolkit/toolkit-view.ts";
import { searchableTools } from "./searchable-tools.ts";
import { TOOL_SEARCH } from "./tool-search-words.ts";

/** A way in that the search page offers instead of results: a title, what it is, and where. */
export interface HelpLink {
  /** Its title. */
  title: string;
  /** What the reader finds there, in one sentence. */
  description: string;
  /** Its address. */
  url: string;
}

/** What the search page offers for one release when a query finds nothing, or before one is typed. */
export interface SearchHelp {
  /** The release. */
  version: string;
  /** The release's tools, each once (a module's sheets are reached through the training overview), then its A–Z. */
  links: HelpLink[];
}

/** The tools shown one by one; the sheets of every module share one link to the training overview. */
const RELEASE_TOOLS = new Set(["rekenhulp", "startnotitie", "sessieplanner", "varianten", "begrippen", "afdrukken", "samenvatting"]);

/** For each searchable release, newest first: its tools from the search words table, its training sheets, its A–Z. */
export function searchHelp(toolkit: ToolkitView, versions: readonly string[]): SearchHelp[] {
  return versions.flatMap((version) => {
    const release = toolkit.releases.find((candidate) => candidate.version === version);
    if (!release) return [];
    const tools = searchableTools(toolkit, version);
    const links: HelpLink[] = tools
      .filter((tool) => RELEASE_TOOLS.has(tool.kind))
      .map((tool) => ({ title: TOOL_SEARCH[tool.kind].title, description: TOOL_SEARCH[tool.kind].description, url: tool.url }));
    if (tools.some((tool) => !RELEASE_TOOLS.has(tool.kind))) {
      links.push({
        title: "Hand-outs, oefenvellen en casuskaarten",
        description: "Bij elke trainingsmodule: papier voor deelnemers om af te drukken.",
        url: sectionUrl(version, "training"),
      });
    }
    links.push({
      title: `A–Z van release ${version}`,
      description: "Alle pagina's van deze release op alfabet, met de sectie waarin ze staan.",
      url: release.azUrl,
    });
    return [{ version, links }];
  });
}
