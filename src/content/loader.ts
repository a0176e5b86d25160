import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

/** One file read from disk: its path relative to the site root (forward slashes) and its bytes. */
export interface RawFile {
  /** Path relative to the site root, e.g. `content/toolkit/2.0/release.md`. */
  path: string;
  /** The file's bytes, undecoded; null when a required file does not exist. */
  bytes: Uint8Array | null;
}

/** Bytes read earlier, by absolute path, with the size and modification time they were read at. */
export type FileCache = Map<string, { size: number; mtimeMs: number; bytes: Uint8Array }>;

/**
 * The only place that reads editors' files from disk: every file under content/ and the two data files. With a
 * `cache` (the dev server) a file whose size and modification time did not change keeps the bytes object read
 * before, which tells the loader's memo that nothing in it changed. With `changed` as well (absolute paths the
 * watcher reported), only those and new files are looked at; the others keep their bytes without a stat.
 */
export async function readContentFiles(root: string, cache?: FileCache, changed?: ReadonlySet<string>): Promise<RawFile[]> {
  const contentDir = path.join(root, "content");
  const files = await listFiles(contentDir);
  const dataFiles = ["_data/site.yaml", "_data/sources.yaml"].map((relative) => path.join(root, relative));
  const all = [...files, ...dataFiles];
  return Promise.all(
    all.map((absolute): RawFile | Promise<RawFile> => {
      const relative = path.relative(root, absolute).split(path.sep).join("/");
      const cached = cache?.get(absolute);
      if (cached && changed && !changed.has(absolute)) return { path: relative, bytes: cached.bytes };
      return (cache ? readCached(absolute, cache) : readFile(absolute).catch(() => null)).then((bytes) => ({ path: relative, bytes }));
    }),
  );
}

async function readCached(absolute: string, cache: FileCache): Promise<Uint8Array | null> {
  const facts = await stat(absolute).catch(() => undefined);
  const known = cache.get(absolute);
  if (facts && known && known.size === facts.size && known.mtimeMs === facts.mtimeMs) return known.bytes;
  const bytes = await readFile(absolute).catch(() => null);
  if (facts && bytes) cache.set(absolute, { size: facts.size, mtimeMs: facts.mtimeMs, bytes });
  else cache.delete(absolute);
  return bytes;
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
