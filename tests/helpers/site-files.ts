import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { urlToFile } from "../../src/content/urls.ts";
import { listFiles } from "../../src/files/list-files.ts";

export { listFiles };

/** A fingerprint of a directory tree: every path with the SHA-256 of its bytes. */
export async function treeFingerprint(dir: string): Promise<string> {
  const files = await listFiles(dir);
  const lines = await Promise.all(
    files.map(
      async (file) =>
        `${file} ${createHash("sha256")
          .update(await readFile(path.join(dir, file)))
          .digest("hex")}`,
    ),
  );
  return lines.join("\n");
}

/** Reads a built page by its URL path, e.g. `/toolkit/2.0/`. */
export async function readPage(siteDir: string, url: string): Promise<string> {
  return readFile(path.join(siteDir, urlToFile(url)), "utf8");
}
