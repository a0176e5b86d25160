import { createHash } from "node:crypto";
import { stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileToUrl, offlineManifestUrl, urlToFile } from "../content/urls.ts";
import { offlineFiles, type OfflineManifest } from "../toolkit/offline-files.ts";
import type { FileHashes } from "./file-hashes.ts";

/**
 * Writes the offline manifest of each release into the finished output; its revision is a hash of its files' hashes.
 * `summaryPdfs` gives each release's summary PDF that its summary page links (the newest state's), the only one it saves.
 */
export async function writeOfflineManifests(
  outputDir: string,
  outputFiles: readonly string[],
  versions: readonly string[],
  fileHashes: FileHashes,
  summaryPdfs: ReadonlyMap<string, string | null>,
): Promise<void> {
  for (const version of versions) {
    const files = offlineFiles(outputFiles, version, summaryPdfs.get(version) ?? null);
    const hash = createHash("sha256");
    let bytes = 0;
    for (const file of files) {
      hash.update(`${file}\0${await fileHashes.of(file)}\0`);
      bytes += (await stat(path.join(outputDir, file))).size;
    }
    const manifest: OfflineManifest = { version, revision: hash.digest("hex").slice(0, 16), bytes, urls: files.map(fileToUrl) };
    await writeFile(path.join(outputDir, urlToFile(offlineManifestUrl(version))), `${JSON.stringify(manifest)}\n`);
  }
}
