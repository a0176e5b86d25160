import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { zipSync, type Zippable } from "fflate";
import { releaseUrl, releaseZipUrl, urlToFile } from "../content/urls.ts";
import { checkedFileNames, readCheckedFile, writeCheckedFile } from "./checked-file.ts";
import type { FileHashes } from "./file-hashes.ts";
import { pruneCache } from "./prune-cache.ts";
import { megabytes } from "../format/decimal.ts";
import { sha256 } from "../files/sha256.ts";

/** A published release whose static files go into an archive copy. */
export interface ArchivedRelease {
  /** Its version. */
  version: string;
  /** Its date, "YYYY", "YYYY-MM" or "YYYY-MM-DD": the time of every entry. */
  released: string;
}

/** Files that are compressed already: stored as they are, as deflating them again costs time and saves nothing. */
const COMPRESSED = /\.(pdf|png|jpe?g|webp|gif|mp3|gz)$/;

/** Where the template marks a release home's archive line (src/site/release-home.njk). */
const zipMarker = (version: string): string => `<!--zip:${version}-->`;

/**
 * Writes the archive copy of each published release into the finished output: one ZIP of its files under
 * /toolkit/<version>/ and the site's assets they use, its entries sorted and dated the release date, so the same
 * files give the same bytes; and its SHA-256 in a `.sha256` file beside it (as `sha256sum -c` reads it) and on the
 * release home, which the ZIP therefore leaves out. A ZIP is reused from `cache.dir` when the names and SHA-256 of
 * its members, the release date and the code are unchanged and the cached file still has its recorded hash; the
 * members are then only hashed (through `fileHashes`, which the offline lists share), not read into the ZIP again.
 */
export async function writeReleaseArchives(
  outputDir: string,
  outputFiles: readonly string[],
  releases: readonly ArchivedRelease[],
  fileHashes: FileHashes,
  cache: { dir: string; codeKey: string } | undefined,
): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  const used = new Set<string>();
  for (const release of releases) {
    const home = urlToFile(releaseUrl(release.version));
    const zipFile = urlToFile(releaseZipUrl(release.version));
    const prefix = `toolkit/${release.version}/`;
    const members = outputFiles
      .filter((file) => (file.startsWith(prefix) || file.startsWith("assets/")) && file !== home && file !== zipFile && file !== `${zipFile}.sha256`)
      .sort();
    const mtime = entryTime(release.released);
    const memberHashes = await Promise.all(members.map((file) => fileHashes.of(file)));
    const key = createHash("sha256").update(`${cache?.codeKey ?? ""}\0${mtime.toISOString()}\0`);
    members.forEach((file, index) => key.update(`${file}\0${memberHashes[index] ?? ""}\0`));
    const name = key.digest("hex");
    for (const file of checkedFileNames(name, "zip")) used.add(file);
    const cached = cache ? await readCheckedFile(cache.dir, name, "zip") : undefined;
    const zip = cached ?? zipMembers(members, await Promise.all(members.map((file) => readFile(path.join(outputDir, file)))), mtime);
    if (cache && !cached) await writeCheckedFile(cache.dir, name, "zip", zip);
    const hash = sha256(zip);
    await writeFile(path.join(outputDir, zipFile), zip);
    await writeFile(path.join(outputDir, `${zipFile}.sha256`), `${hash}  ${path.posix.basename(zipFile)}\n`);
    const homePath = path.join(outputDir, home);
    await writeFile(homePath, (await readFile(homePath, "utf8")).replace(zipMarker(release.version), archiveLine(release.version, zip.byteLength, hash)));
    fileHashes.forget(home);
    hashes.set(release.version, hash);
  }
  if (cache) await pruneCache(cache.dir, used);
  return hashes;
}

function zipMembers(members: readonly string[], contents: readonly Uint8Array[], mtime: Date): Uint8Array {
  const entries: Zippable = {};
  members.forEach((file, index) => (entries[file] = [contents[index] ?? new Uint8Array(), { mtime, level: COMPRESSED.test(file) ? 0 : 6 }]));
  return zipSync(entries);
}

/** The release date as the time of every entry: its first day at noon, in the local clock ZIP's DOS times are read in. */
function entryTime(released: string): Date {
  const [year = "1980", month = "01", day = "01"] = released.split("-");
  return new Date(Number(year), Number(month) - 1, Number(day), 12);
}

/** The archive's download link with its size, and behind "Controleer dit bestand" its SHA-256 and how to check a copy with it. */
function archiveLine(version: string, bytes: number, hash: string): string {
  const url = releaseZipUrl(version);
  const name = path.posix.basename(url);
  return [
    `<div class="no-print release-archive">`,
    `<p><a href="${url}" download>Archiefkopie van release ${version}</a> (ZIP, ${megabytes(bytes)} MB)</p>`,
    `<details class="checksum"><summary>Controleer dit bestand</summary>`,
    `<p>Met deze controlecode (SHA-256) ga je na of een gedownloade kopie precies het gepubliceerde bestand is.</p>`,
    `<p>Bereken de code van je kopie, bijvoorbeeld met <code>sha256sum ${name}</code> (Linux, macOS) of <code>Get-FileHash ${name}</code> (Windows PowerShell). Is die gelijk aan de code hieronder, dan is je kopie goed. Hoofdletters en kleine letters tellen niet.</p>`,
    `<p><code class="hash">${hash}</code></p>`,
    `<p>De code staat ook in een <a href="${url}.sha256">los bestand</a>, dat <code>sha256sum -c</code> kan lezen.</p>`,
    `</details>`,
    `</div>`,
  ].join("\n");
}
