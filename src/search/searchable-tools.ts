import type { ToolkitView } from "../toolkit/toolkit-view.ts";
import type { ReleaseTool } from "./tool-records.ts";

/**
 * The tools of one release that readers search for, each at its participant-facing page: the rekenhulp, the startnotitie, the session
 * planner and the variant comparison when the release has something to plan or compare, the glossary when it has
 * terms, the release home's part on printing and keeping (PDF, archive), the summary for college and council, and every training module's hand-out, exercise sheet and case cards. Trainer views are
 * never among them.
 */
export function searchableTools(toolkit: ToolkitView, version: string): ReleaseTool[] {
  const release = toolkit.releases.find((candidate) => candidate.version === version);
  if (!release) return [];
  const modules = toolkit.moduleSheets.filter((view) => view.release.version === version);
  const comparison = toolkit.comparisons.find((view) => view.release.version === version);
  const tools: ReleaseTool[] = [];
  if (release.rekenhulpUrl) tools.push({ kind: "rekenhulp", url: release.rekenhulpUrl, module: null, key: "rekenhulp" });
  if (release.startnotitieUrl) tools.push({ kind: "startnotitie", url: release.startnotitieUrl, module: null, key: "startnotitie" });
  if (modules.length > 0) tools.push({ kind: "sessieplanner", url: release.plannerUrl, module: null, key: "sessieplanner" });
  if (comparison && comparison.table.variants.length > 1) tools.push({ kind: "varianten", url: release.compareUrl, module: null, key: "varianten" });
  if (release.glossaryUrl) tools.push({ kind: "begrippen", url: release.glossaryUrl, module: null, key: "begrippen" });
  tools.push({ kind: "afdrukken", url: `${release.url}#meenemen`, module: null, key: "afdrukken" });
  tools.push({ kind: "samenvatting", url: release.summaryUrl, module: null, key: "samenvatting" });
  for (const view of modules) {
    const module = view.page.data.title;
    const id = view.page.data.id;
    tools.push({ kind: "hand-out", url: view.links.handout, module, key: `hand-out/${id}` });
    tools.push({ kind: "oefenvel", url: view.links.exercises, module, key: `oefenvel/${id}` });
    if (view.links.caseCards) tools.push({ kind: "casuskaarten", url: view.links.caseCards, module, key: `casuskaarten/${id}` });
  }
  return tools;
}
