import { readdir, rm } from "node:fs/promises";
import path from "node:path";

/** Removes every entry of a cache folder that this build did not use, so the cache holds one build's worth. */
export async function pruneCache(dir: string, used: ReadonlySet<string>): Promise<void> {
  const entries = await readdir(dir).catch(() => []);
  await Promise.all(entries.filter((name) => !used.has(name)).map((name) => rm(path.join(dir, name), { recursive: true, force: true })));
}
