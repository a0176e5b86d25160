import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";

/** One entry found under a directory that is not itself a directory. */
export interface ListedEntry {
  /** Path relative to the listed directory, with forward slashes. */
  file: string;
  /** What the entry is; a symlink is listed as a symlink, never followed. */
  entry: Dirent;
}

/**
 * Every entry under a directory except the directories themselves, sorted by path; symlinks are listed, never
 * followed. With `skipHidden`, names starting with a dot are left out, folders included.
 */
export async function listEntries(dir: string, options: { skipHidden?: boolean } = {}, prefix = ""): Promise<ListedEntry[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !(options.skipHidden && entry.name.startsWith(".")))
      .map((entry) => {
        const file = prefix ? `${prefix}/${entry.name}` : entry.name;
        return entry.isDirectory() ? listEntries(dir, options, file) : Promise.resolve([{ file, entry }]);
      }),
  );
  return nested.flat().sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Every file under a directory, as paths relative to it with forward slashes, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  return (await listEntries(dir)).map(({ file }) => file);
}
