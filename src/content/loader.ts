import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** One file read from disk: its path relative to the site root (forward slashes) and its bytes. */
export interface RawFile {
  /** Path relative to the site root, e.g. `content/toolkit/2.0/release.md`. */
  path: string;
  /** The file's bytes, undecoded; null when a required file does not exist. */
  bytes: Uint8Array | null;
}

/** The only place that reads editors' files from disk: every file under content/ and the two data files. */
export async function readContentFiles(root: string): Promise<RawFile[]> {
  const contentDir = path.join(root, "content");
  const files = await listFiles(contentDir);
  const dataFiles = ["_data/site.yaml", "_data/sources.yaml"].map((relative) => path.join(root, relative));
  const all = [...files, ...dataFiles];
  return Promise.all(
    all.map(async (absolute) => ({
      path: path.relative(root, absolute).split(path.sep).join("/"),
      bytes: await readFile(absolute).catch(() => null),
    })),
  );
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith("."))
      .map((entry) => {
        const absolute = path.join(dir, entry.name);
        return entry.isDirectory() ? listFiles(absolute) : Promise.resolve([absolute]);
      }),
  );
  return nested.flat().sort();
}
