import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { scanHtml, type PageScan } from "../checks/link-check.ts";
import { sha256 } from "../files/sha256.ts";

/** How the link-check scans of one build were obtained, for the build report. */
export interface ScanReport {
  /** Pages whose scan came from the cache. */
  reused: number;
  /** Pages scanned in this build. */
  scanned: number;
}

/**
 * Reads every HTML page of the staged output once: its SHA-256 (for the search bundle keys) and its link-check scan.
 * A scan depends only on the page's HTML (and the scanner, whose code is part of `codeKey`), so it is reused by the
 * hash of that HTML; the cache keeps this build's scans only. Pages are read a few at a time and not kept, so the
 * build never holds every page's HTML at once.
 */
export async function scansCached(
  dir: string,
  htmlFiles: readonly string[],
  cacheFile: string | undefined,
  codeKey: string,
): Promise<{ scans: Map<string, PageScan>; hashes: Map<string, string>; report: ScanReport }> {
  const cached = cacheFile ? await readScans(cacheFile, codeKey) : {};
  const kept: Record<string, PageScan> = {};
  const scans = new Map<string, PageScan>();
  const hashes = new Map<string, string>();
  const report: ScanReport = { reused: 0, scanned: 0 };
  const scanOne = async (file: string): Promise<void> => {
    const bytes = await readFile(path.join(dir, file));
    const hash = sha256(bytes);
    const known = cached[hash];
    const scan = known ?? scanHtml(bytes.toString("utf8"));
    if (known) report.reused += 1;
    else report.scanned += 1;
    kept[hash] = scan;
    scans.set(file, scan);
    hashes.set(file, hash);
  };
  let next = 0;
  const reader = async (): Promise<void> => {
    while (next < htmlFiles.length) await scanOne(htmlFiles[next++] ?? "");
  };
  await Promise.all(Array.from({ length: READ_AT_ONCE }, reader));
  if (cacheFile) {
    await mkdir(path.dirname(cacheFile), { recursive: true });
    await writeFile(cacheFile, JSON.stringify({ codeKey, scans: kept }));
  }
  return { scans, hashes, report };
}

/** Pages read side by side: enough to keep the disk busy, few enough to hold little memory. */
const READ_AT_ONCE = 32;

async function readScans(file: string, codeKey: string): Promise<Record<string, PageScan>> {
  try {
    const stored = JSON.parse(await readFile(file, "utf8")) as { codeKey?: string; scans?: Record<string, PageScan> };
    return stored.codeKey === codeKey && stored.scans ? stored.scans : {};
  } catch {
    return {};
  }
}
