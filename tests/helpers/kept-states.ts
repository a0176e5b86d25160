import { readFile } from "node:fs/promises";
import path from "node:path";
import { KEPT_LIST, parseKeptList, type KeptEntry, type KeptKind } from "../../src/build/kept-list.ts";
import { statePdfUrl, stateSummaryUrl, stateZipUrl, urlToFile } from "../../src/content/urls.ts";

/** The entries of a site's kept list (`bewaard/documenten.txt`); failing on a malformed list. */
export async function keptEntries(root: string): Promise<KeptEntry[]> {
  const errors: Parameters<typeof parseKeptList>[1] = [];
  const entries = parseKeptList(await readFile(path.join(root, KEPT_LIST), "utf8"), errors);
  if (errors.length > 0) throw new Error(JSON.stringify(errors));
  return entries;
}

/** The newest kept document of a release of the given kind. */
export async function newestKept(root: string, version: string, kind: KeptKind): Promise<KeptEntry> {
  const entry = (await keptEntries(root)).filter((candidate) => candidate.version === version && candidate.kind === kind).at(-1);
  if (!entry) throw new Error(`no kept ${kind} of release ${version}`);
  return entry;
}

/** Where the build serves a kept document, relative to the output folder. */
export function servedFile(entry: Pick<KeptEntry, "version" | "stem" | "kind">): string {
  const url = { pdf: statePdfUrl, zip: stateZipUrl, samenvatting: stateSummaryUrl }[entry.kind](entry.version, entry.stem);
  return urlToFile(url);
}
