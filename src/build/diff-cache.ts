import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { BlockChange, DiffStore } from "../toolkit/release-comparison.ts";

/** How the block diffs of one build were obtained, for the build report. */
export interface DiffReport {
  /** Diffs taken from the cache. */
  reused: number;
  /** Diffs computed in this build. */
  computed: number;
}

/** A diff store backed by one file in `.cache/`, with what it supplied and a way to keep exactly what was used. */
export interface CachedDiffs {
  /** The store the comparisons read and fill. */
  store: DiffStore;
  /** What the store supplied so far. */
  report: DiffReport;
  /** Writes the diffs this build used (and no others) for the next build. */
  save(): Promise<void>;
}

/**
 * Block diffs of earlier builds from `<cacheDir>/blocks.json`. Each entry's key hashes the HTML of both sides, and
 * the file as a whole belongs to one `codeKey` (all of src/, the lockfile and the runtime): a change in the diff
 * code or the jsdiff version starts afresh, and a file changed since it was written (its digest no longer matches)
 * is not used. Without a cacheDir, every diff is computed.
 */
export async function cachedDiffs(cacheDir: string | undefined, codeKey: string): Promise<CachedDiffs> {
  const file = cacheDir && path.join(cacheDir, "blocks.json");
  const known = file ? await readDiffs(file, codeKey) : new Map<string, BlockChange[]>();
  const used = new Map<string, BlockChange[]>();
  const report: DiffReport = { reused: 0, computed: 0 };
  return {
    store: {
      get(key) {
        const blocks = known.get(key);
        if (blocks) {
          report.reused += 1;
          used.set(key, blocks);
        }
        return blocks;
      },
      set(key, blocks) {
        report.computed += 1;
        used.set(key, blocks);
      },
    },
    report,
    async save() {
      if (!file) return;
      await mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      const diffs = JSON.stringify(Object.fromEntries(used));
      await writeFile(temporary, JSON.stringify({ code: codeKey, digest: digestOf(diffs), diffs }));
      await rename(temporary, file);
    },
  };
}

/** The cached diffs, or none when the file is missing, unreadable, of other code, or changed since it was written. */
async function readDiffs(file: string, codeKey: string): Promise<Map<string, BlockChange[]>> {
  try {
    const cached = JSON.parse(await readFile(file, "utf8")) as { code?: unknown; digest?: unknown; diffs?: unknown };
    if (cached.code !== codeKey || typeof cached.diffs !== "string" || cached.digest !== digestOf(cached.diffs)) return new Map();
    return new Map(Object.entries(JSON.parse(cached.diffs) as Record<string, BlockChange[]>));
  } catch {
    return new Map();
  }
}

function digestOf(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}
