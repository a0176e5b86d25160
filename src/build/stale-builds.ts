import { readdir, rm } from "node:fs/promises";
import path from "node:path";

/** Prefix of the staging folder of a running build; the process id follows, so other builds can tell if it still runs. */
const STAGING_PREFIX = ".site-build-";

/** The staging folder name for this process, before mkdtemp's random suffix. */
export function stagingPrefix(): string {
  return `${STAGING_PREFIX}${process.pid}-`;
}

/**
 * Removes the staging and swap folders that builds killed before they finished left beside `outDir`. Only folders
 * whose process has ended are removed: builds run in parallel in tests, and their folders are still in use.
 */
export async function removeStaleBuilds(outDir: string): Promise<string[]> {
  const parent = path.dirname(outDir);
  const swapPrefix = `${path.basename(outDir)}.old-`;
  const entries = await readdir(parent).catch(() => []);
  const stale = entries.filter((name) => {
    const pid = name.startsWith(STAGING_PREFIX)
      ? pidOf(name.slice(STAGING_PREFIX.length))
      : name.startsWith(swapPrefix)
        ? pidOf(name.slice(swapPrefix.length))
        : undefined;
    return pid !== undefined && !isRunning(pid);
  });
  await Promise.all(stale.map((name) => rm(path.join(parent, name), { recursive: true, force: true })));
  return stale;
}

function pidOf(rest: string): number | undefined {
  const match = /^(\d+)-/.exec(rest);
  return match ? Number(match[1]) : undefined;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
