import { createHash } from "node:crypto";
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileToUrl, offlineManifestUrl, urlToFile } from "../content/urls.ts";
import { offlineFiles, type OfflineManifest } from "../toolkit/offline-files.ts";

/** Writes the offline manifest of each release into the finished output. */
export async function writeOfflineManifests(outputDir: string, outputFiles: readonly string[], versions: readonly string[]): Promise<void> {
  for (const version of versions) {
    const files = offlineFiles(outputFiles, version);
    const hash = createHash("sha256");
    let bytes = 0;
    for (const file of files) {
      const contents = await readFile(path.join(outputDir, file));
      hash.update(`${file}\0`).update(contents).update("\0");
      bytes += (await stat(path.join(outputDir, file))).size;
    }
    const manifest: OfflineManifest = { version, revision: hash.digest("hex").slice(0, 16), bytes, urls: files.map(fileToUrl) };
    await writeFile(path.join(outputDir, urlToFile(offlineManifestUrl(version))), `${JSON.stringify(manifest)}\n`);
  }
}
