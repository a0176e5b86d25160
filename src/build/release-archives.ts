import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { releaseUrl, statePdfUrl, stateSummaryUrl, stateZipUrl, urlToFile, offlineManifestUrl } from "../content/urls.ts";
import { zipFiles } from "../files/zip-files.ts";
import { checkedFileNames, readCheckedFile, writeCheckedFile } from "./checked-file.ts";
import type { FileHashes } from "./file-hashes.ts";
import { pruneCache } from "./prune-cache.ts";

/** A state of a published release whose archive copy is made now, as none is kept yet. */
export interface ArchivedState {
  /** Its version. */
  version: string;
  /** The state's date, "YYYY-MM-DD": the time of every entry. */
  date: string;
  /** The stem of the state's file names: its date, or its date with "-2", "-3", … for a later state that day. */
  stem: string;
}

/** Files that are compressed already: stored as they are, as deflating them again costs time and saves nothing. */
const COMPRESSED = /\.(pdf|png|jpe?g|webp|gif|mp3|gz|woff2)$/;

/**
 * Writes the archive copy of each state into the finished output: one ZIP of the release's files under
 * /toolkit/<version>/ and the site's assets they use, with the state's own PDF and summary but no other PDF or archive, its
 * entries sorted and dated the state's date, so the same files give the same bytes. The release home and the offline
 * list are left out (they change with later states). A ZIP is reused from `cache.dir` when the names and SHA-256 of
 * its members, the date and the code are unchanged and the cached file still has its recorded hash; the members are
 * then only hashed (through `fileHashes`, which the offline lists share), not read into the ZIP again.
 */
export async function writeReleaseArchives(
  outputDir: string,
  outputFiles: readonly string[],
  states: readonly ArchivedState[],
  fileHashes: FileHashes,
  cache: { dir: string; codeKey: string } | undefined,
): Promise<Map<string, Uint8Array>> {
  const zips = new Map<string, Uint8Array>();
  const used = new Set<string>();
  for (const state of states) {
    const leftOut = new Set([urlToFile(releaseUrl(state.version)), urlToFile(offlineManifestUrl(state.version))]);
    const ownPdfs = new Set([urlToFile(statePdfUrl(state.version, state.stem)), urlToFile(stateSummaryUrl(state.version, state.stem))]);
    const prefix = `toolkit/${state.version}/`;
    const members = outputFiles
      .filter((file) => file.startsWith(prefix) || file.startsWith("assets/"))
      .filter((file) => !leftOut.has(file) && !/\.(zip|sha256)$/.test(file) && (!file.endsWith(".pdf") || ownPdfs.has(file)))
      .sort();
    const memberHashes = await Promise.all(members.map((file) => fileHashes.of(file)));
    const key = createHash("sha256").update(`${cache?.codeKey ?? ""}\0${state.date}\0`);
    members.forEach((file, index) => key.update(`${file}\0${memberHashes[index] ?? ""}\0`));
    const name = key.digest("hex");
    for (const file of checkedFileNames(name, "zip")) used.add(file);
    const cached = cache ? await readCheckedFile(cache.dir, name, "zip") : undefined;
    const zip = cached ?? zipMembers(members, await Promise.all(members.map((file) => readFile(path.join(outputDir, file)))), state.date);
    if (cache && !cached) await writeCheckedFile(cache.dir, name, "zip", zip);
    await writeFile(path.join(outputDir, urlToFile(stateZipUrl(state.version, state.stem))), zip);
    zips.set(state.version, zip);
  }
  if (cache) await pruneCache(cache.dir, used);
  return zips;
}

function zipMembers(members: readonly string[], contents: readonly Uint8Array[], date: string): Uint8Array {
  return zipFiles(
    members.map((file, index) => ({ path: file, bytes: contents[index] ?? new Uint8Array(), stored: COMPRESSED.test(file) })),
    date,
  );
}
